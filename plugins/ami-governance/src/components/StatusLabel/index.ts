export { StatusLabel } from './StatusLabel';
export type { Health } from './StatusLabel';

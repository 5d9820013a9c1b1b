export { ReadinessPanel } from './ReadinessPanel';
export type { ReadinessPanelProps } from './ReadinessPanel';

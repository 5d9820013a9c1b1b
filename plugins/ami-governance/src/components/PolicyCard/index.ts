export { PolicyCard } from './PolicyCard';
export type { PolicyCardProps } from './PolicyCard';

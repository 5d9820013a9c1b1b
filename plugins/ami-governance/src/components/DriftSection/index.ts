export { DriftSection } from './DriftSection';
export type { DriftSectionProps } from './DriftSection';

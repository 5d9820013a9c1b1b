export { DriftSection } from './DriftSection';

export { CoverageSection } from './CoverageSection';
export type { CoverageSectionProps } from './CoverageSection';

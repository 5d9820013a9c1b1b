export { CoverageSection } from './CoverageSection';

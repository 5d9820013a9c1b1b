export { DeveloperTab } from './DeveloperTab';

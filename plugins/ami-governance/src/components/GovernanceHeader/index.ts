export { GovernanceHeader } from './GovernanceHeader';
export type { GovernanceHeaderProps } from './GovernanceHeader';

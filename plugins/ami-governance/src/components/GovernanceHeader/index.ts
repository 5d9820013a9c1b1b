export { GovernanceHeader } from './GovernanceHeader';

export { GovernanceWarnings } from './GovernanceWarnings';

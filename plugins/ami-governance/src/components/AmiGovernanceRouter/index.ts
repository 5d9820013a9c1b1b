export { AmiGovernanceRouter } from './AmiGovernanceRouter';

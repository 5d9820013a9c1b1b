export { amiGovernanceApiRef } from './AmiGovernanceApi';
export type { AmiGovernanceApi } from './AmiGovernanceApi';
export { AmiGovernanceClient } from './AmiGovernanceClient';
export type * from './types';
export type * from './exceptionRequestTypes';
export type * from './explainTypes';
export type * from './workloadTypes';
export type * from './lineageTypes';

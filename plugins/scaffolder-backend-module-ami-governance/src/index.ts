/**
 * Scaffolder backend module with the `ami-governance:exception:request` action: request an AMI
 * publisher exception as a GitLab merge request.
 *
 * @packageDocumentation
 */

export { scaffolderModuleAmiGovernance as default } from './module';
export {
  createRequestAmiExceptionAction,
  REQUEST_EXCEPTION_ACTION_ID,
} from './exceptionRequests/requestException';
export type { RequestAmiExceptionActionOptions } from './exceptionRequests/requestException';

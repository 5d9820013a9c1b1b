export { ExceptionRequests } from './ExceptionRequests';
export type { ExceptionRequestsProps } from './ExceptionRequests';

export { ExceptionRequests } from './ExceptionRequests';

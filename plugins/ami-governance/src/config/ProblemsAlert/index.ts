export { ProblemsAlert } from './ProblemsAlert';

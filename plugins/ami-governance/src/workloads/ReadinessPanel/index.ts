export { ReadinessPanel } from './ReadinessPanel';

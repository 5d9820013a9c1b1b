export { PolicyFacts } from './PolicyFacts';

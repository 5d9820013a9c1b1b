export { PolicyFacts } from './PolicyFacts';
export type { PolicyFactsProps } from './PolicyFacts';

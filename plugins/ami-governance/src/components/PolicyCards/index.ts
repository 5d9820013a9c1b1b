export { PolicyCards } from './PolicyCards';
export type { PolicyCardsProps } from './PolicyCards';

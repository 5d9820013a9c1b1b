export { PublisherFilters } from './PublisherFilters';
export type { PublisherFiltersProps } from './PublisherFilters';

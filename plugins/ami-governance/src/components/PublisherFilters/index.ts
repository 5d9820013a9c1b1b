export { PublisherFilters } from './PublisherFilters';

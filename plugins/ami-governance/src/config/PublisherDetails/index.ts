export { PublisherDetails } from './PublisherDetails';

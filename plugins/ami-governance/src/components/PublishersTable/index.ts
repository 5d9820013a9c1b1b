export { PublishersTable } from './PublishersTable';

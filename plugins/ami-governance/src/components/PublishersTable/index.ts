export { PublishersTable } from './PublishersTable';
export type { PublishersTableProps } from './PublishersTable';

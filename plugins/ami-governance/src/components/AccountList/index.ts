export { AccountList } from './AccountList';
export type { AccountListItem, AccountListProps } from './AccountList';

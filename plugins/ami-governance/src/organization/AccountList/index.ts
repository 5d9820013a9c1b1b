export { AccountList } from './AccountList';

export { AccountStanding } from './AccountStanding';

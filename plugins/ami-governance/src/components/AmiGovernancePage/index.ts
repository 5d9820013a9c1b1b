export { AmiGovernancePage } from './AmiGovernancePage';

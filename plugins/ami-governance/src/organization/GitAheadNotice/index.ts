export { GitAheadNotice, gitAheadHeadline } from './GitAheadNotice';

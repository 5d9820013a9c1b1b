export { PolicyCards } from './PolicyCards';

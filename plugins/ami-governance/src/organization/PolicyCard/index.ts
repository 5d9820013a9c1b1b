export { PolicyCard } from './PolicyCard';

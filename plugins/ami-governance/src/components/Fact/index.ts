export { Fact } from './Fact';

export { ImagePage } from './ImagePage';

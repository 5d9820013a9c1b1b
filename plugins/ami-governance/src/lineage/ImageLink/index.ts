export { ImageLink } from './ImageLink';

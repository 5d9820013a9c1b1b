export { PublicImagesList } from './PublicImagesList';

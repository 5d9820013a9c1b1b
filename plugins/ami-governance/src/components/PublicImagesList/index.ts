export { PublicImagesList } from './PublicImagesList';
export type { PublicImagesListProps } from './PublicImagesList';

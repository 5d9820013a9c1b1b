export { LineagePicture } from './LineagePicture';

export { CanILaunchSection } from './CanILaunchSection';

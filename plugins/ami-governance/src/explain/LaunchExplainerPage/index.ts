export { LaunchExplainerPage } from './LaunchExplainerPage';

export { LaunchExplainer } from './LaunchExplainer';
export { ExplainForm } from './ExplainForm';

export { ProvenancePanel } from './ProvenancePanel';

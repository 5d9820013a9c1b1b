export {
  ImageFacts,
  ProvenanceStanding,
  ImageCompliance,
  ImageTimeline,
} from './ImageDetails';

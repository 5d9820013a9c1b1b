export { SummaryCounts } from './SummaryCounts';

export * from './WorkloadAnswerState';

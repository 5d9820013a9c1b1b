export { AnswerSource } from './AnswerSource';

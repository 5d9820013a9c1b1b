export { ExceptionRequestPreview } from './ExceptionRequestPreview';
export { exceptionRequestPreviewValidation } from './validation';

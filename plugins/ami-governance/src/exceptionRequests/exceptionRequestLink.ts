import { REQUEST_EXCEPTION_PATH } from '../constants';

/** The scaffolder template of the scaffolder module (templates/request-ami-exception/template.yaml). */
export const REQUEST_EXCEPTION_TEMPLATE = {
  namespace: 'default',
  templateName: 'request-ami-exception',
};

/**
 * The exception request form at `templatePath`, its account field filled in: the scaffolder reads
 * initial values from a `formData` query parameter holding JSON, named as the template's parameters
 * are (`accountId`).
 */
export function requestExceptionLink(
  accountId?: string,
  templatePath: string = REQUEST_EXCEPTION_PATH,
): string {
  if (!accountId) return templatePath;
  const formData = encodeURIComponent(JSON.stringify({ accountId }));
  return `${templatePath}?formData=${formData}`;
}

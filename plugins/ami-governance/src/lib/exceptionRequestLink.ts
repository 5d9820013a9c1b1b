import { REQUEST_EXCEPTION_PATH } from '../constants';

/**
 * The exception request form, its account field filled in: the scaffolder reads initial values from a
 * `formData` query parameter holding JSON, named as the template's parameters are
 * (templates/request-ami-exception/template.yaml: `accountId`).
 */
export function requestExceptionLink(accountId?: string): string {
  if (!accountId) return REQUEST_EXCEPTION_PATH;
  const formData = encodeURIComponent(JSON.stringify({ accountId }));
  return `${REQUEST_EXCEPTION_PATH}?formData=${formData}`;
}

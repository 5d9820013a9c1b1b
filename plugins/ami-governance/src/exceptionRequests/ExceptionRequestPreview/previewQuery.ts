import type { ExceptionRequestPreviewQuery } from '../../api/exceptionRequestTypes';

/** The image names the form narrows the request to, blanks left out; nothing when none. */
function imageNamesOf(value: unknown) {
  const names = Array.isArray(value)
    ? value.filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    : [];
  return names.length ? { imageNames: names } : {};
}

/** The form's values the preview is planned from; undefined until the three it needs are filled. */
export function previewQueryOf(
  form: Record<string, unknown>,
): ExceptionRequestPreviewQuery | undefined {
  const text = (key: string) =>
    typeof form[key] === 'string' ? (form[key] as string) : undefined;
  const accountId = text('accountId');
  const exceptionType = text('exceptionType');
  const expiresOn = text('expiresOn');
  if (!accountId || !exceptionType || !expiresOn) return undefined;
  return {
    accountId,
    exceptionType,
    expiresOn,
    reason: text('reason'),
    ticket: text('ticket'),
    notes: text('notes'),
    requestedBy: text('requestedBy'),
    ...imageNamesOf(form.imageNames),
  };
}

import { isError } from '@backstage/errors';

/** What went wrong, in the words of the error thrown (anything thrown that is not an error, as text). */
export function messageOf(e: unknown): string {
  return isError(e) ? e.message : String(e);
}

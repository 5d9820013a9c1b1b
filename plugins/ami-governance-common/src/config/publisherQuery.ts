import { matchesExceptionStateFilter } from './exceptionStatus';
import type { ExceptionStateFilter } from './exceptionStatus';
import { comparePublishers } from './publisherOrder';
import type { Publisher } from './publishers';

/** What the publisher list can be narrowed by: the filters of `GET /publishers` and `GET /exceptions`. @public */
export type PublisherQuery = {
  category?: Publisher['category'];
  /** Only exceptions, listed under this state filter. */
  state?: ExceptionStateFilter;
  /** Text in the provider, name or description, or the exception's ticket or reason; any case. */
  q?: string;
};

/** Whether `publisher` is listed under `query`; an empty query lists every publisher. @public */
export function matchesPublisherQuery(
  publisher: Publisher,
  query: PublisherQuery,
): boolean {
  const { category, state } = query;
  const exception = publisher.exception;
  if (category && publisher.category !== category) return false;
  const listedUnderState =
    !state ||
    (exception && matchesExceptionStateFilter(state, exception.status.state));
  if (!listedUnderState) return false;
  const needle = query.q?.trim().toLocaleLowerCase('en-US');
  if (!needle) return true;
  return [
    publisher.provider,
    publisher.name,
    publisher.description,
    exception?.ticket,
    exception?.reason,
  ].some(field => field?.toLocaleLowerCase('en-US').includes(needle));
}

/** The publishers `query` lists, in the order the list is shown ({@link comparePublishers}). @public */
export function filterPublishers(
  publishers: readonly Publisher[],
  query: PublisherQuery,
): Publisher[] {
  return [...publishers]
    .sort(comparePublishers)
    .filter(p => matchesPublisherQuery(p, query));
}

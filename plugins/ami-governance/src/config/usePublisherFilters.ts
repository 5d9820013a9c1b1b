import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  PublisherFilters,
  readPublisherFilters,
  writePublisherFilters,
} from './publisherFilters';

/**
 * The publishers table's filters, kept in the query string so a filtered view is shareable and
 * survives a reload. Changes replace the history entry rather than adding one per keystroke.
 */
export function usePublisherFilters(): [
  PublisherFilters,
  (change: PublisherFilters) => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readPublisherFilters(params), [params]);
  const change = useCallback(
    (next: PublisherFilters) =>
      setParams(
        previous =>
          writePublisherFilters(previous, {
            ...readPublisherFilters(previous),
            ...next,
          }),
        { replace: true },
      ),
    [setParams],
  );
  return [filters, change];
}

import { DependencyList, useReducer } from 'react';
import useAsync, { AsyncState } from 'react-use/esm/useAsync';

/**
 * `useAsync` with a reload that always fetches again, even while a load is under way (the older
 * answer is then dropped). The previous value stays on screen while reloading.
 */
export function useReloadable<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): [AsyncState<T>, () => void] {
  const [version, reload] = useReducer((n: number) => n + 1, 0);
  const state = useAsync(load, [...deps, version]);
  return [state, reload];
}

import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import type { ImageLineageResponse, LineageLink } from '../api/lineageTypes';
import { useGovernanceSignal } from '../hooks/useGovernanceSignal';
import { useReloadable } from '../hooks/useReloadable';

/** One AMI's lineage answer, read again after a new workload collection. */
export function useImageLineage(imageId: string) {
  const api = useApi(amiGovernanceApiRef);
  const [state, reload] = useReloadable(
    () => api.getImageLineage(imageId),
    [api, imageId],
  );
  useGovernanceSignal({ workloads: reload });
  return state;
}

/**
 * Each visible ancestor's own answer (its provenance and how many workloads use it), for the
 * picture: the chain's links carry owner and name only. A link asked for in vain stays unknown.
 */
export function useAncestorAnswers(links: LineageLink[] | undefined) {
  const api = useApi(amiGovernanceApiRef);
  const ids = (links ?? []).filter(l => l.visible).map(l => l.imageId);
  const key = ids.join(' ');
  return useAsync(async () => {
    const answers = await Promise.all(
      ids.map(id => api.getImageLineage(id).catch(() => undefined)),
    );
    return new Map<string, ImageLineageResponse | undefined>(
      ids.map((id, i) => [id, answers[i]]),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]).value;
}

import { useApi } from '@backstage/core-plugin-api';
import { amiGovernanceApiRef } from '../api/AmiGovernanceApi';
import { findOwnCompliance } from './findOwnCompliance';
import { useGovernanceSignal } from '../hooks/useGovernanceSignal';
import { useReloadable } from '../hooks/useReloadable';

/**
 * What Git says about one account (its entries in the publisher list) and what AWS enforces (the
 * status, and the account's own declarative-policy compliance), refetched as the backend signals.
 */
export function useAccountGovernance(accountId: string) {
  const api = useApi(amiGovernanceApiRef);
  const [git, reloadGit] = useReloadable(async () => {
    const response = await api.getPublishers({ q: accountId });
    const entries = response.publishers.filter(p => p.provider === accountId);
    return { warningDays: response.warningDays, entries };
  }, [api, accountId]);
  const [aws, reloadAws] = useReloadable(async () => {
    const response = await api.getStatus();
    const accountCompliance = response.status
      ? await findOwnCompliance(api, response.status, accountId)
      : undefined;
    return { response, accountCompliance };
  }, [api, accountId]);
  useGovernanceSignal({
    status: reloadAws,
    config: () => {
      reloadGit();
      reloadAws();
    },
  });
  return { git, aws };
}

import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type {
  StatusAccountList,
  StatusAccountLists,
  StatusOrganization,
} from '../api/types';
import type { OwnCompliance } from './awsEnforcement';

type Found = {
  list: StatusAccountList;
  entry: StatusAccountLists[StatusAccountList];
};

/**
 * Which declarative-policy list of the status holds the account: the first entries `GET /status`
 * carries are searched first, then `GET /status/accounts` for lists cut short. Undefined when the
 * account is in none (it is not a member of the organization).
 */
export async function findOwnCompliance(
  api: Pick<AmiGovernanceApi, 'getStatusAccounts'>,
  org: StatusOrganization,
  accountId: string,
): Promise<OwnCompliance | undefined> {
  const policy = org.policies.declarativePolicy;
  const { coverage, compliance } = policy;
  const lists: [StatusAccountList, { id: string }[], number][] = [
    ['ungoverned', coverage.ungoverned, coverage.ungovernedTotal],
  ];
  if (compliance) {
    lists.push(
      ['differing', compliance.differing, compliance.differingTotal],
      ['unknown', compliance.unknown, compliance.unknownTotal],
      ['matching', compliance.matching, compliance.matchingTotal],
    );
  }
  const found = await Promise.all(
    lists.map(async ([list, first, total]): Promise<Found | undefined> => {
      const entry = first.find(a => a.id === accountId);
      if (entry) return { list, entry } as Found;
      if (total <= first.length) return undefined;
      const page = await api.getStatusAccounts({
        policy: policy.kind,
        list,
        q: accountId,
      });
      const match = page.items.find(a => a.id === accountId);
      return match && { list, entry: match };
    }),
  );
  return found.find(Boolean) as OwnCompliance | undefined;
}

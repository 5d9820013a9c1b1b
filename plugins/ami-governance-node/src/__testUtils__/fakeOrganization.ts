/**
 * An in-memory AWS Organizations behind `aws-sdk-client-mock`, answering the calls the collector,
 * `plan` and `apply` make with the shapes the real API returns (ARNs, opaque NextTokens, MaxResults
 * of at most 20, modelled exceptions). Writes (fakeOrganizationWrites.ts) really store policies and
 * attachments in `org`. Shared by the tests and bench/collector. No emulator of Organizations
 * declarative policies can run here (see docs: moto rejects DECLARATIVE_POLICY_EC2, LocalStack
 * needs a paid token), so the SDK edge is mocked and everything above it is the real code.
 */
import {
  AccessDeniedException,
  AttachPolicyCommand,
  CreatePolicyCommand,
  DescribeAccountCommand,
  DescribeEffectivePolicyCommand,
  DescribeOrganizationalUnitCommand,
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  DetachPolicyCommand,
  ListAccountsCommand,
  EffectivePolicyNotFoundException,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  ListTargetsForPolicyCommand,
  OrganizationsServiceException,
  TargetNotFoundException,
  TooManyRequestsException,
  UpdatePolicyCommand,
} from '@aws-sdk/client-organizations';
import { AwsStub } from 'aws-sdk-client-mock';
import { fakeWriteHandlers } from './fakeOrganizationWrites';

export type { FakeOrganization, FakePolicy } from './fakeOrganizationTypes';
import type { FakeOrganization, FakePolicy } from './fakeOrganizationTypes';

/**
 * What the fake was asked, filled in as calls arrive. Inputs are copied: the SDK paginators reuse
 * one input object and rewrite its NextToken, so the mock's own call log shows only the last token.
 */
export interface CallLog {
  counts: Record<string, number>;
  inputs: { name: CommandName; input: any }[];
}

/** The AWS-managed SCP every organization has attached at its root. */
export const fullAwsAccess = (rootId: string): FakePolicy => ({
  id: 'p-FullAWSAccess',
  name: 'FullAWSAccess',
  type: 'SERVICE_CONTROL_POLICY',
  content:
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
  targets: [rootId],
  awsManaged: true,
});

const MAX_RESULTS = 20;
const metadata = (httpStatusCode: number) => ({
  $metadata: { httpStatusCode },
});

export const accessDenied = (
  message = "You don't have permissions to access this resource.",
) => new AccessDeniedException({ message, ...metadata(403) });

export const tooManyRequests = () =>
  new TooManyRequestsException({
    message:
      'AWS Organizations can’t complete your request because the request rate is too high.',
    Type: 'TooManyRequests',
    ...metadata(400),
  });

/** One page of `items` from the opaque NextToken; the token encodes an offset, as AWS's do not promise. */
function page<T>(
  items: T[],
  input: { NextToken?: string; MaxResults?: number },
) {
  const start = input.NextToken
    ? Number(Buffer.from(input.NextToken, 'base64url').toString().split(':')[1])
    : 0;
  const size = Math.min(input.MaxResults ?? MAX_RESULTS, MAX_RESULTS);
  const end = start + size;
  return {
    items: items.slice(start, end),
    ...(end < items.length
      ? { NextToken: Buffer.from(`page:${end}`).toString('base64url') }
      : {}),
  };
}

/** The answer to each command, as a function of its input. */
export function fakeHandlers(org: FakeOrganization) {
  const arn = (kind: string, id: string) =>
    `arn:aws:organizations::${org.managementAccountId}:${kind}/${org.id}/${id}`;
  const account = (a: FakeOrganization['accounts'][number]) => ({
    Id: a.id,
    Arn: arn('account', a.id),
    Email: `aws+${a.name}@example.com`,
    Name: a.name,
    Status: a.state === 'SUSPENDED' ? 'SUSPENDED' : 'ACTIVE',
    State: a.state ?? 'ACTIVE',
    JoinedMethod: 'CREATED',
    JoinedTimestamp: new Date('2024-03-01T10:00:00Z'),
  });
  const summary = (p: FakePolicy) => ({
    Id: p.id,
    Arn: p.awsManaged
      ? `arn:aws:organizations::aws:policy/${p.type.toLowerCase()}/${p.id}`
      : arn(`policy`, `${p.type.toLowerCase()}/${p.id}`),
    Name: p.name,
    Description: '',
    Type: p.type,
    AwsManaged: p.awsManaged ?? false,
  });
  // Indexed once: bench/collector asks thousands of times.
  const names = new Map<string, string>(
    [...org.roots, ...org.organizationalUnits, ...org.accounts].map(n => [
      n.id,
      n.name,
    ]),
  );
  const groupBy = <T>(items: T[], key: (item: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const group = groups.get(key(item));
      if (group) group.push(item);
      else groups.set(key(item), [item]);
    }
    return groups;
  };
  const ousOf = groupBy(org.organizationalUnits, o => o.parentId);
  const accountsOf = groupBy(org.accounts, a => a.parentId);
  const accountIds = new Set(org.accounts.map(a => a.id));
  const nameOf = (id: string) => names.get(id);
  const typeOf = (id: string) => {
    if (id.startsWith('r-')) return { type: 'ROOT', arnKind: 'root' };
    if (id.startsWith('ou-'))
      return { type: 'ORGANIZATIONAL_UNIT', arnKind: 'ou' };
    return { type: 'ACCOUNT', arnKind: 'account' };
  };
  const policy = (id?: string) => {
    const p = org.policies.find(x => x.id === id);
    if (!p)
      throw new OrganizationsServiceException({
        name: 'PolicyNotFoundException',
        $fault: 'client',
        message: 'We can’t find a policy with the PolicyId that you specified.',
        ...metadata(400),
      });
    return p;
  };
  const parentExists = (id?: string) =>
    id !== undefined && !accountIds.has(id) && names.has(id);

  return {
    ...fakeWriteHandlers(org, { arn, summary, account, policy, page }),
    DescribeOrganization: () => ({
      Organization: {
        Id: org.id,
        Arn: `arn:aws:organizations::${org.managementAccountId}:organization/${org.id}`,
        FeatureSet: 'ALL',
        MasterAccountArn: arn('account', org.managementAccountId),
        MasterAccountId: org.managementAccountId,
        MasterAccountEmail: 'aws+management@example.com',
        AvailablePolicyTypes: [
          { Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' },
        ],
      },
    }),
    ListRoots: (input: { NextToken?: string; MaxResults?: number }) => {
      const { items, NextToken } = page(org.roots, input);
      return {
        Roots: items.map(r => ({
          Id: r.id,
          Arn: arn('root', r.id),
          Name: r.name,
          PolicyTypes: (
            ['SERVICE_CONTROL_POLICY', 'DECLARATIVE_POLICY_EC2'] as const
          ).map(Type => ({
            Type,
            Status: org.disabledPolicyTypes?.includes(Type)
              ? 'DISABLED'
              : 'ENABLED',
          })),
        })),
        NextToken,
      };
    },
    ListOrganizationalUnitsForParent: (input: {
      ParentId?: string;
      NextToken?: string;
      MaxResults?: number;
    }) => {
      if (!parentExists(input.ParentId))
        throw new OrganizationsServiceException({
          name: 'ParentNotFoundException',
          $fault: 'client',
          message:
            'We can’t find a root or OU with the ParentId that you specified.',
          ...metadata(400),
        });
      const { items, NextToken } = page(
        ousOf.get(input.ParentId ?? '') ?? [],
        input,
      );
      return {
        OrganizationalUnits: items.map(o => ({
          Id: o.id,
          Arn: arn('ou', o.id),
          Name: o.name,
        })),
        NextToken,
      };
    },
    ListAccountsForParent: (input: {
      ParentId?: string;
      NextToken?: string;
      MaxResults?: number;
    }) => {
      const { items, NextToken } = page(
        accountsOf.get(input.ParentId ?? '') ?? [],
        input,
      );
      return { Accounts: items.map(account), NextToken };
    },
    ListPolicies: (input: {
      Filter?: string;
      NextToken?: string;
      MaxResults?: number;
    }) => {
      const { items, NextToken } = page(
        org.policies.filter(p => p.type === input.Filter),
        input,
      );
      return { Policies: items.map(summary), NextToken };
    },
    DescribePolicy: (input: { PolicyId?: string }) => {
      const p = policy(input.PolicyId);
      return { Policy: { PolicySummary: summary(p), Content: p.content } };
    },
    ListTargetsForPolicy: (input: {
      PolicyId?: string;
      NextToken?: string;
      MaxResults?: number;
    }) => {
      const { items, NextToken } = page(policy(input.PolicyId).targets, input);
      return {
        Targets: items.map(id => ({
          TargetId: id,
          Arn: arn(typeOf(id).arnKind, id),
          Name: nameOf(id),
          Type: typeOf(id).type,
        })),
        NextToken,
      };
    },
    ListTagsForResource: (input: {
      ResourceId?: string;
      NextToken?: string;
    }) => {
      const tagged = org.accounts.find(a => a.id === input.ResourceId);
      if (!tagged)
        throw new TargetNotFoundException({
          message:
            'We can’t find a target with the TargetId that you specified.',
          ...metadata(400),
        });
      if (tagged.tags instanceof Error) throw tagged.tags;
      // The real API takes no MaxResults and pages at its own size; 20 here, as for every list.
      const { items, NextToken } = page(
        Object.entries(tagged.tags ?? {}).map(([Key, Value]) => ({
          Key,
          Value,
        })),
        input,
      );
      return { Tags: items, NextToken };
    },
    DescribeEffectivePolicy: (input: {
      PolicyType?: string;
      TargetId?: string;
    }) => {
      const id = input.TargetId ?? '';
      if (!accountIds.has(id))
        throw new TargetNotFoundException({
          message:
            'We can’t find a target with the TargetId that you specified.',
          ...metadata(400),
        });
      const effective = org.effective[id];
      if (effective instanceof Error) throw effective;
      if (effective === undefined)
        throw new EffectivePolicyNotFoundException({
          message:
            'We can’t find an effective policy of that type for the specified target.',
          ...metadata(400),
        });
      return {
        EffectivePolicy: {
          PolicyContent: effective,
          LastUpdatedTimestamp: new Date('2026-11-20T09:00:00Z'),
          TargetId: id,
          PolicyType: input.PolicyType,
        },
      };
    },
  };
}

export type FakeHandlers = ReturnType<typeof fakeHandlers>;
export type CommandName = keyof FakeHandlers;

const COMMANDS = {
  DescribeOrganization: DescribeOrganizationCommand,
  ListRoots: ListRootsCommand,
  ListOrganizationalUnitsForParent: ListOrganizationalUnitsForParentCommand,
  ListAccountsForParent: ListAccountsForParentCommand,
  ListPolicies: ListPoliciesCommand,
  DescribePolicy: DescribePolicyCommand,
  ListTargetsForPolicy: ListTargetsForPolicyCommand,
  DescribeEffectivePolicy: DescribeEffectivePolicyCommand,
  ListTagsForResource: ListTagsForResourceCommand,
  CreatePolicy: CreatePolicyCommand,
  UpdatePolicy: UpdatePolicyCommand,
  AttachPolicy: AttachPolicyCommand,
  DetachPolicy: DetachPolicyCommand,
  DescribeOrganizationalUnit: DescribeOrganizationalUnitCommand,
  DescribeAccount: DescribeAccountCommand,
  ListAccounts: ListAccountsCommand,
} as const;

/** Wraps one command's handler: the bench adds rate limits, tests leave it as is. */
export type Wrap = (
  name: CommandName,
  handler: (input: any) => unknown,
) => (input: any) => unknown;

/** Answers every command the collector sends from `org`; commands not modelled are left unmocked. */
export function installFakeOrganization(
  mock: AwsStub<any, any, any>,
  org: FakeOrganization,
  wrap: Wrap = (_name, handler) => handler,
): CallLog {
  const handlers = fakeHandlers(org);
  const log: CallLog = { counts: {}, inputs: [] };
  for (const name of Object.keys(COMMANDS) as CommandName[]) {
    const answer = wrap(name, handlers[name] as (input: any) => unknown);
    mock.on(COMMANDS[name] as any).callsFake(async (input: any) => {
      log.counts[name] = (log.counts[name] ?? 0) + 1;
      log.inputs.push({ name, input: { ...input } });
      return answer(input);
    });
  }
  return log;
}

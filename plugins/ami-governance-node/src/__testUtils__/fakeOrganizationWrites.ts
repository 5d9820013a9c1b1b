/**
 * The write side of the in-memory AWS Organizations (fakeOrganization.ts): CreatePolicy,
 * UpdatePolicy, AttachPolicy and DetachPolicy change `org.policies` for real, so a later
 * ListPolicies, DescribePolicy or ListTargetsForPolicy sees the change, and they fail as AWS does
 * (modelled exceptions for a duplicate name or attachment, a missing attachment, a malformed or
 * oversized document, a policy type that is not enabled). Also the lookups `plan` makes of its
 * targets: DescribeOrganizationalUnit, DescribeAccount, ListAccounts.
 */
import {
  AccountNotFoundException,
  ConstraintViolationException,
  DuplicatePolicyAttachmentException,
  DuplicatePolicyException,
  MalformedPolicyDocumentException,
  OrganizationalUnitNotFoundException,
  PolicyNotAttachedException,
  PolicyType,
  PolicyTypeNotEnabledException,
  TargetNotFoundException,
} from '@aws-sdk/client-organizations';
import type { FakeOrganization, FakePolicy } from './fakeOrganizationTypes';

const metadata = { $metadata: { httpStatusCode: 400 } };

/** AWS's document limits by type, as the real API enforces them on CreatePolicy / UpdatePolicy. */
const MAX_CONTENT: Partial<Record<PolicyType, number>> = {
  SERVICE_CONTROL_POLICY: 10_240,
  DECLARATIVE_POLICY_EC2: 10_000,
};

/** What the read handlers share with these. */
export interface FakeHelpers {
  arn(kind: string, id: string): string;
  summary(p: FakePolicy): object;
  account(a: FakeOrganization['accounts'][number]): object;
  policy(id?: string): FakePolicy;
  page<T>(
    items: T[],
    input: { NextToken?: string; MaxResults?: number },
  ): { items: T[]; NextToken?: string };
}

function checkContent(org: FakeOrganization, type: PolicyType, content = '') {
  if ((org.disabledPolicyTypes ?? []).includes(type))
    throw new PolicyTypeNotEnabledException({
      message: 'This operation can be performed only for enabled policy types.',
      ...metadata,
    });
  let document: any;
  try {
    document = JSON.parse(content);
  } catch {
    throw new MalformedPolicyDocumentException({
      message:
        'The provided policy document does not meet the requirements of the specified policy type.',
      ...metadata,
    });
  }
  if (type === 'DECLARATIVE_POLICY_EC2' && !document?.ec2_attributes)
    throw new MalformedPolicyDocumentException({
      message:
        'The provided policy document does not meet the requirements of the specified policy type.',
      ...metadata,
    });
  if (content.length > (MAX_CONTENT[type] ?? Infinity))
    throw new ConstraintViolationException({
      message: 'You have exceeded the maximum allowed policy size.',
      Reason: 'POLICY_CONTENT_LIMIT_EXCEEDED',
      ...metadata,
    });
}

export function fakeWriteHandlers(org: FakeOrganization, h: FakeHelpers) {
  let created = 0;
  const exists = (id: string) =>
    org.roots.some(r => r.id === id) ||
    org.organizationalUnits.some(o => o.id === id) ||
    org.accounts.some(a => a.id === id);
  const attachable = (p: FakePolicy, targetId?: string) => {
    if (!targetId || !exists(targetId))
      throw new TargetNotFoundException({
        message: 'We can’t find a target with the TargetId that you specified.',
        ...metadata,
      });
    checkContent(org, p.type, p.content);
  };
  return {
    CreatePolicy: (input: {
      Name?: string;
      Description?: string;
      Type?: PolicyType;
      Content?: string;
    }) => {
      const type = input.Type!;
      checkContent(org, type, input.Content);
      if (org.policies.some(p => p.type === type && p.name === input.Name))
        throw new DuplicatePolicyException({
          message: 'A policy with the same name already exists.',
          ...metadata,
        });
      const p: FakePolicy = {
        id: `p-new${String(++created).padStart(5, '0')}`,
        name: input.Name ?? '',
        type,
        content: input.Content ?? '',
        targets: [],
      };
      org.policies.push(p);
      return { Policy: { PolicySummary: h.summary(p), Content: p.content } };
    },
    UpdatePolicy: (input: { PolicyId?: string; Content?: string }) => {
      const p = h.policy(input.PolicyId);
      checkContent(org, p.type, input.Content);
      p.content = input.Content ?? p.content;
      return { Policy: { PolicySummary: h.summary(p), Content: p.content } };
    },
    AttachPolicy: (input: { PolicyId?: string; TargetId?: string }) => {
      const p = h.policy(input.PolicyId);
      attachable(p, input.TargetId);
      if (p.targets.includes(input.TargetId!))
        throw new DuplicatePolicyAttachmentException({
          message:
            'The selected policy is already attached to the specified target.',
          ...metadata,
        });
      p.targets.push(input.TargetId!);
      return {};
    },
    DetachPolicy: (input: { PolicyId?: string; TargetId?: string }) => {
      const p = h.policy(input.PolicyId);
      if (!p.targets.includes(input.TargetId ?? ''))
        throw new PolicyNotAttachedException({
          message:
            'The policy isn’t attached to the specified target in the specified root.',
          ...metadata,
        });
      p.targets = p.targets.filter(t => t !== input.TargetId);
      return {};
    },
    DescribeOrganizationalUnit: (input: { OrganizationalUnitId?: string }) => {
      const ou = org.organizationalUnits.find(
        o => o.id === input.OrganizationalUnitId,
      );
      if (!ou)
        throw new OrganizationalUnitNotFoundException({
          message:
            'We can’t find an OU with the OrganizationalUnitId that you specified.',
          ...metadata,
        });
      return {
        OrganizationalUnit: {
          Id: ou.id,
          Arn: h.arn('ou', ou.id),
          Name: ou.name,
        },
      };
    },
    DescribeAccount: (input: { AccountId?: string }) => {
      const a = org.accounts.find(x => x.id === input.AccountId);
      if (!a)
        throw new AccountNotFoundException({
          message:
            'We can’t find an AWS account with the AccountId that you specified.',
          ...metadata,
        });
      return { Account: h.account(a) };
    },
    ListAccounts: (input: { NextToken?: string; MaxResults?: number }) => {
      const { items, NextToken } = h.page(org.accounts, input);
      return { Accounts: items.map(h.account), NextToken };
    },
  };
}

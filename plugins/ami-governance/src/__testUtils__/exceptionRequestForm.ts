import {
  exceptionRequestFromForm,
  exceptionRequestRules,
  parseGovernanceConfig,
  planExceptionChange,
  previewExceptionChange,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type { OrganizationAccount } from '../api/exceptionRequestTypes';
import { TODAY } from './governance';

/**
 * The backend's exception request form routes over a governance config, computed with the same core
 * functions the backend runs, so the form is tested against real plans and messages.
 */

/** Ops, InfoBlox, an active exception until 2027-01-31 and one that ended 2026-10-01. */
export function formConfig(policyConfig: object = {}) {
  const exception = (
    account_id: string,
    expires_on: string,
    ticket: string,
  ) => ({
    account_id,
    expires_on,
    reason: 'Migration from legacy image pipeline',
    exception_type: 'migration',
    ticket,
    approval_date: '2026-11-09',
  });
  return JSON.stringify(
    {
      ops_publisher_account: {
        account_id: '123456738923',
        description: 'Ops golden AMI publisher',
      },
      vendor_publisher_accounts: [
        { account_id: '111122223333', vendor_name: 'InfoBlox' },
      ],
      exception_accounts: [
        exception('777788889999', '2027-01-31', 'CLOUD-1234'),
        exception('222233334444', '2026-10-01', 'CLOUD-1301'),
      ],
      policy_config: { enforcement_mode: 'audit_mode', ...policyConfig },
    },
    null,
    2,
  );
}

export const ORGANIZATION_ACCOUNTS: OrganizationAccount[] = [
  {
    id: '210987654321',
    name: 'payments-prod',
    ou: 'Root / Workloads / Production',
    status: 'ACTIVE',
  },
  {
    id: '310987654321',
    name: 'payments-staging',
    ou: 'Root / Workloads / Non-production',
  },
  {
    id: '999900001111',
    name: 'batch-prod',
    ou: 'Root / Workloads / Production',
  },
];

const meta = {
  source: 'config/ami_publishers.json',
  readAt: '2026-11-23T11:00:00Z',
  today: TODAY,
  configError: null,
};

export function formApi(
  options: {
    configText?: string;
    organization?: OrganizationAccount[] | null;
  } = {},
): Pick<
  AmiGovernanceApi,
  | 'getExceptionRequestContext'
  | 'previewExceptionRequest'
  | 'getOrganizationAccounts'
> {
  const text = options.configText ?? formConfig();
  const parsed = parseGovernanceConfig(JSON.parse(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  const config = parsed.config;
  const organization =
    options.organization === undefined
      ? ORGANIZATION_ACCOUNTS
      : options.organization;
  return {
    getExceptionRequestContext: async accountId => ({
      ...meta,
      ...exceptionRequestRules(config, TODAY, accountId),
    }),
    previewExceptionRequest: async query => ({
      ...meta,
      preview: previewExceptionChange(
        planExceptionChange(
          text,
          exceptionRequestFromForm(
            {
              ...query,
              reason: query.reason ?? '',
              ticket: query.ticket ?? '',
            },
            query.requestedBy || 'user:default/guest',
          ),
          TODAY,
        ),
        TODAY,
      ),
    }),
    getOrganizationAccounts: async (query = {}) => {
      const needle = query.q?.toLowerCase() ?? '';
      const items = (organization ?? []).filter(a =>
        [a.id, a.name, a.ou].some(f => f.toLowerCase().includes(needle)),
      );
      return {
        available: organization !== null,
        ...(organization === null && {
          reason: 'No organization snapshot yet',
        }),
        total: items.length,
        offset: 0,
        limit: query.limit ?? 20,
        items,
      };
    },
  };
}

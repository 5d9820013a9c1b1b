import {
  exceptionRequestFromForm,
  exceptionRequestRules,
  parseGovernanceConfig,
  planExceptionChange,
  previewExceptionChange,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import {
  EXAMPLE_PAYMENTS_ACCOUNTS,
  migrationException,
  smallRawConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common/testUtils';
import type { AmiGovernanceApi } from '../api/AmiGovernanceApi';
import type { OrganizationAccount } from '../api/exceptionRequestTypes';
import { TODAY } from './governance';

/**
 * The backend's exception request form routes over a governance config, computed with the same core
 * functions the backend runs, so the form is tested against real plans and messages.
 */

/** Ops, InfoBlox, an active exception until 2027-01-31 and one that ended 2026-10-01. */
export function formConfig(policyConfig: object = {}) {
  const exception = (accountId: string, expiresOn: string, ticket: string) =>
    migrationException(accountId, expiresOn, '2026-11-09', { ticket });
  return JSON.stringify(
    smallRawConfig(
      [
        exception('777788889999', '2027-01-31', 'CLOUD-1234'),
        exception('222233334444', '2026-10-01', 'CLOUD-1301'),
      ],
      policyConfig,
    ),
    null,
    2,
  );
}

// The example organization's payments accounts, and one the snapshot does not have.
export const ORGANIZATION_ACCOUNTS: OrganizationAccount[] = [
  ...EXAMPLE_PAYMENTS_ACCOUNTS,
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

import {
  amiGovernanceStatusReadPermission as statusRead,
  computeAllowlist,
  countPublishers,
  filterPublishers,
  GovernanceConfig,
  isAccountId,
  listPublishers,
  matchesPublisherQuery,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { InputError, NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { createHash } from 'node:crypto';
import { GovernanceConfigSource } from './GovernanceConfigSource';
import { PolicyReport } from '../organization/PolicyReport';
import { Authorize } from '../http/authorize';
import { readConfigFor } from '../http/configured';
import { pageOf, readPageRequest } from '../http/paging';
import { ResponseCache } from '../http/responseCache';
import { AmiGovernanceRouter } from '../http/types';

type ConfigRoutesDeps = {
  authorize: Authorize;
  configSource: GovernanceConfigSource;
  policyReport: PolicyReport;
  cache: ResponseCache;
  now: () => Date;
};

/** Reads of the governance config: publishers, allowlist, exceptions and the generated policies. */
/** The organization's age limits as the page shows them; nothing when the config sets none. */
function imageAgeLimitsOf(config: GovernanceConfig) {
  const {
    max_image_age_days: maxImageAgeDays,
    max_days_since_deprecated: maxDaysSinceDeprecated,
  } = config.policy_config;
  if (maxImageAgeDays === undefined && maxDaysSinceDeprecated === undefined)
    return {};
  return {
    imageAgeLimits: {
      ...(maxImageAgeDays !== undefined && { maxImageAgeDays }),
      ...(maxDaysSinceDeprecated !== undefined && { maxDaysSinceDeprecated }),
    },
  };
}

export function addConfigRoutes(
  router: AmiGovernanceRouter,
  deps: ConfigRoutesDeps,
) {
  const { authorize, configSource, cache } = deps;

  const readConfig = (req: Request) =>
    readConfigFor(configSource, deps.now, req);

  router.get('/publishers', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today, key } = readConfig(req);
    cache.send(req, res, key, () => {
      const { category, state, q } = req.query;
      const all = listPublishers(config, today);
      const filtered = filterPublishers(all, { category, state, q });
      const { items, ...page } = pageOf(
        filtered,
        readPageRequest(req.query, 100),
      );
      return {
        ...meta,
        enforcementMode: config.policy_config.enforcement_mode,
        warningDays: config.policy_config.warning_days,
        ...imageAgeLimitsOf(config),
        ...page,
        counts: countPublishers(
          all,
          computeAllowlist(config, today).providers.length,
        ),
        publishers: items,
      };
    });
  });

  router.get('/allowlist', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today, key } = readConfig(req);
    cache.send(req, res, key, () => {
      const providers = computeAllowlist(config, today).providers;
      const enforcementMode = config.policy_config.enforcement_mode;
      // `version` names the allowlist itself, for callers that compare it across reads.
      const version = createHash('sha256')
        .update(JSON.stringify({ providers, enforcementMode }))
        .digest('hex')
        .slice(0, 16);
      return { ...meta, providers, enforcementMode, version };
    });
  });

  router.get('/exceptions', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today, key } = readConfig(req);
    cache.send(req, res, key, () => {
      const { status, q } = req.query;
      const exceptions = listPublishers(config, today).filter(
        p => p.exception && matchesPublisherQuery(p, { state: status, q }),
      );
      return { ...meta, ...pageOf(exceptions, readPageRequest(req.query, 50)) };
    });
  });

  router.get('/exceptions/:accountId', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { accountId } = req.params;
    if (!isAccountId(accountId)) {
      throw new InputError(
        `accountId "${accountId}" is not an AWS account ID: use the 12 digits, leading zeros included`,
      );
    }
    const { config, today, key } = readConfig(req);
    const found = listPublishers(config, today).find(
      p => p.exception && p.provider === accountId,
    );
    if (!found)
      throw new NotFoundError(
        `No exception for account ${accountId} in ${
          configSource.current().source
        }`,
      );
    cache.send(req, res, key, () => found);
  });

  router.get('/policies', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today, key } = readConfig(req);
    const { text, changeFindings } = configSource.current();
    cache.send(req, res, key, () => ({
      ...meta,
      ...deps.policyReport.report(config, meta.readAt, today, {
        text,
        extra: changeFindings,
      }),
    }));
  });
}

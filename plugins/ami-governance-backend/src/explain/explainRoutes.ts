import { amiGovernanceStatusReadPermission as statusRead } from '@ami-governance/backstage-plugin-ami-governance-common';
import { InputError } from '@backstage/errors';
import type { LaunchExplainer } from './LaunchExplainer';
import { Authorize } from '../http/authorize';
import { parseExplainQuery } from './explainQuery';
import { AmiGovernanceRouter } from '../http/types';

/** GET /explain: "can this account launch this AMI?", readable like /status. */
export function addExplainRoutes(
  router: AmiGovernanceRouter,
  deps: { authorize: Authorize; explainer?: LaunchExplainer },
) {
  router.get('/explain', async (req, res) => {
    await deps.authorize(req, statusRead, ['user', 'service']);
    const query = parseExplainQuery(req.query);
    if (!query.ok) throw new InputError(query.error);
    if (!deps.explainer)
      throw new InputError(
        'The launch explainer is not set up in this backend',
      );
    res.json(await deps.explainer.explain(query.value));
  });
}

import {
  amiGovernanceStatusReadPermission as statusRead,
  exceptionRequestFromForm,
  exceptionRequestRules,
  planExceptionChange,
  previewExceptionChange,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import { Authorize } from '../http/authorize';
import { readConfigFor } from '../http/configured';
import { ResponseCache } from '../http/responseCache';
import { AmiGovernanceRouter } from '../http/types';

type ExceptionRequestPreviewDeps = {
  authorize: Authorize;
  configSource: GovernanceConfigSource;
  cache: ResponseCache;
  now: () => Date;
};

/**
 * What the exception request form shows before submit, from the config the portal already reads (no
 * GitLab needed): the rules that apply to an account, and the merge request a request will open,
 * planned with `planExceptionChange`, the code the scaffolder action runs.
 */
export function addExceptionRequestPreviewRoutes(
  router: AmiGovernanceRouter,
  deps: ExceptionRequestPreviewDeps,
) {
  const { authorize, configSource, cache, now } = deps;

  router.get('/exception-requests/context', async (req, res) => {
    await authorize(req, statusRead, ['user', 'service']);
    const { config, meta, today, key } = readConfigFor(configSource, now, req);
    const { accountId } = req.query;
    cache.send(req, res, key, () => ({
      ...meta,
      ...exceptionRequestRules(config, today, accountId),
    }));
  });

  router.get('/exception-requests/preview', async (req, res) => {
    const credentials = await authorize(req, statusRead, ['user', 'service']);
    const { text, meta, today, key } = readConfigFor(configSource, now, req);
    const q = req.query;
    // Requested as the action will request it: the signed-in user, or the group asked for (the
    // action checks the membership).
    const requestedBy =
      q.requestedBy ||
      ('userEntityRef' in credentials.principal
        ? credentials.principal.userEntityRef
        : credentials.principal.subject);
    cache.send(req, res, `${key}|${requestedBy}`, () => {
      const request = exceptionRequestFromForm(
        {
          accountId: q.accountId,
          exceptionType: q.exceptionType,
          expiresOn: q.expiresOn,
          durationDays:
            q.durationDays === undefined ? undefined : Number(q.durationDays),
          reason: q.reason ?? '',
          ticket: q.ticket ?? '',
          notes: q.notes,
          imageNames: q.imageNames,
        },
        requestedBy,
      );
      return {
        ...meta,
        preview: previewExceptionChange(
          planExceptionChange(text ?? '', request, today),
          today,
        ),
      };
    });
  });
}

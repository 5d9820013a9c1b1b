import type { ImageProvider } from '../lib/accounts';
import type { ExceptionEntry, GovernanceConfig } from '../config/schema';
import type { IsoDate } from '../lib/dates';
import type { Finding } from '../lib/findings';
import type { GeneratedPolicy } from '../policies/generatePolicies';
import {
  ExceptionRequest,
  ExceptionRequestPlan,
  findingsIntroduced,
  planExceptionRequest,
} from './exceptionRequest';
import { writeExceptionEntry } from './exceptionRequestText';
import {
  lapsedExceptionIndices,
  removeExceptionEntries,
} from '../config/lapsedExceptions';
import { computeAllowlist } from '../config/publishers';
import { validateConfig } from '../config/validateConfig';

// An exception request as a change to the governance config's text: the entry planned, written into
// the file without re-serialising it, lapsed exceptions of other accounts removed (housekeeping: they
// would fail the merge request's validation), the whole result validated and both policies
// regenerated. The scaffolder action commits exactly this; the backend's preview shows exactly this.

/** @public */
export type AcceptedExceptionRequestPlan = Extract<
  ExceptionRequestPlan,
  { ok: true }
>;

/**
 * Why a change cannot be made: `config` the file cannot be read as a governance config; `request`
 * the rules refuse the request; `change` the resulting file would break validation.
 * @public
 */
export type ExceptionChangeRefusal = {
  ok: false;
  stage: 'config' | 'request' | 'change';
  findings: Finding[];
};

/** @public */
export type ExceptionChange =
  | ExceptionChangeRefusal
  | {
      ok: true;
      plan: AcceptedExceptionRequestPlan;
      /** The config as it is. */
      before: GovernanceConfig;
      /** The new file text: the original with only the entry added or changed. */
      configText: string;
      allowlistBefore: ImageProvider[];
      allowlistAfter: ImageProvider[];
      /** The policies the current config generates, when it generates at all. */
      policiesBefore?: GeneratedPolicy[];
      /** The regenerated declarative policy and SCP. */
      policiesAfter: GeneratedPolicy[];
      /** Findings of the result the request did not cause: warnings, and errors already there. */
      remaining: Finding[];
      /**
       * Housekeeping: other accounts' exceptions that had lapsed (`expires_on` before today), removed
       * from the config by this change, in file order. They were already out of the allowlist and the
       * policies; left in, they fail validation of every branch.
       */
      lapsedRemoved: ExceptionEntry[];
    };

/**
 * Plans `request` against the config text `configText` as of `today`. Errors the file already had
 * do not block the request; errors it would introduce do. Other accounts' lapsed exceptions are
 * removed (see `lapsedRemoved`); the requested account's own is renewed by the request.
 * @public
 */
export function planExceptionChange(
  configText: string,
  request: ExceptionRequest,
  today: IsoDate,
): ExceptionChange {
  const before = validateConfig(configText, { today });
  if (!before.config) {
    return { ok: false, stage: 'config', findings: before.findings };
  }
  const current = before.config;
  const lapsed = lapsedExceptionIndices(current, today, request.accountId);
  const cleanedText = removeExceptionEntries(configText, lapsed);
  // Errors already there are judged on the cleaned file: removing entries shifts the positions that
  // findings name, and would make an old error look new.
  const cleaned = lapsed.length
    ? validateConfig(cleanedText, { today })
    : before;
  if (!cleaned.config) {
    return { ok: false, stage: 'config', findings: cleaned.findings };
  }
  const plan = planExceptionRequest(cleaned.config, request, today);
  if (!plan.ok) return { ok: false, stage: 'request', findings: plan.findings };

  const edit = writeExceptionEntry(
    cleanedText,
    plan.index,
    plan.entry as Record<string, unknown>,
  );
  const after = validateConfig(edit.text, { today });
  const broken = findingsIntroduced(cleaned.findings, after.findings);
  if (broken.length || !after.generation?.ok) {
    return {
      ok: false,
      stage: 'change',
      findings: broken.length ? broken : after.findings,
    };
  }
  const generation = after.generation;
  return {
    ok: true,
    plan,
    before: current,
    configText: edit.text,
    allowlistBefore: computeAllowlist(current, today).providers,
    allowlistAfter: generation.allowlist,
    policiesBefore: before.generation?.ok
      ? [before.generation.declarativePolicy, before.generation.scp]
      : undefined,
    policiesAfter: [generation.declarativePolicy, generation.scp],
    remaining: after.findings,
    lapsedRemoved: lapsed.map(i => current.exception_accounts[i]),
  };
}

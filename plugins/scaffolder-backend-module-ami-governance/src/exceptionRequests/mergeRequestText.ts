import {
  EXCEPTION_TYPES,
  exceptionStatus,
  ExceptionRequest,
  AcceptedExceptionRequestPlan,
  ExceptionEntry,
  Finding,
  GeneratedPolicy,
  ImageProvider,
  IsoDate,
  POLICY_TITLES,
  singleLine,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { describeRequester, Requester } from './requester';

// The names and texts of the branch, commit and merge request an exception request opens.

type AcceptedPlan = AcceptedExceptionRequestPlan;

/** The label every exception merge request carries. */
export const EXCEPTION_LABEL = 'ami-exception';

/**
 * The commit message. Every line goes through {@link singleLine}, and only validated values go in
 * (account, date, ticket, type, requester ref, paths): free text such as the reason stays out, since
 * GitLab acts on `Closes #42` anywhere in a commit message once it reaches the default branch.
 */
export function commitMessage(
  plan: AcceptedPlan,
  request: ExceptionRequest,
  requester: Requester,
  files: { policies: string[] },
  lapsedRemoved: ExceptionEntry[] = [],
): string {
  const verb = plan.kind === 'extension' ? 'Extend' : 'Add';
  const housekeeping = lapsedRemoved.length
    ? [
        `Housekeeping: removed lapsed exceptions ${lapsedRemoved
          .map(e => `${e.account_id} (expired ${e.expires_on})`)
          .join(', ')}.`,
      ]
    : [];
  return [
    `${verb} AMI exception for ${request.accountId} until ${plan.expiresOn} (${request.ticket})`,
    '',
    `Type: ${plan.exceptionType} (at most ${plan.maxDays} days)`,
    `Requested by: ${describeRequester(requester)}`,
    ...housekeeping,
    `Regenerated ${files.policies.join(' and ')}.`,
  ]
    .map(singleLine)
    .join('\n');
}

/**
 * Characters Markdown or GitLab give a meaning to: table cells, links and images, HTML, emphasis,
 * code, and references (`@` mentions, `#` issues, `!` merge requests, `~` labels, `%` milestones,
 * `$` snippets, `&` epics). GitLab (14.0 and later) shows a backslash-escaped one as plain text.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#!|@~%$&]/g;

/**
 * Text shown as itself inside a Markdown table cell: one line, every special character escaped, so
 * it cannot end the cell, add a row, mention anyone, link, embed an image or start a quick action.
 */
export const cell = (text: string) =>
  singleLine(text).replace(MARKDOWN_SPECIAL, '\\$&');

const number = (n: number) => n.toLocaleString('en-US');

interface DescriptionInput {
  plan: AcceptedPlan;
  today: IsoDate;
  configPath: string;
  allowlistBefore: ImageProvider[];
  allowlistAfter: ImageProvider[];
  /** The policies as generated from the target branch's config, when that generated at all. */
  policiesBefore?: GeneratedPolicy[];
  policiesAfter: { path: string; policy: GeneratedPolicy }[];
  /** Findings of the resulting config: warnings, and errors the file already had. */
  remaining: Finding[];
  /** Other accounts' lapsed exceptions the change removes. */
  lapsedRemoved: ExceptionEntry[];
  requester: Requester;
}

function requestTable(input: DescriptionInput): string[] {
  const { plan, today } = input;
  const { entry, previous } = plan;
  const type = EXCEPTION_TYPES[plan.exceptionType];
  const rows: [string, string][] = [
    ['Account', `\`${entry.account_id}\``],
    [
      'Change',
      previous
        ? `Extension of the exception ${
            exceptionStatus(previous.expires_on, today).inAllowlist
              ? 'expiring'
              : 'that expired'
          } ${previous.expires_on}`
        : 'New exception',
    ],
    [
      'Type',
      `${type.title} (\`${plan.exceptionType}\`), at most ${plan.maxDays} days`,
    ],
    [
      'Expires on',
      `${plan.expiresOn} (${plan.durationDays} days from ${today}, UTC)`,
    ],
    ['Ticket', cell(entry.ticket ?? '')],
    ['Reason', cell(entry.reason)],
    ['Requested by', cell(describeRequester(input.requester))],
    [
      'Approved by',
      'not yet: the approvals of this merge request are the approval',
    ],
  ];
  if (entry.notes) rows.push(['Notes', cell(entry.notes)]);
  if (entry.image_names)
    rows.push([
      'Image names',
      `${entry.image_names
        .map(cell)
        .join(
          ', ',
        )}: only AMIs of the account named so are allowed (the SCP lists the whole account)`,
    ]);
  return [
    '| Field | Value |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ];
}

function allowlistTable(before: string[], after: string[]): string[] {
  const all = [...new Set([...before, ...after])];
  const state = (list: string[], p: string) =>
    list.includes(p) ? 'allowed' : 'not allowed';
  return [
    `Before: ${before.length} providers. After: ${after.length} providers.`,
    '',
    '| Provider | Before | After |',
    '|---|---|---|',
    ...[...after, ...all.filter(p => !after.includes(p))].map(p => {
      let change = '';
      if (before.includes(p) !== after.includes(p)) {
        change = after.includes(p) ? ' (added)' : ' (removed)';
      }
      return `| \`${p}\` | ${state(before, p)} | ${state(after, p)}${change} |`;
    }),
  ];
}

/**
 * The housekeeping the change carries, apart from the request so reviewers see it: the lapsed
 * exceptions removed, each with who asked for it and its ticket (free text, escaped).
 */
function housekeepingSection(input: DescriptionInput): string[] {
  const { lapsedRemoved, configPath, today } = input;
  if (!lapsedRemoved.length) return [];
  return [
    '',
    '## Housekeeping: removed lapsed exceptions',
    '',
    `Besides the request, this change removes ${lapsedRemoved.length} exception(s) of other accounts from \`${configPath}\` whose expiry date had passed as of ${today}. They were already out of the allowlist and the generated policies, so this changes neither; left in, they fail validation (and this merge request's pipeline). To keep one, ask for it again: a lapsed exception is renewed by a new request.`,
    '',
    '| Account | Expired on | Ticket | Requested by |',
    '|---|---|---|---|',
    ...lapsedRemoved.map(
      e =>
        `| \`${e.account_id}\` | ${e.expires_on} | ${cell(
          e.ticket ?? '',
        )} | ${cell(e.requested_by ?? '')} |`,
    ),
  ];
}

/** The merge request description: the request, the allowlist before and after, sizes, approvers. */
export function mergeRequestDescription(input: DescriptionInput): string {
  const { plan, remaining } = input;
  const approvers = plan.approvers.map(a => `**${a}**`).join(' and ');
  const sizes = input.policiesAfter.map(({ path, policy }) => {
    const before = input.policiesBefore?.find(p => p.kind === policy.kind);
    return `| ${POLICY_TITLES[policy.kind]} | \`${path}\` | ${
      before ? number(before.size) : 'n/a'
    } | ${number(policy.size)} | ${number(policy.maxSize)} |`;
  });
  const lines = [
    `## AMI exception request`,
    '',
    ...requestTable(input),
    '',
    '## Required approvals',
    '',
    `A ${plan.exceptionType} exception needs approval from ${approvers} before this merge request is merged.`,
    '',
    '## Allowlist',
    '',
    ...allowlistTable(input.allowlistBefore, input.allowlistAfter),
    '',
    '## Generated policies',
    '',
    'Sizes are characters of the compact JSON as sent to AWS.',
    '',
    '| Policy | File | Size before | Size after | Limit |',
    '|---|---|---|---|---|',
    ...sizes,
    ...housekeepingSection(input),
  ];
  if (remaining.length) {
    lines.push(
      '',
      `## Validation of \`${input.configPath}\` after the change`,
      '',
      'This request introduces no error. Still reported (errors were already in the file):',
      '',
      ...remaining.map(f => `- ${f.severity}: ${cell(f.message)}`),
    );
  }
  lines.push(
    '',
    '---',
    '_Opened by the Backstage template `request-ami-exception` (action `ami-governance:exception:request`)._',
  );
  return `${lines.join('\n')}\n`;
}

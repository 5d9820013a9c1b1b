import {
  compareAllowlists,
  declarativeDocumentFindings,
  parseJsonObject,
  POLICY_FILE_NAMES,
  POLICY_TITLES,
  readDeclarativePolicy,
  readScp,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type {
  PolicyDocumentKind,
  PolicyLimits,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { PlanNote } from './planSchema';

/** What the config says the documents must carry. */
interface DocumentExpectations {
  opsPublisher: string;
  /** Accounts the creation guard exempts; null when the config turns the creation guard off. */
  amiBuildAccounts: string[] | null;
  allowlist: string[];
}

const REGENERATE =
  'Run "ami-governance generate", commit the result and plan again.';

const format = (n: number) => n.toLocaleString('en-US');

function sizeRefusal(
  kind: PolicyDocumentKind,
  content: string,
  limits: PolicyLimits,
): PlanNote[] {
  const max =
    kind === 'scp' ? limits.scpMaxChars : limits.declarativePolicyMaxChars;
  if (content.length <= max) return [];
  return [
    {
      code: 'document-too-large',
      message: `The ${POLICY_TITLES[kind]} is ${format(
        content.length,
      )} characters as sent to AWS, over its ${format(
        max,
      )}-character limit: AWS would reject it. Remove providers or raise the limit if AWS raised it for your organization.`,
    },
  ];
}

function invalid(kind: PolicyDocumentKind, why: string): PlanNote {
  return {
    code: 'document-invalid',
    message: `The ${POLICY_TITLES[kind]} to send is not valid: ${why}. ${REGENERATE}`,
  };
}

/** The declarative policy's providers, or the refusals that say why it cannot be sent. */
function declarativeProviders(content: string, limits: PolicyLimits) {
  const read = readDeclarativePolicy(content);
  if (!read.ok) return { refusals: [invalid('declarativePolicy', read.error)] };
  const { mode, criteriaWithoutProviders, providers } = read.policy;
  const refusals: PlanNote[] = [];
  if (mode !== 'audit_mode' && mode !== 'enabled')
    refusals.push(
      invalid(
        'declarativePolicy',
        `allowed_images_settings.state is ${
          mode ?? 'missing'
        }, not audit_mode or enabled`,
      ),
    );
  if (criteriaWithoutProviders.length)
    refusals.push(
      invalid(
        'declarativePolicy',
        `${criteriaWithoutProviders.join(
          ', ',
        )} names no provider, so it would allow any publisher`,
      ),
    );
  const document = parseJsonObject(content, 'the document');
  if (document.ok)
    for (const f of declarativeDocumentFindings(
      POLICY_FILE_NAMES.declarativePolicy,
      document.value,
      limits,
    ))
      if (f.severity === 'error')
        refusals.push(invalid('declarativePolicy', f.message));
  return { refusals, providers };
}

function scpProviders(content: string, expect: DocumentExpectations) {
  const read = readScp(content);
  if (!read.ok) return { refusals: [invalid('scp', read.error)] };
  const { launchGuard, creationGuard, ineffectiveStatements } = read.policy;
  const refusals: PlanNote[] = [];
  if (!launchGuard)
    refusals.push(
      invalid('scp', 'it has no Deny on ec2:RunInstances by ec2:Owner'),
    );
  for (const s of ineffectiveStatements)
    refusals.push(invalid('scp', `${s.sid ?? 'a statement'}: ${s.reason}`));
  const wanted = expect.amiBuildAccounts
    ? [...expect.amiBuildAccounts].sort()
    : null;
  const has = creationGuard ? creationGuard.exemptAccounts : null;
  if (JSON.stringify(wanted) !== JSON.stringify(has))
    refusals.push({
      code: 'creation-guard-exemptions',
      message: `The SCP's creation guard ${
        has ? `exempts ${has.join(', ') || 'no account'}` : 'is absent'
      } but the config wants ${
        wanted ? `it to exempt ${wanted.join(', ')}` : 'none'
      }: attached at the root, a guard without the build accounts stops the golden-AMI builds. ${REGENERATE}`,
    });
  return { refusals, providers: launchGuard?.providers };
}

/**
 * Refusals for the two documents about to be sent: each must read as the policy it claims to be,
 * within AWS's limits, carry a non-empty allowlist with the ops publisher, the same allowlist in both
 * and the one the config yields, and a creation guard that exempts exactly the build accounts.
 */
export function documentRefusals(
  contents: Record<PolicyDocumentKind, string>,
  expect: DocumentExpectations,
  limits: PolicyLimits,
): PlanNote[] {
  const declarative = declarativeProviders(contents.declarativePolicy, limits);
  const scp = scpProviders(contents.scp, expect);
  const refusals = [
    ...sizeRefusal('declarativePolicy', contents.declarativePolicy, limits),
    ...sizeRefusal('scp', contents.scp, limits),
    ...declarative.refusals,
    ...scp.refusals,
  ];
  const lists = [declarative.providers, scp.providers];
  if (lists.some(l => l && l.length === 0))
    refusals.push({
      code: 'allowlist-empty',
      message:
        'The allowlist to send is empty: both policies would block every instance launch in the organization. Nothing can override this; fix the config.',
    });
  else if (lists.some(l => l && !l.includes(expect.opsPublisher)))
    refusals.push({
      code: 'ops-publisher-missing',
      message: `The allowlist to send does not include the ops publisher ${expect.opsPublisher}: launches from the golden AMIs would be blocked. Nothing can override this; fix the config or the documents.`,
    });
  for (const list of lists) {
    if (!list) continue;
    const diff = compareAllowlists(expect.allowlist, list);
    if (!diff.inSync) {
      refusals.push({
        code: 'allowlists-differ',
        message: `A document to send does not carry the config's allowlist (missing ${
          diff.missing.join(', ') || 'none'
        }, extra ${diff.extra.join(', ') || 'none'}). ${REGENERATE}`,
      });
      break;
    }
  }
  return refusals;
}

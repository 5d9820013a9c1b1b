import { validateConfig } from '@ami-governance/backstage-plugin-ami-governance-common';

/** A governance repository as of {@link TODAY}, shaped like the ones organizations keep. */

export const NOW = new Date('2026-11-23T18:45:00Z');
export const TODAY = '2026-11-23';

/** Hand-formatted like real files: the metadata object sits on one line. */
export const CONFIG_TEXT = `{
  "ops_publisher_account": {
    "account_id": "123456738923",
    "description": "Ops golden AMI publisher",
    "purpose": "Hardened base images, patched monthly"
  },
  "vendor_publisher_accounts": [
    {
      "account_id": "111122223333",
      "vendor_name": "InfoBlox",
      "description": "DDI appliances",
      "business_justification": "Network team standard"
    },
    {
      "account_id": "444455556666",
      "vendor_name": "Terraform Enterprise",
      "description": "TFE appliance",
      "business_justification": "Platform tooling"
    }
  ],
  "exception_accounts": [
    {
      "account_id": "777788889999",
      "expires_on": "2027-01-31",
      "reason": "Migration from legacy image pipeline",
      "exception_type": "migration",
      "ticket": "CLOUD-1234",
      "requested_by": "app-team-alpha",
      "approved_by": "security-lead",
      "approval_date": "2026-11-09",
      "notes": "Moving to golden images by end of January"
    },
    {
      "account_id": "222233334444",
      "expires_on": "2026-12-20",
      "reason": "ML proof of concept",
      "exception_type": "vendor_poc",
      "ticket": "CLOUD-1301",
      "requested_by": "ml-team",
      "approved_by": "cto",
      "approval_date": "2026-10-25",
      "notes": ""
    }
  ],
  "policy_config": {
    "enforcement_mode": "audit_mode",
    "block_public_ami_sharing": true,
    "deny_ami_creation_in_workloads": true
  },
  "metadata": { "version": "1.0", "contact": "cloud-platform-team@example.com" }
}
`;

/** The policies `dist/` holds for a config text, as the core generates them today. */
export function policiesFor(configText: string) {
  const result = validateConfig(configText, { today: TODAY });
  if (!result.generation?.ok) {
    throw new Error(
      `fixture does not generate: ${JSON.stringify(result.findings)}`,
    );
  }
  return {
    declarative: result.generation.declarativePolicy.pretty,
    scp: result.generation.scp.pretty,
    allowlist: result.generation.allowlist,
    findings: result.findings,
  };
}

export const DECLARATIVE_PATH = 'dist/declarative-policy-ec2.json';
export const SCP_PATH = 'dist/scp-ami-guardrail.json';
export const CONFIG_PATH = 'config/ami_publishers.json';

/** The repository files on the default branch. */
export function repoFiles(configText = CONFIG_TEXT): Record<string, string> {
  const policies = policiesFor(configText);
  return {
    [CONFIG_PATH]: configText,
    [DECLARATIVE_PATH]: policies.declarative,
    [SCP_PATH]: policies.scp,
  };
}

/** Lines removed and added between two texts, around their common start and end. */
export function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end++;
  }
  return {
    removed: a.slice(start, a.length - end),
    added: b.slice(start, b.length - end),
  };
}

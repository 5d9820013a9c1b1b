/**
 * Plans for the CLI tests, built without AWS: the pure planner from ami-governance-common run on the
 * fixture config and an organization reading written here (a root, and our policies as given). The
 * AWS side of plan and apply is tested in ami-governance-node against an in-memory organization.
 */
import { DeployedPolicy } from '@ami-governance/backstage-plugin-ami-governance-common';
import { sha256 } from '@ami-governance/backstage-plugin-ami-governance-node';
import fs from 'node:fs';
import path from 'node:path';
import { fixture, TODAY } from './runCli';
import {
  buildPolicyPlan,
  OrganizationReading,
  PlanInputOptions,
  PolicyPlan,
  preparePlanInput,
} from '@ami-governance/backstage-plugin-ami-governance-node';

export const ROOT = { targetId: 'r-ab12', name: 'Root', type: 'ROOT' as const };
/** The accounts under ROOT in the readings written here. */
export const FIXTURE_ACCOUNTS = ['000011112222', '000033334444'];

/** What the config generates as of `today`, as deployed policies attached to the root. */
export function deployedAsOf(
  today: string,
  configFile = fixture('valid.json'),
) {
  const input = planInput({}, today, configFile);
  const deployed = (
    id: string,
    name: string,
    content: string,
  ): DeployedPolicy => ({
    id,
    name,
    content,
    targets: [ROOT],
  });
  return {
    declarativePolicy: deployed(
      'p-dec0ami1',
      'ami-governance-declarative-policy',
      input.documents.declarativePolicy,
    ),
    scp: deployed('p-scp0ami1', 'scp-ami-guardrail', input.documents.scp),
  };
}

function planInput(
  options: Partial<PlanInputOptions>,
  today: string,
  configFile: string,
) {
  const configText = fs.readFileSync(configFile, 'utf8');
  const prepared = preparePlanInput({
    configText,
    configSha256: sha256(configText),
    today,
    ...options,
  });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.findings));
  return prepared.input;
}

/** A plan of the fixture config against an organization holding `policies` (nothing by default). */
export function fixturePlan(
  options: Partial<PlanInputOptions> = {},
  policies: OrganizationReading['policies'] = {
    declarativePolicy: null,
    scp: null,
  },
  today = TODAY,
  configFile = fixture('valid.json'),
): PolicyPlan {
  const reading: OrganizationReading = {
    organization: { id: 'o-ab12cd34ef', managementAccountId: '000011112222' },
    roots: [
      {
        id: 'r-ab12',
        name: 'Root',
        enabledPolicyTypes: [
          'SERVICE_CONTROL_POLICY',
          'DECLARATIVE_POLICY_EC2',
        ],
      },
    ],
    policies,
    targets: [
      {
        ...ROOT,
        found: true,
        governsNoMemberAccount: false,
        accounts: FIXTURE_ACCOUNTS,
      },
    ],
    deployedSha256: 'hash-of-what-was-deployed',
  };
  return buildPolicyPlan(
    planInput(options, today, configFile),
    reading,
    new Date(`${today}T09:30:00Z`),
  );
}

/** Writes `plan` into `dir` and returns the file's path. */
export function writePlan(dir: string, plan: PolicyPlan, name = 'plan.json') {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(plan, null, 2));
  return file;
}

/** The fixture config with `enforcement_mode` set to enabled, written into `dir`. */
export function enabledConfig(dir: string) {
  const config = JSON.parse(fs.readFileSync(fixture('valid.json'), 'utf8'));
  config.policy_config.enforcement_mode = 'enabled';
  const file = path.join(dir, 'enabled.json');
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/**
 * `ami-governance snapshot` end to end in process, against the fake organization instead of AWS
 * (aws-sdk-client-mock stubs every OrganizationsClient, the CLI's included). A check of the wiring,
 * files and exit codes, not a timing: `bench/collector/run.sh --cli-smoke`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { organizationSnapshotSchema } from '@ami-governance/backstage-plugin-ami-governance-common';
import { mockClient } from 'aws-sdk-client-mock';
// The CLI (role cli) has no entry point but its binary; `main` parses synchronously, while
// `snapshot` is async, so the smoke test drives the program itself.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { buildProgram } from '../../packages/ami-governance-cli/src/program';
import {
  accessDenied,
  installFakeOrganization,
} from '@ami-governance/backstage-plugin-ami-governance-node/testUtils';
import { syntheticOrganization } from './organization';

/** Runs the command on the fake organization; resolves to its exit code and whether the file is valid. */
async function snapshot(denyOneAccount: boolean) {
  const mock = mockClient(OrganizationsClient);
  const org = syntheticOrganization(60, 6);
  if (denyOneAccount) org.effective[org.accounts[5].id] = accessDenied();
  installFakeOrganization(mock, org);
  const out = join(mkdtempSync(join(tmpdir(), 'collector-cli-')), 'snap.json');
  let code = -1;
  await buildProgram(c => {
    code = c;
  }).parseAsync(['snapshot', '--out', out, '--concurrency', '2'], {
    from: 'user',
  });
  const parsed = organizationSnapshotSchema.safeParse(
    JSON.parse(readFileSync(out, 'utf8')),
  );
  mock.restore();
  console.log(
    `exit code ${code}, ${out} ${parsed.success ? 'valid' : 'INVALID'}\n`,
  );
  return { code, valid: parsed.success };
}

async function main() {
  const complete = await snapshot(false);
  const partial = await snapshot(true);
  const ok =
    complete.code === 0 &&
    complete.valid &&
    partial.code === 1 &&
    partial.valid;
  console.log(ok ? 'CLI smoke: ok' : 'CLI smoke: FAILED');
  process.exitCode = ok ? 0 : 1;
}

main();

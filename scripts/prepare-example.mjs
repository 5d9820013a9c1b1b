// Prepares the example for `make start` without touching a tracked file. The example governance repo
// and organization snapshot are dated as of metadata.example_dates_as_of (one exception active, one
// inside the warning window, one expired). This copies them into .example/ (git-ignored) with every
// date moved forward to today, so the portal shows the same picture whenever it is started, and
// writes .example/app-config.yaml pointing the backend at the copies.
// The copy of the governance repo is a real git repository (a work tree on main, one commit), and
// amiGovernance.exceptionRequests.localRepository points at it: the "Request an AMI exception"
// template commits each request on a new exception/… branch there, so a request completes end to end
// without GitLab. The portal reads the checked-out config, i.e. main.
// The snapshot's collection time moves too but never lands after now: a portal must never show a
// collection time in the future. Its workloads' times (collections, launches, AMI creation) move with it.
import { execFileSync } from 'node:child_process';
import fs, {
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// isomorphic-git as the scaffolder module that writes to this repository resolves it.
const git = createRequire(
  join(root, 'plugins/scaffolder-backend-module-ami-governance/package.json'),
)('isomorphic-git');
const out = join(root, '.example');
const DATE_FIELDS =
  /"(expires_on|approval_date|requested_on|example_dates_as_of)": "(\d{4}-\d{2}-\d{2})"/g;
const DAY_MS = 86_400_000;
const SKEW_MS = 60_000;

const now = new Date();
const today = now.toISOString().slice(0, 10);
const configText = readFileSync(
  join(root, 'examples/governance-repo/config/ami_publishers.json'),
  'utf8',
);
const asOf = JSON.parse(configText).metadata?.example_dates_as_of ?? today;
const shiftMs =
  Math.max(0, Math.round((Date.parse(today) - Date.parse(asOf)) / DAY_MS)) *
  DAY_MS;
const moveDate = date =>
  new Date(Date.parse(date) + shiftMs).toISOString().slice(0, 10);

rmSync(out, { recursive: true, force: true });
const repoDir = join(out, 'governance-repo');
const configPath = join(repoDir, 'config/ami_publishers.json');
mkdirSync(dirname(configPath), { recursive: true });
writeFileSync(
  configPath,
  configText.replace(
    DATE_FIELDS,
    (_, field, date) => `"${field}": "${moveDate(date)}"`,
  ),
);

const snapshot = JSON.parse(
  readFileSync(join(root, 'examples/org-snapshot.json'), 'utf8'),
);
const collectedMs = Math.min(
  Date.parse(snapshot.collectedAt) + shiftMs,
  now.getTime() - SKEW_MS,
);
const isoSeconds = ms => new Date(ms).toISOString().replace('.000Z', 'Z');
snapshot.collectedAt = isoSeconds(Math.floor(collectedMs / 60_000) * 60_000);
// The workloads' times move by the same days. What was observed (each account's collection, launches,
// AMI creation) never lands after the snapshot's collection; a deprecation time is a schedule and may
// lie ahead.
const OBSERVED_TIMES = new Set(['collectedAt', 'launchTime', 'creationDate']);
const SCHEDULED_TIMES = new Set(['deprecationTime']);
const latestMs = Date.parse(snapshot.collectedAt);
function moveTimes(value) {
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (
      typeof v !== 'string' ||
      !(OBSERVED_TIMES.has(key) || SCHEDULED_TIMES.has(key))
    ) {
      moveTimes(v);
      continue;
    }
    const moved = Date.parse(v) + shiftMs;
    value[key] = isoSeconds(
      OBSERVED_TIMES.has(key) ? Math.min(moved, latestMs) : moved,
    );
  }
}
moveTimes(snapshot.workloads);
const snapshotPath = join(out, 'org-snapshot.json');
writeFileSync(snapshotPath, `${JSON.stringify(snapshot, null, 2)}\n`);
// The config "changed" an hour before the snapshot was collected, as in the example's story: its
// differences from AWS are drift, not a change waiting to be applied or collected.
const changedAt = new Date(Date.parse(snapshot.collectedAt) - 3_600_000);
utimesSync(configPath, changedAt, changedAt);

// The generated policies of the dated copy, as the governance repo's CI would produce them.
execFileSync(
  process.execPath,
  [
    join(root, 'packages/ami-governance-cli/bin/ami-governance'),
    'generate',
    '--config',
    configPath,
    '--out',
    join(out, 'governance-repo/dist'),
    '--today',
    today,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

// The governance repository: the other files of the example, then one commit on main.
for (const file of ['README.md', '.gitlab-ci.yml']) {
  copyFileSync(
    join(root, 'examples/governance-repo', file),
    join(repoDir, file),
  );
}
await git.init({ fs, dir: repoDir, defaultBranch: 'main' });
await git.add({ fs, dir: repoDir, filepath: '.' });
await git.commit({
  fs,
  dir: repoDir,
  message: `Example governance repository, dated as of ${today}\n`,
  author: {
    name: 'make start',
    email: 'make-start@example.invalid',
    timestamp: Math.floor(changedAt.getTime() / 1000),
    timezoneOffset: 0,
  },
});

writeFileSync(
  join(out, 'app-config.yaml'),
  [
    '# Written by scripts/prepare-example.mjs for make start: the example dated as of today.',
    'amiGovernance:',
    '  config:',
    `    location: ${JSON.stringify(configPath)}`,
    '  organization:',
    `    snapshot: ${JSON.stringify(snapshotPath)}`,
    '    # The example snapshot is static: twice this is how old it may be before the page calls it stale.',
    '    schedule: { frequency: { hours: 12 }, timeout: { minutes: 1 } }',
    '  exceptionRequests:',
    '    # No GitLab here: requests are committed on exception/… branches of this repository.',
    `    localRepository: ${JSON.stringify(repoDir)}`,
    '    targetBranch: main',
    '    configPath: config/ami_publishers.json',
    '    # A branch merged here (git merge exception/…) shows as merged on the page within a minute.',
    '    refreshSchedule: { frequency: { minutes: 1 }, timeout: { seconds: 30 } }',
    '',
  ].join('\n'),
);
console.log(
  `example: dated ${Math.round(
    shiftMs / DAY_MS,
  )} days forward (as of ${today}) in .example/; governance repository .example/governance-repo (main)`,
);

// Keeps the example governance repository and organization snapshot alive: exceptions are dated relative to
// metadata.example_dates_as_of (one active, one inside the warning window, one expired). When that
// day has passed, every date in the file moves forward by the same number of days and dist/ is
// regenerated with the CLI, so the portal shows the same picture whenever it is started.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples/governance-repo');
const configPath = join(example, 'config/ami_publishers.json');
const snapshotPath = join(root, 'examples/org-snapshot.json');
const DATE_FIELDS = /"(expires_on|approval_date|requested_on|example_dates_as_of)": "(\d{4}-\d{2}-\d{2})"/g;
const DAY_MS = 86_400_000;

const text = readFileSync(configPath, 'utf8');
const asOf = JSON.parse(text).metadata?.example_dates_as_of;
const today = new Date().toISOString().slice(0, 10);
const shift = Math.round((Date.parse(today) - Date.parse(asOf)) / DAY_MS);
if (!asOf || shift <= 0) process.exit(0);

const moved = text.replace(DATE_FIELDS, (_, field, date) => {
  const next = new Date(Date.parse(date) + shift * DAY_MS).toISOString().slice(0, 10);
  return `"${field}": "${next}"`;
});
writeFileSync(configPath, moved);
// The example organization snapshot moves with it, so its exceptions keep the same states.
const snapshot = readFileSync(snapshotPath, 'utf8').replace(/"collectedAt": "([^"]+)"/, (_, at) => {
  return `"collectedAt": "${new Date(Date.parse(at) + shift * DAY_MS).toISOString().replace('.000Z', 'Z')}"`;
});
writeFileSync(snapshotPath, snapshot);
execFileSync(
  process.execPath,
  [join(root, 'packages/ami-governance-cli/bin/ami-governance'), 'generate', '--config', configPath, '--out', join(example, 'dist'), '--today', today],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log(`example governance repo: dates moved forward ${shift} days to stay relative to ${today}`);

// Fails when a hand-written source file grows past 300 lines: a file a newcomer can hold in their head.
// Tests, test utilities, fixtures, migrations and generated files are exempt (their length is data).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX_LINES = 300;
const EXEMPT = [
  /\.test\.tsx?$/,
  /(^|\/)__testUtils__\//,
  /(^|\/)__fixtures__\//,
  /(^|\/)migrations\//,
  /\.generated\.ts$/,
  /(^|\/)report[^/]*\.api\.md$/,
];
const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mjs', '*.js'],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter(f => f && !EXEMPT.some(pattern => pattern.test(f)));
const long = [];
for (const file of files) {
  let lines;
  try {
    lines = readFileSync(file, 'utf8').split('\n').length - 1;
  } catch {
    continue; // listed but deleted in the work tree
  }
  if (lines > MAX_LINES) long.push(`${file}: ${lines} lines`);
}
if (long.length > 0) {
  console.error(
    `source-sizes: ${long.length} file(s) over ${MAX_LINES} lines; split them by what they do:\n  ${long.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`source-sizes: ${files.length} source files, none over ${MAX_LINES} lines`);

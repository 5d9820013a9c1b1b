import { messageOf } from '../lib/errorMessage';
/**
 * Helpers for the CLI tests: run `bin/ami-governance` as a child process on fixture files and
 * read what it printed and wrote. Test-only; nothing in the CLI imports this.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(__dirname, '../../bin/ami-governance');
const FIXTURES = path.resolve(__dirname, '../__fixtures__');

/** The `--today` most tests pass: the fixtures' exception dates are chosen around it. */
export const TODAY = '2026-11-23';

/** valid.json's allowlist on TODAY: ops, both vendors (one with a leading zero), both active exceptions. */
export const VALID_ALLOWLIST = [
  '012345678901',
  '111122223333',
  '123456738923',
  '222233334444',
  '555566667777',
];

export const DECLARATIVE_FILE = 'declarative-policy-ec2.json';
export const SCP_FILE = 'scp-ami-guardrail.json';

/** Absolute path of a file in `src/__fixtures__`. */
export const fixture = (name: string) => path.join(FIXTURES, name);

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `args` (without node and script) and waits for it to exit. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: os.tmpdir(),
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

export interface JsonFinding {
  file: string;
  severity: 'error' | 'warning';
  code: string;
  path: string;
  message: string;
}

/**
 * Runs the CLI with `--json` added and parses stdout, which must be exactly one JSON object
 * (JSON.parse rejects two objects or any text around one).
 */
export function runCliJson(
  args: string[],
  env: Record<string, string> = {},
): CliResult & {
  json: Record<string, any>;
} {
  const result = runCli([...args, '--json'], env);
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch (e) {
    throw new Error(
      `stdout of "ami-governance ${args.join(
        ' ',
      )} --json" is not one JSON document (${messageOf(e)}):\n${
        result.stdout
      }\nstderr:\n${result.stderr}`,
    );
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new Error(`--json printed ${result.stdout}, not a JSON object`);
  return { ...result, json: json as Record<string, any> };
}

/** `[code, path]` of every finding of a `--json` payload, in order. */
export const codesAndPaths = (json: Record<string, any>) =>
  (json.findings as JsonFinding[]).map(f => [f.code, f.path]);

/**
 * Gives each test fresh temporary folders and removes them after it. Call once at the top of a
 * test file; the returned function makes one folder.
 */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0))
      fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ami-governance-cli-'));
    made.push(dir);
    return dir;
  };
}

export const readJson = (file: string): any =>
  JSON.parse(fs.readFileSync(file, 'utf8'));

/** The generated files in `dir`, parsed, with the allowlist each carries. */
export function readPolicies(dir: string) {
  const declarative = readJson(path.join(dir, DECLARATIVE_FILE));
  const scp = readJson(path.join(dir, SCP_FILE));
  const criteria = Object.values<any>(
    declarative.ec2_attributes?.allowed_images_settings?.image_criteria ?? {},
  );
  const ownerLists = (scp.Statement as any[])
    .map(s => s.Condition?.StringNotEquals?.['ec2:Owner'])
    .filter(Boolean);
  return {
    declarative,
    scp,
    /** Every provider in `allowed_image_providers` across the criteria. */
    declarativeProviders: criteria.flatMap(
      c => c.allowed_image_providers['@@assign'] as string[],
    ),
    /** The `ec2:Owner` lists of the SCP's statements (one expected). */
    scpOwnerLists: ownerLists as string[][],
    /** `allowed_images_settings.state`'s assigned value. */
    state: declarative.ec2_attributes?.allowed_images_settings?.state?.[
      '@@assign'
    ] as string | undefined,
  };
}

/** Whatever files `dir` holds (an empty list when it does not exist). */
export const filesIn = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];

/** True when stderr carries a JavaScript stack trace. */
export const hasStackTrace = (text: string) => /^\s+at /m.test(text);

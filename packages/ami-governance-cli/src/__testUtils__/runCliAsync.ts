/**
 * Runs `bin/ami-governance` as a child process without blocking this one, for tests whose AWS fake
 * serves HTTP from the test process itself (runCli's spawnSync would stall it). Test-only.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { CliResult } from './runCli';

const BIN = path.resolve(__dirname, '../../bin/ami-governance');

export function runCliAsync(
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: os.tmpdir(),
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += chunk));
    child.stderr.on('data', chunk => (stderr += chunk));
    child.on('error', reject);
    child.on('close', status => resolve({ status, stdout, stderr }));
  });
}

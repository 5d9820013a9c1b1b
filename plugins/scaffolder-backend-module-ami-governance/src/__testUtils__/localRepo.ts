import git from 'isomorphic-git';
import fs from 'node:fs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NOW, repoFiles } from './governanceRepo';

/**
 * A real git repository in a temp folder, as `make start` creates from examples/governance-repo: a
 * work tree on `main` holding the governance files, committed once.
 */
export async function localGovernanceRepo(
  files: Record<string, string> = repoFiles(),
): Promise<{ dir: string; head: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ami-governance-repo-'));
  await git.init({ fs, dir, defaultBranch: 'main' });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
    await git.add({ fs, dir, filepath: path });
  }
  const head = await git.commit({
    fs,
    dir,
    message: 'Initial commit',
    author: {
      name: 'Example',
      email: 'example@example.com',
      timestamp: Math.floor(NOW.getTime() / 1000) - 86_400,
    },
  });
  return { dir, head };
}

/** A file's text at a ref of the repository, or undefined. */
export async function fileAt(
  dir: string,
  ref: string,
  filepath: string,
): Promise<string | undefined> {
  try {
    const oid = await git.resolveRef({ fs, dir, ref });
    const { blob } = await git.readBlob({ fs, dir, oid, filepath });
    return Buffer.from(blob).toString('utf8');
  } catch {
    return undefined;
  }
}

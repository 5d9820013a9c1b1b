import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { posix } from 'node:path';

/** Where exception requests go, from `amiGovernance.exceptionRequests` in app-config. */
export interface ExceptionRequestSettings {
  repoUrl?: string;
  /** A git repository on the backend's disk; when set, requests are committed there instead. */
  localRepository?: string;
  targetBranch?: string;
  configPath: string;
  /** Whom a requester asks when a request cannot be sent. */
  contact: string;
}

const DEFAULT_CONTACT = "the portal's administrators";

const DEFAULT_CONFIG_PATH = 'config/ami_publishers.json';

export function readExceptionRequestSettings(
  config: Config,
): ExceptionRequestSettings {
  const section = config.getOptionalConfig('amiGovernance.exceptionRequests');
  return {
    repoUrl: section?.getOptionalString('repoUrl'),
    localRepository: section?.getOptionalString('localRepository'),
    targetBranch: section?.getOptionalString('targetBranch'),
    configPath: section?.getOptionalString('configPath') ?? DEFAULT_CONFIG_PATH,
    contact: section?.getOptionalString('contact') ?? DEFAULT_CONTACT,
  };
}

/**
 * Refuses a config path that could leave the repository or name something other than a JSON file:
 * relative, `/`-separated, no `.` or `..` segment, only `[A-Za-z0-9._-]` in names, ending `.json`.
 */
export function checkConfigPath(configPath: string): string {
  const refuse = (why: string) =>
    new InputError(
      `configPath "${configPath}" ${why}. Use a path inside the repository such as ${DEFAULT_CONFIG_PATH}.`,
    );
  if (configPath.startsWith('/') || /^[A-Za-z]:/.test(configPath)) {
    throw refuse('is absolute');
  }
  if (configPath.split(/[/\\]/).some(s => s === '..' || s === '.')) {
    throw refuse('must not contain "." or ".." segments');
  }
  if (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(configPath)) {
    throw refuse(
      'may only contain letters, digits, ".", "_", "-" and "/" between names',
    );
  }
  if (!configPath.endsWith('.json')) throw refuse('must end with .json');
  return configPath;
}

/**
 * Where the generated policies live for a config path: `dist/` beside the `config/` folder that
 * holds it (`config/ami_publishers.json` → `dist/`), else `dist/` in the config's own folder.
 */
export function distDirFor(configPath: string): string {
  const dir = posix.dirname(configPath);
  if (dir === '.') return 'dist';
  if (posix.basename(dir) === 'config') {
    const parent = posix.dirname(dir);
    return parent === '.' ? 'dist' : posix.join(parent, 'dist');
  }
  return posix.join(dir, 'dist');
}

import {
  parseGovernanceConfig,
  ParseConfigResult,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { readTextFile } from '../lib/files';

/** Reads and parses the config named by `--config`; problems in the file come back as findings. */
export function loadConfig(path: string): ParseConfigResult & { text: string } {
  const text = readTextFile(path, 'config file', '--config');
  return { ...parseGovernanceConfig(text, path), text };
}

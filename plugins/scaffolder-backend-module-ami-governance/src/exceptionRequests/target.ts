import { InputError } from '@backstage/errors';
import { checkConfigPath, ExceptionRequestSettings } from './settings';

// Where a request goes: the governance project, branch and config path the administrator set in
// `amiGovernance.exceptionRequests`, and nothing a template says. The action's inputs of the same
// names may only repeat the configured values; any other value is refused before GitLab is called,
// so a template (or a template-editor dry run) cannot point the integration token elsewhere.

const SECTION = 'amiGovernance.exceptionRequests';

/** The inputs that name a target; each must equal the setting of the same name when given. */
const TARGET_INPUTS = ['repoUrl', 'targetBranch', 'configPath'] as const;

type TargetInputs = Partial<
  Record<(typeof TARGET_INPUTS)[number], string | undefined>
>;

export interface GovernanceTarget {
  /** The GitLab project, as RepoUrlPicker writes it; unused when `localRepository` is set. */
  repoUrl?: string;
  /** A git repository on the backend's disk, used instead of GitLab when set. */
  localRepository?: string;
  /** Undefined: the project's default branch. */
  targetBranch?: string;
  configPath: string;
}

export function resolveTarget(
  input: TargetInputs,
  settings: ExceptionRequestSettings,
): GovernanceTarget {
  if (!settings.repoUrl && !settings.localRepository) {
    throw new InputError(
      `No governance project: set ${SECTION}.repoUrl in app-config (host?owner=group&repo=project), or ${SECTION}.localRepository. The project never comes from a template.`,
    );
  }
  const configured: GovernanceTarget = {
    repoUrl: settings.repoUrl,
    localRepository: settings.localRepository,
    targetBranch: settings.targetBranch,
    configPath: settings.configPath,
  };
  for (const name of TARGET_INPUTS) {
    const given = input[name];
    if (given === undefined || given === '' || given === configured[name]) {
      continue;
    }
    const setting = configured[name];
    throw new InputError(
      `The ${name} input ${JSON.stringify(
        given,
      )} is refused: the governance project, branch and config path come only from app-config, and ${SECTION}.${name} is ${
        setting === undefined
          ? "not set (the project's default branch is used)"
          : JSON.stringify(setting)
      }. Remove ${name} from the template step.`,
    );
  }
  return { ...configured, configPath: checkConfigPath(configured.configPath) };
}

import { LoggerService } from '@backstage/backend-plugin-api';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { createGitlabClient } from '@ami-governance/backstage-plugin-ami-governance-node';
import { parseRepoUrl } from '@backstage/plugin-scaffolder-node';
import { GovernanceProject } from '../gitlab';
import type { GovernanceTarget } from '../target';
import type { Checkpoint, GovernanceRepository } from './GovernanceRepository';
import { GitlabGovernanceRepository } from './gitlabRepository';
import { LocalGovernanceRepository } from './localRepository';

/** The repository a target names: the local one when configured, else the GitLab project. */
export function openRepository(
  target: GovernanceTarget,
  deps: {
    integrations: ScmIntegrationRegistry;
    logger: LoggerService;
    checkpoint: Checkpoint;
    now: () => Date;
  },
): GovernanceRepository {
  if (target.localRepository) {
    return new LocalGovernanceRepository(target.localRepository, deps);
  }
  const { integrations } = deps;
  const { host, owner, repo, project } = parseRepoUrl(
    target.repoUrl!,
    integrations,
  );
  const path = project ?? `${owner}/${repo}`;
  const client = createGitlabClient({
    integrations,
    host,
    requireToken: true,
  });
  return new GitlabGovernanceRepository(
    new GovernanceProject(client, host, path),
    {
      baseUrl:
        integrations.gitlab.byHost(host)?.config.baseUrl ?? `https://${host}`,
      logger: deps.logger,
      checkpoint: deps.checkpoint,
    },
  );
}

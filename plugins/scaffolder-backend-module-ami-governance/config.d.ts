export interface Config {
  amiGovernance?: {
    /**
     * Where the `ami-governance:exception:request` scaffolder action opens exception merge
     * requests, with the `integrations.gitlab` token of the host. Only these settings decide it: the
     * action's inputs of the same names may only repeat them, any other value is refused.
     */
    exceptionRequests?: {
      /**
       * The governance project, as RepoUrlPicker writes it: `gitlab.com?owner=group&repo=project`.
       * The host needs an `integrations.gitlab` entry whose token has the `api` scope.
       */
      repoUrl?: string;
      /** Branch the merge requests target. Default: the project's default branch. */
      targetBranch?: string;
      /** Path of the governance config in the project. Default: `config/ami_publishers.json`. */
      configPath?: string;
    };
  };
}

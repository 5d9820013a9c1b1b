export interface Config {
  amiGovernance?: {
    /**
     * Where the `ami-governance:exception:request` scaffolder action opens exception merge
     * requests. Each value can be overridden by the action's input of the same name.
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

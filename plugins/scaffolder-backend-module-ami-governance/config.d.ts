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
      /**
       * A git repository on the backend's disk (a work tree or a bare repository), for a portal
       * without GitLab such as `make start`: each request is committed on a new
       * `exception/<ticket>-<accountId>` branch there (the checked-out files are not touched) and
       * recorded, instead of opening a merge request. When set, it is used and `repoUrl` is not.
       */
      localRepository?: string;
      /**
       * Whom requesters should ask when a request cannot be sent because of the set-up (a missing or
       * rejected token, a wrong project), e.g. `the cloud platform team (#cloud-platform)`. The detail
       * goes to the logs. Default: `the portal's administrators`.
       */
      contact?: string;
      /** Branch the merge requests target. Default: the project's default branch. */
      targetBranch?: string;
      /** Path of the governance config in the project. Default: `config/ami_publishers.json`. */
      configPath?: string;
    };
  };
}

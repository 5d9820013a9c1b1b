// Generated from plugins/ami-governance-backend/src/schema/openapi.yaml by `yarn openapi:generate`. Do not edit.
/* eslint-disable */
export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unauthenticated. `degraded` (still 200) when no governance config has ever loaded or the plugin database is unreachable; `reasons` say which, without naming hosts. */
    get: operations['GetHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/publishers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Publishers in the config with exception status as of today (UTC), one page at a time, with counts over the whole config. Exceptions come first, soonest expiry first (expired first), then the ops publisher, vendors and aliases. */
    get: operations['GetPublishers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/allowlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The active allowlist. Answers 304 to an If-None-Match carrying the current ETag. */
    get: operations['GetAllowlist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exceptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GetExceptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exceptions/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GetException'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Both generated documents with their sizes against AWS limits, and every validation finding. */
    get: operations['GetPolicies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organization status from the latest snapshot against what the config generates today. Account lists carry their first 20 entries and a total; /status/accounts pages through them. */
    get: operations['GetStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One page of an account list of the status (ungoverned, matching, differing, unknown). */
    get: operations['GetStatusAccounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/snapshots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Store an organization snapshot (format in docs/backend.md). Services only. The whole snapshot is checked before anything is stored, then stored in one transaction: a refused snapshot (400 naming the JSON path: a control character in any text, a workload report for an account outside the organization, a collection time in the future, a workloads section that leaves out accounts the stored complete collection has without `partial: true`) leaves the previous snapshot and workloads serving. The body is parsed and checked in a worker thread, so the replica taking it keeps answering its readers; 413 when it exceeds `amiGovernance.organization.maxSnapshotSize` or the worker's heap, 415 when its charset is not UTF-8. */
    post: operations['PostSnapshot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exception-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exception requests opened as GitLab merge requests by the scaffolder action, newest first. */
    get: operations['GetExceptionRequests'];
    put?: never;
    /** Records a request, once per merge request; called by the scaffolder action with a service token. Duplicates are decided by content: the same request again (a retried task, two submissions racing) answers the recorded one with 200; a different request under a recorded merge request URL is 409, naming each field that differs. */
    post: operations['PostExceptionRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exception-requests/context': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rules the exception request form applies as you type, from the config the portal reads: today (UTC), the warning window, the organization's cap on durations, the enforcement mode, and for a 12-digit accountId what a request for it would be (refused for the ops publisher or a vendor, an extension of an active exception, a renewal of an expired one, or new). */
    get: operations['GetExceptionRequestContext'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exception-requests/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The merge request an exception request would open, planned against the config the portal reads with the code the scaffolder action runs (no GitLab needed): the entry, the allowlist before and after, the policy sizes against their limits, the approvers, and what it makes allowed. A request the rules refuse answers 200 with `preview.ok` false and the findings, worded as the action words them. The requester is the signed-in user, or the group given in requestedBy. */
    get: operations['GetExceptionRequestPreview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/organization/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The accounts of the newest organization snapshot with the path of their OUs, sorted by name, for the exception request form's suggestions. `available` is false before any snapshot. */
    get: operations['GetOrganizationAccounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What switching allowed_images_settings to `enabled` would block today, from the newest workload collection: the instances and launch template versions whose AMIs the allowlist the config generates today does not allow, by publisher and account, with one page of them; the account-regions whose Allowed AMIs setting differs from their account's effective (deployed) declarative policy (never from the config: Git being ahead of AWS is drift, reported by /status); whether the declarative policy reaches each account (`declarativePolicyReach`: an account it does not reach is blocked by nothing when it becomes `enabled`, and is counted apart, saying whether the SCP already denies those launches today); the accounts and regions that could not be read; with criteria that look past the publisher, the blocked AMIs by the key that refused them (`blockedImages`: too old, deprecated, a name that does not match…). `blocked` keeps its meaning (what the allowlist does not allow). Workloads on an AMI their own account owns are counted apart (`selfOwned`): Allowed AMIs always allows them, the SCP does not exempt them. `coverage` says which accounts of the organization the counts cover: an account not collected or not visible is not counted, so while either count is above zero the blocked counts are a lower bound, never "nothing blocked". Without filters the body is also a readiness report for `ami-governance plan --readiness`, which refuses to take `enabled` to an account missing from `coverage.collectedAccountIds`. With `account`, `coverage` is narrowed to that account. `available` is false before any workloads were collected. */
    get: operations['GetReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** For each provider asked (account ID or owner alias, as /publishers lists them): how many instances and launch template versions of other accounts use its AMIs, in how many accounts, from the newest workload collection; for an exception in force, `atExpiry` says what of that the allowlist blocks the day after it expires (zero when another entry keeps the provider allowed). Workloads on their own account's AMIs are not counted. */
    get: operations['GetUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/impact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What stops being allowed compared with today's allowlist: the allowlist in force `on` a later date (exceptions lapse the day after their expires_on; default the day after the next expiry), or today's without one `publisher` (account ID or owner alias), or both. Counts only workloads today's allowlist allows. Grouped by publisher and account, with one page of the workloads. */
    get: operations['GetImpact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accounts/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One account's standing: its OU path and the policies that govern it (newest organization snapshot), what AWS enforces for it today against what the next apply deploys (`awsAndGit`, in the launch explainer's words, with `until` whenever a date bounds it), what each of its regions enforces and what is wrong with it measured against its effective (deployed) declarative policy (`measuredAgainst`), its workloads that `enabled` would block today (one page), the public AMIs it owns, and its refusals (newest workload collection). 404 when neither knows the account. */
    get: operations['GetAccountStanding'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public-images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public AMIs owned by member accounts, by account and region, from the newest workload collection. block_new_sharing stops new public sharing only: these stay public until their owners make them private. */
    get: operations['GetPublicImages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/images/{imageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One AMI from the lineage graph the workload collections built: its facts (tags, encrypted snapshots, state, creation and deprecation time, public), its chain to the root (id, region, owner, name, date and allowlist standing of each link; `end` says whether it reached a root or was cut: not visible, a cycle, not read), its provenance (golden, golden-derived, foreign, unknown) shown with its owner's allowlist standing, the image compliance rules it fails (image_compliance), where the newest workload collection uses it, and its timeline. */
    get: operations['GetImageLineage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/images/{imageId}/descendants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scope of impact of an AMI: every collected AMI whose chain passes through it, and every instance and launch template version of the newest workload collection that uses it or one of them, with account, region and the AMI's owner; paged, with totals. */
    get: operations['GetImageDescendants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/provenance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per account, the instances and launch templates of the newest workload collection by the provenance of their AMI, the accounts running foreign or unknown images first; organization totals. Filter by account, or keep the accounts running images of one provenance. */
    get: operations['GetProvenance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/explain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Can this account launch this AMI? The verdict of each layer (Allowed AMIs as the account-region applies it: its collected setting, else the account's effective declarative policy; and the AMI guardrail SCP, when it governs the account through its ancestry), the overall answer in one sentence, until when it holds (an exception's expiry) and what to do. Every answer gives both sides apart: `aws`, what AWS enforces today (the deployed policies and the collected regional setting, with when they were collected), and `git`, what the config says as of the date asked (what the next apply deploys: the config's allowlist and mode, attached to policy_config.targets, else the root). When they disagree the sentence says which holds until when and `action` what to do (`wait-for-apply`: no request is needed; `move-off-now`: AWS still honours an exception Git let lapse). An account the organization snapshot does not hold gets `membership: outside` and verdict unknown. Give `imageId` (resolved from the collected workloads) or `owner` (an account ID, amazon or aws-marketplace), and `on` to ask about a later date. Allowed AMIs always allows an account its own AMIs; the SCP does not. */
    get: operations['ExplainLaunch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    Provenance: 'golden' | 'golden-derived' | 'foreign' | 'unknown';
    ProvenanceCounts: {
      golden: components['schemas']['Counts'];
      'golden-derived': components['schemas']['Counts'];
      foreign: components['schemas']['Counts'];
      unknown: components['schemas']['Counts'];
    };
    /** Where the owner stands in the Git config's allowlist on the day asked; `unknown` when the owner is not known (an ancestor the collector cannot see), never "not allowed" by guess. */
    AllowlistStanding: {
      status: 'allowed' | 'not-allowed' | 'unknown';
      reason: string;
      category?: 'ops' | 'vendor' | 'exception' | 'alias';
      path?: string;
      name?: string;
    };
    /** What the Allowed AMIs criteria the Git config generates today say of launching the AMI from an account other than its owner's (name, product codes and age count, not only the owner). */
    ImageCriteriaStanding: {
      status: 'allowed' | 'refused' | 'unknown';
      criterion?: string;
      reason: string;
    };
    LineageLink: {
      imageId: string;
      region?: string;
      visible: boolean;
      ownerId?: string;
      ownerAlias?: string;
      name?: string;
      creationDate?: string;
      allowlist?: components['schemas']['AllowlistStanding'];
    };
    LineageAvailability: {
      available: boolean;
      reason?: string;
      source?: string;
      collectedAt?: string | null;
      collectionError?: string | null;
    };
    ImageLineageAnswer: components['schemas']['LineageAvailability'] & {
      imageId?: string;
      region?: string | null;
      visible?: boolean;
      /** The AMI's facts as last collected (see docs/lineage.md). */
      facts?: {
        [key: string]: unknown;
      };
      chain?: {
        end: 'root' | 'not-visible' | 'cycle' | 'not-read';
        links: components['schemas']['LineageLink'][];
      };
      provenance?: components['schemas']['Provenance'];
      provenanceReason?: string;
      allowlist?: components['schemas']['AllowlistStanding'];
      criteria?: components['schemas']['ImageCriteriaStanding'];
      compliance?: {
        rule: string;
        status: 'fail' | 'unknown';
        message: string;
      }[];
      usage?: components['schemas']['Counts'] | null;
      timeline?: {
        at: string;
        kind:
          | 'first-seen'
          | 'deprecated'
          | 'disabled'
          | 'deregistered'
          | 'made-public'
          | 'provenance-changed';
        detail?: string;
      }[];
    };
    ImageDescendantsAnswer: components['schemas']['LineageAvailability'] & {
      imageId?: string;
      descendants?: string[];
      totals?: {
        images: number;
        instances: number;
        launchTemplates: number;
        /** Distinct accounts running an affected workload. */
        accounts: number;
        /** Distinct AWS regions running an affected workload (not account-regions). */
        regions: number;
      };
      total?: number;
      offset?: number;
      limit?: number;
      items?: {
        kind: 'instance' | 'launch-template';
        id: string;
        accountId: string;
        region: string;
        imageId: string;
        ownerId: string | null;
      }[];
    };
    ProvenanceAnswer: components['schemas']['LineageAvailability'] & {
      organization?: components['schemas']['ProvenanceCounts'];
      /** Workloads on AMIs that fail an image_compliance rule (none configured, none fail). */
      organizationOnFailingImages?: components['schemas']['Counts'];
      /** The image_compliance rules of the config read, or null. */
      complianceRules?: {
        [key: string]: unknown;
      } | null;
      total?: number;
      offset?: number;
      limit?: number;
      items?: {
        accountId: string;
        byProvenance: components['schemas']['ProvenanceCounts'];
        onFailingImages: components['schemas']['Counts'];
        /** Distinct AMIs the account's workloads use. */
        imageCount: number;
        /** The AMIs the account's workloads use, foreign and unknown first, then the most used; at most 100 (imageCount says how many in all). */
        images: {
          imageId: string;
          provenance: components['schemas']['Provenance'];
          failsCompliance: boolean;
          instances: number;
          launchTemplates: number;
        }[];
      }[];
    };
    /** Set when the database is unreachable or too slow: this is the last answer computed before (for /status: the last status), and says so. Never cached by clients (no ETag). */
    Degraded: string;
    Counts: {
      instances: number;
      launchTemplates: number;
    };
    NotedCounts: components['schemas']['Counts'] & {
      note: string;
    };
    WorkloadGeneration: {
      id: number;
      source: string;
      completedAt: string | null;
      /** Accounts the collection holds a report for. */
      accounts: number;
      /** The collection covers only some accounts by intent (a pushed workloads section with `partial: true`); the accounts it leaves out are counted in `coverage.notCollected`. */
      partial: boolean;
    };
    /** Which accounts of the organization a workload answer covers, measured against the ACTIVE accounts of the newest organization snapshot. Account IDs are sorted. Blocked counts say nothing of an account that is not collected: while `notCollected` + `notVisible` is above zero they are a lower bound. */
    Coverage: {
      /** ACTIVE accounts of the newest organization snapshot; null when no organization snapshot is stored, and then `notCollected` is 0 because no account is known to be missing. */
      organizationAccounts: number | null;
      /** Accounts whose workloads the collection read. */
      collected: number;
      /** Accounts the collector tried and was refused (the member role could not be assumed). */
      notVisible: number;
      /** Accounts of the organization that are neither collected nor not visible: joined since, left out of a partial collection, or never reached. */
      notCollected: number;
      collectedAccountIds: string[];
      notVisibleAccountIds: string[];
      notCollectedAccountIds: string[];
      /** The collection served is partial by intent (see WorkloadGeneration.partial). */
      partial: boolean;
    };
    PublisherImpact: {
      /** The AMI owner's account ID. */
      publisher: string;
      ownerAlias?: string;
      instances: number;
      launchTemplates: number;
      accounts: number;
    };
    /** An instance, or a launch template version (id `lt-…:version`) that the next launch uses. */
    Workload: {
      kind: 'instance' | 'launch-template';
      id: string;
      accountId: string;
      region: string;
      imageId: string;
      publisher: string;
      ownerAlias?: string;
      imageName?: string;
      state?: string;
      launchTime?: string;
      /** AWS's own verdict under the account-region's current setting. */
      imageAllowed?: boolean;
      launchTemplateId?: string;
      launchTemplateName?: string;
      version?: number;
      pointers?: ('default' | 'latest')[];
    };
    WorkloadPage: components['schemas']['Page'] & {
      items: components['schemas']['Workload'][];
    };
    /** What /readiness and /impact share once workloads were collected. */
    WorkloadAnswer: {
      degraded?: components['schemas']['Degraded'];
      available: true;
      today?: string;
      configError?: components['schemas']['ConfigError'];
      collectionError?: string | null;
      collectedAt: string | null;
      generation: components['schemas']['WorkloadGeneration'];
      blocked: components['schemas']['Counts'];
      /** Accounts with a blocked workload. */
      accounts: number;
      byPublisher: components['schemas']['PublisherImpact'][];
      byAccount: {
        total: number;
        items: {
          accountId: string;
          instances: number;
          launchTemplates: number;
          publishers: string[];
        }[];
      };
      unresolved: components['schemas']['NotedCounts'];
      selfOwned: components['schemas']['NotedCounts'];
      workloads: components['schemas']['WorkloadPage'];
    };
    /** Which accounts the deployed declarative policy reaches through attachments on their ancestry (newest organization snapshot); for each account it does not reach, what the allowlist would block there (enabled blocks none of it) and whether the SCP already denies those launches today (`all`, `some` or `none` of their publishers). */
    DeclarativePolicyReach: {
      known: boolean;
      reached: number;
      notReached: {
        total: number;
        items: {
          accountId: string;
          name: string;
          scpGoverns: boolean;
          blocked: components['schemas']['Counts'];
          scpDeniesToday: 'all' | 'some' | 'none';
        }[];
      };
      blockedOutsideReach: {
        instances: number;
        launchTemplates: number;
        accounts: number;
      };
      note: string;
    };
    RegionsNotEnforcing: {
      total: number;
      /** Account-regions whose Allowed AMIs setting was read; those not in `total` nor in `unmeasured` report what their account's effective policy sets. */
      read: number;
      /** Account-regions read whose account has no effective declarative policy (none reaches it, or it could not be read): nothing to measure them against. */
      unmeasured?: number;
      measuredAgainst?: 'effective-policy';
      byProblem: {
        notManagedByPolicy: number;
        otherState: number;
        otherCriteria: number;
      };
      items: {
        accountId: string;
        region: string;
        state: string;
        managedBy?: string;
        problems: (
          | 'not-managed-by-policy'
          | 'other-state'
          | 'other-criteria'
        )[];
      }[];
    };
    /** Accounts whose role could not be assumed, or regions that refused (with the AWS error). */
    NotVisibleList: {
      total: number;
      items: {
        accountId: string;
        region?: string;
        code: string;
        message: string;
      }[];
    };
    PublicImage: {
      accountId: string;
      region: string;
      imageId: string;
      name?: string;
      creationDate?: string;
    };
    OrganizationNode: {
      id: string;
      name: string;
      type: 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';
    };
    PolicyGovernance: {
      id: string;
      name: string;
      governs: boolean;
      via: components['schemas']['OrganizationNode'][];
      note?: string;
    } | null;
    LaunchLayers: {
      allowedImages: {
        verdict: 'allowed' | 'not-allowed' | 'audit-only' | 'not-enforced';
        source: 'region-setting' | 'effective-policy' | 'config' | 'none';
        state?: string;
        matched?: string;
        why: string;
      };
      scp: {
        verdict:
          | 'allowed'
          | 'denied'
          | 'not-governed'
          | 'no-launch-guard'
          | 'unknown';
        owner?: string;
        why: string;
      };
    };
    /** One side of a launch answer: `aws` is what AWS enforces today (the deployed policies and the collected regional setting, with when they were collected), `git` what the config says as of the date asked, which is what the next apply deploys. */
    LaunchSide: {
      verdict: 'allowed' | 'audit-only' | 'denied' | 'unknown';
      sentence: string;
      layers?: components['schemas']['LaunchLayers'];
      /** aws only; when the organization snapshot (deployed policies) was collected. */
      collectedAt?: string;
      /** aws only; when the account-region's Allowed AMIs setting was collected. */
      regionCollectedAt?: string;
    };
    /**
     * The recommended action: `wait-for-apply` when Git already allows what AWS does not yet (no request is needed), `move-off-now` when AWS allows only what Git no longer does.
     */
    LaunchAction:
      | 'none'
      | 'move-before-expiry'
      | 'wait-for-apply'
      | 'move-off-now'
      | 'request-exception'
      | 'check-account'
      | 'give-owner';
    /** The exception that bounds a launch answer. */
    LaunchException: {
      account_id: string;
      expires_on: string;
      type?: string;
      /**
       * active on the date asked, or lapsed (expires_on before it).
       */
      state: 'active' | 'lapsed';
    };
    AccountRules: {
      /** The Allowed AMIs state the declarative policy sets for the account, in policy spelling (`audit_mode`, `enabled`, `disabled`); null when no declarative policy reaches it or the one that does sets no state. */
      mode: string | null;
      /** Whether each policy reaches the account (attached on its path to the root). */
      reach: {
        declarativePolicy: boolean;
        scp: boolean;
      };
    };
    /** What AWS enforces for the account today and what the next apply (Git) changes, in the launch explainer's words: launches in the account (the Allowed AMIs mode its effective declarative policy sets, which policies reach it, how many of its regions enforce that policy) and, when Git or a deployed policy names it as a publisher, launches of its AMIs in the accounts the policies govern (as GET /explain answers for that owner). */
    AccountAwsAndGit: {
      /** The standing in a few words: what the next apply changes about its AMIs, else about launches in it, else that AWS enforces what Git says. */
      headline: string;
      /** The date that bounds the publisher answer (the exception's last day, or the day the exception AWS still honours lapsed in Git). Present whenever a date bounds it. */
      until?: string;
      /** What the next apply changes for this account: where the declarative policy or the SCP reaches, the Allowed AMIs mode, or whether its AMIs are in the allowlist AWS enforces. */
      changes: (
        | 'declarative-policy-reach'
        | 'mode'
        | 'scp-reach'
        | 'publisher'
      )[];
      /** Today, from the newest organization snapshot (`collectedAt`) and the account's regional settings in the newest workload collection (`regionsCollectedAt`). Its rules are absent without an organization snapshot. */
      aws: components['schemas']['AccountRules'] & {
        sentence: string;
        collectedAt?: string;
        regionsCollectedAt?: string;
        /** The account's regions read, measured against its effective (deployed) declarative policy: those that do not enforce it, and those with nothing to be measured against. */
        regions?: {
          measured: number;
          notEnforcing: string[];
          unmeasured: number;
        };
      };
      /** What the next apply deploys for the account, as the config says today. */
      git: components['schemas']['AccountRules'] & {
        sentence: string;
      };
      /** The account as a publisher: launches of its AMIs in the accounts the policies govern, AWS today against Git's next apply. Absent when neither Git nor a deployed policy names it. */
      publisher?: {
        verdict: 'allowed' | 'audit-only' | 'denied' | 'unknown';
        headline: string;
        sentence: string;
        action: components['schemas']['LaunchAction'];
        whatToDo: string;
        until?: string;
        exception?: components['schemas']['LaunchException'];
        aws: components['schemas']['LaunchSide'];
        git: components['schemas']['LaunchSide'];
      };
    };
    LaunchExplanation: {
      /**
       * What a launch does today in AWS (`aws.verdict`), or unknown.
       */
      verdict: 'allowed' | 'audit-only' | 'denied' | 'unknown';
      /** The verdict in a few words, naming both sides when they disagree. */
      headline: string;
      sentence: string;
      asOf: string;
      /**
       * The account in the newest organization snapshot; `outside` means nothing can be said, `unknown` that no snapshot was collected.
       */
      membership: 'member' | 'management' | 'outside' | 'unknown';
      aws: components['schemas']['LaunchSide'];
      git: components['schemas']['LaunchSide'];
      action: components['schemas']['LaunchAction'];
      /** The recommended action in words. */
      whatToDo: string;
      accountId: string;
      accountName?: string;
      region?: string;
      imageId?: string;
      owner?: string;
      collectedAt?: string;
      /** The date that bounds the answer: the last day of the exception Git allows it by, or the day the exception AWS still honours lapsed in Git. Present whenever a date bounds it. */
      until?: string;
      exception?: components['schemas']['LaunchException'];
      layers?: components['schemas']['LaunchLayers'];
      nextSteps: ('use-golden-ami' | 'request-exception' | 'give-owner')[];
    };
    AccountStandingResponse: {
      degraded?: components['schemas']['Degraded'];
      available: boolean;
      reason?: string;
      accountId: string;
      inOrganization: boolean;
      name?: string;
      status?: string;
      managementAccount?: boolean;
      path?: components['schemas']['OrganizationNode'][];
      policies?: {
        declarativePolicy: components['schemas']['PolicyGovernance'];
        scp: components['schemas']['PolicyGovernance'];
      };
      awsAndGit?: components['schemas']['AccountAwsAndGit'];
      today?: string;
      configError?: components['schemas']['ConfigError'];
      collectionError?: string | null;
      collectedAt?: string | null;
      generation?: components['schemas']['WorkloadGeneration'];
      /** false when the newest workload collection does not hold the account. */
      collected?: boolean;
      visibility?: {
        visible: boolean;
        error?: {
          code: string;
          message: string;
        };
        refusedRegions: string[];
      };
      regions?: {
        region: string;
        allowedImages?: {
          state: string;
          managedBy: string | null;
          criteria: {
            [key: string]: unknown;
          }[];
        };
        /**
         * What `problems` measure the setting against: the account's effective (deployed) declarative policy, or nothing (none reaches the account: no `problems`).
         */
        measuredAgainst?: 'effective-policy' | 'none';
        problems?: (
          | 'not-managed-by-policy'
          | 'other-state'
          | 'other-criteria'
        )[];
        imageBlockPublicAccess?: {
          state: string;
          managedBy?: string | null;
        };
        error?: {
          code: string;
          message: string;
        };
      }[];
      blocked?: components['schemas']['Counts'];
      accounts?: number;
      byPublisher?: components['schemas']['PublisherImpact'][];
      unresolved?: components['schemas']['NotedCounts'];
      selfOwned?: components['schemas']['NotedCounts'];
      workloads?: components['schemas']['WorkloadPage'];
      publicImages?: {
        total: number;
        items: components['schemas']['PublicImage'][];
      };
    };
    /** Lengths and ranges match the database columns; no string may hold a control character (NUL included). */
    NewExceptionRequestRecord: {
      accountId: string;
      ticket: string;
      exceptionType: 'migration' | 'vendor_poc' | 'emergency';
      expiresOn: string;
      requestedBy: string;
      /** The merge request, or for a local governance repository (host local) the branch as a file URL. */
      mergeRequestUrl: string;
      /** Absent for a local governance repository. */
      mergeRequestIid?: number;
      projectId: string;
      host: string;
      branchName: string;
      state?: 'opened' | 'merged' | 'closed' | 'locked';
    };
    /**
     * A GitLab merge request's state, as its API reports it.
     */
    MergeRequestState: 'opened' | 'merged' | 'closed' | 'locked';
    ExceptionRequestRecord: components['schemas']['NewExceptionRequestRecord'] & {
      state: components['schemas']['MergeRequestState'];
      createdAt: string;
      updatedAt: string;
    };
    /** Set when the latest read of the config failed; the last good config keeps serving. */
    ConfigError: {
      /** Where the config is read from, as readers are shown it: its URL as configured, or a local file's name (never a server path). */
      location: string;
      /** JSON path of the first problem, e.g. exception_accounts[1].expires_on, or (file) when the file could not be read at all. */
      path: string;
      message: string;
      occurredAt: string;
    } | null;
    Page: {
      degraded?: components['schemas']['Degraded'];
      /** Items matching the filters, over all pages. */
      total: number;
      offset: number;
      limit: number;
    };
    ConfigMeta: {
      /** Where the config was read from: its URL as configured, or a local file's name (never a server path). */
      source: string;
      readAt: string | null;
      /** The backend's UTC date (YYYY-MM-DD) when it answered. */
      today: string;
      configError: components['schemas']['ConfigError'];
    };
    /**
     * audit_mode logs launches outside the allowlist; enabled blocks them.
     */
    EnforcementMode: 'audit_mode' | 'enabled';
    PolicyDocumentKind: 'declarativePolicy' | 'scp';
    /**
     * active while expires_on is today or later; expiring when active with at most warningDays left; expired once expires_on has passed.
     */
    ExceptionState: 'active' | 'expiring' | 'expired';
    /** One entry of exception_accounts, as the config writes it. */
    ExceptionEntry: {
      account_id: string;
      expires_on: string;
      reason: string;
      /** migration, vendor_poc or emergency; absent in files written before types. */
      exception_type?: string;
      ticket?: string;
      requested_by?: string;
      requested_on?: string;
      approved_by?: string;
      approval_date?: string;
      notes?: string;
      /** The exception narrowed to the AMIs named so (wildcards * and ?). */
      image_names?: string[];
    };
    ExceptionStatus: {
      state: components['schemas']['ExceptionState'];
      /** Days from today to the expiry date, 0 on the last day, negative once expired. */
      daysRemaining: number;
      /** True for active and expiring, the exception belongs in the allowlist today. */
      inAllowlist: boolean;
    };
    /** One row of the publisher list. alias is an owner alias from policy_config.additional_image_providers. */
    Publisher: {
      provider: string;
      category: 'ops' | 'vendor' | 'exception' | 'alias';
      /** JSON path of the entry in the config file. */
      path: string;
      name?: string;
      description?: string;
      /** Exceptions only. */
      exception?: components['schemas']['ExceptionEntry'] & {
        status: components['schemas']['ExceptionStatus'];
      };
      /** Only its AMIs named so are allowed (image_names, wildcards * and ?); absent, any name. */
      imageNames?: string[];
      /** Only its AMIs carrying one of these AWS Marketplace product codes are allowed. */
      marketplaceProductCodes?: string[];
    };
    /** Over the whole config, whatever the filters. */
    PublisherCounts: {
      all: number;
      ops: number;
      vendor: number;
      exception: number;
      /** Exceptions in the allowlist, expiring ones included. */
      active: number;
      expiring: number;
      expired: number;
      /** Distinct providers allowed today. */
      allowlisted: number;
    };
    PublishersResponse: components['schemas']['ConfigMeta'] &
      components['schemas']['Page'] & {
        counts: components['schemas']['PublisherCounts'];
        enforcementMode: components['schemas']['EnforcementMode'];
        warningDays: number;
        /** The organization's age limits, in every Allowed AMIs criterion; absent when the config sets none (policy_config.max_image_age_days, max_days_since_deprecated). */
        imageAgeLimits?: {
          maxImageAgeDays?: number;
          maxDaysSinceDeprecated?: number;
        };
        publishers: components['schemas']['Publisher'][];
      };
    ExceptionsResponse: components['schemas']['ConfigMeta'] &
      components['schemas']['Page'] & {
        items: components['schemas']['Publisher'][];
      };
    AllowlistResponse: components['schemas']['ConfigMeta'] & {
      providers: string[];
      enforcementMode: components['schemas']['EnforcementMode'];
      version: string;
    };
    /** What a request for the account would be: refused for the ops publisher or a vendor (their AMIs are allowed already), an extension of an active exception, a renewal of an expired one still in the file, or a new exception. */
    AccountRequestStanding:
      | {
          kind: 'new';
          message: string;
        }
      | {
          kind: 'ops' | 'vendor';
          name?: string;
          path: string;
          message: string;
        }
      | {
          kind: 'active-exception' | 'expired-exception';
          /** The current expiry; an extension of an active exception must end after it. */
          expiresOn: string;
          ticket?: string;
          path: string;
          message: string;
        };
    /** What the exception request form needs of the config to apply its rules as you type. */
    ExceptionRequestRules: {
      warningDays: number;
      /** policy_config.max_exception_duration_days, or null when the organization sets none. */
      organizationMaxDays: number | null;
      enforcementMode: components['schemas']['EnforcementMode'];
      /** What a request for accountId would be; null without a 12-digit account ID. */
      account: null | components['schemas']['AccountRequestStanding'];
    };
    PolicySizeChange: {
      kind: components['schemas']['PolicyDocumentKind'];
      title: string;
      fileName: string;
      /** Absent when the current config generates no policy. */
      sizeBefore?: number;
      sizeAfter: number;
      maxSize: number;
    };
    /** The stage that refused the request (config, request, change) and the findings. */
    ExceptionRequestRefused: {
      ok: false;
      stage: 'config' | 'request' | 'change';
      findings: components['schemas']['Finding'][];
    };
    /** The merge request the request opens. */
    ExceptionRequestPlanned: {
      ok: true;
      kind: 'new' | 'extension';
      accountId: string;
      exceptionType: 'migration' | 'vendor_poc' | 'emergency';
      typeTitle: string;
      expiresOn: string;
      durationDays: number;
      maxDays: number;
      /** The cap in words: a migration exception may run at most 90 days. */
      capRule: string;
      /** The expiry of the exception being extended or renewed. */
      previousExpiresOn?: string;
      approvers: string[];
      branchName: string;
      title: string;
      entry: components['schemas']['ExceptionEntry'];
      allowlist: {
        before: number;
        after: number;
        added: string[];
        removed: string[];
      };
      policies: components['schemas']['PolicySizeChange'][];
      enforcementMode: components['schemas']['EnforcementMode'];
      /** What the exception makes allowed, in sentences. */
      effect: string[];
      /** Findings of the result the request did not cause: warnings, and errors already in the file. */
      remaining: components['schemas']['Finding'][];
      /** Housekeeping: other accounts' exceptions whose expiry date has passed, removed from the config by the same change (they fail validation while they stay; they are already out of the allowlist and the policies). Listed apart in the merge request's description. */
      lapsedRemoved: components['schemas']['ExceptionEntry'][];
    };
    /** ok true: the merge request (kind, entry, allowlist, policies, approvers, effect); ok false: the stage that refused (config, request, change) and the findings. */
    ExceptionRequestPreview:
      | components['schemas']['ExceptionRequestRefused']
      | components['schemas']['ExceptionRequestPlanned'];
    OrganizationAccount: {
      id: string;
      name: string;
      /** ACTIVE, SUSPENDED…, when the snapshot says. */
      status?: string;
      /** Its OUs from the root down: Root / Workloads / Payments. */
      ou: string;
      /** The account's tags as the snapshot has them (the catalog module reads an account's owner from one); absent when the snapshot carries none. */
      tags?: {
        [key: string]: string;
      };
    };
    /** available is false before any organization snapshot was stored; reason says so. */
    OrganizationAccountsResponse: components['schemas']['Page'] & {
      available: boolean;
      reason?: string;
      collectedAt?: string;
      /** The organization's ID (o-…) as the snapshot has it. */
      organizationId?: string;
      items: components['schemas']['OrganizationAccount'][];
    } & (
        | {
            available: true;
          }
        | {
            available: false;
          }
      );
    /** One problem found. path is a JSON path into the config (exception_accounts[1].expires_on) or the name of a generated document; message says what is wrong and how to fix it. */
    Finding: {
      severity: 'error' | 'warning';
      code:
        | 'invalid-json'
        | 'schema'
        | 'unknown-key'
        | 'malformed-account-id'
        | 'invalid-date'
        | 'duplicate-account'
        | 'exception-expired'
        | 'exception-expiring'
        | 'exception-duration-exceeded'
        | 'exception-dates-reversed'
        | 'exception-type-missing'
        | 'exception-start-missing'
        | 'creation-guard-excludes-ops-publisher'
        | 'empty-allowlist'
        | 'too-many-providers'
        | 'too-many-criteria'
        | 'policy-size-exceeded'
        | 'allowlist-mismatch'
        | 'policy-out-of-date'
        | 'ineffective-statement'
        | 'policy-wrapped'
        | 'policy-bare-value'
        | 'allowlist-emptied';
      path: string;
      message: string;
    };
    /** One generated document with its size against AWS's limit. */
    GeneratedPolicy: {
      kind: components['schemas']['PolicyDocumentKind'];
      fileName: string;
      document: {
        [key: string]: unknown;
      };
      size: number;
      maxSize: number;
    };
    PoliciesResponse: components['schemas']['ConfigMeta'] & {
      valid: boolean;
      /** Errors first, then warnings. */
      findings: components['schemas']['Finding'][];
      allowlist: string[];
      policies: components['schemas']['GeneratedPolicy'][];
    };
    AccountRef: {
      id: string;
      name: string;
    };
    /** An account whose effective declarative policy differs from the reference. */
    DifferingAccount: components['schemas']['AccountRef'] & {
      missing: string[];
      extra: string[];
      mode?: string;
      expectedMode: string;
      /** Criteria that name no provider, so allow any publisher (when any). */
      unrestrictedCriteria?: string[];
    };
    UnknownAccount: components['schemas']['AccountRef'] & {
      reason: string;
    };
    PolicyAttachment: {
      targetId: string;
      name: string;
      type: 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT';
    };
    /** Which accounts the policy governs through their ancestry. ungoverned holds the first 20 accounts no attachment reaches, ungovernedTotal counts them all. */
    StatusCoverage: {
      totalAccounts: number;
      governedCount: number;
      ungoverned: components['schemas']['AccountRef'][];
      ungovernedTotal: number;
      /** SCPs never restrict the management account, so for the SCP it is never governed. */
      managementAccount: components['schemas']['AccountRef'] & {
        governed: boolean;
        note: string;
      };
    };
    /** One setting compared between Git and AWS; deployed is absent when AWS has none. */
    SettingDrift: {
      expected: string;
      deployed?: string;
      matches: boolean;
    };
    /** The deployed policy's content against what Git generates. */
    PolicyDrift: {
      /** Providers Git allows that the deployed policy lacks. */
      missing: string[];
      /** Providers the deployed policy allows that Git no longer does. */
      extra: string[];
      /** Declarative policy: allowed_images_settings.state. */
      mode?: components['schemas']['SettingDrift'];
      /** Declarative policy: image_block_public_access.state. */
      publicSharing?: components['schemas']['SettingDrift'];
      /** Declarative policy: criteria without providers, which allow any publisher. */
      unrestrictedCriteria?: string[];
      /** Declarative policy: publishers whose AMIs must match something else than deployed (image names, product codes, ages), in words. */
      criteriaChanges?: {
        providers: string[];
        deployed: string;
        expected: string;
      }[];
      /** SCP: the creation guard as Git wants it (null: none), with its exempt accounts. */
      creationGuard?: {
        expected: string[] | null;
        deployed?: string[] | null;
        matches: boolean;
      };
      /** SCP: statements that can never take effect. */
      ineffectiveStatements?: string[];
      /** SCP: true when it has no launch guard, so it lets every publisher through. */
      launchGuardMissing?: boolean;
      /** Set when the deployed content could not be read; then nothing else is known. */
      readError?: string;
      inSync: boolean;
    };
    /** Accounts whose effective declarative policy matches the reference, differs, or is unknown; each list holds its first 20 accounts beside its total. */
    StatusCompliance: {
      /**
       * The deployed policy when readable, else what Git generates.
       */
      comparedWith: 'deployed' | 'git';
      matching: components['schemas']['AccountRef'][];
      differing: components['schemas']['DifferingAccount'][];
      unknown: components['schemas']['UnknownAccount'][];
      matchingTotal: number;
      differingTotal: number;
      unknownTotal: number;
    };
    /** Git is ahead of AWS: the config changed after the deployed policy was generated. not-applied, the change waits for the apply pipeline; not-collected, the snapshot predates the change. */
    GitAhead: {
      state: 'not-applied' | 'not-collected';
      mergedAt: string;
      pipelineUrl?: string;
    };
    /** A policy's status, its account lists cut to their first 20 entries. */
    StatusPolicy: {
      kind: components['schemas']['PolicyDocumentKind'];
      deployed: boolean;
      policyId?: string;
      policyName?: string;
      attachments: components['schemas']['PolicyAttachment'][];
      coverage: components['schemas']['StatusCoverage'];
      /** Absent when the policy is not deployed. */
      drift?: components['schemas']['PolicyDrift'];
      /** Declarative policy only. */
      compliance?: components['schemas']['StatusCompliance'];
      gitAhead?: components['schemas']['GitAhead'];
    };
    StatusOrganization: {
      collectedAt: string;
      stale: boolean;
      managementAccountId: string;
      totalAccounts: number;
      /**
       * in_sync: both policies deployed and matching Git; drifted: any difference; unknown: not enough data.
       */
      verdict: 'in_sync' | 'drifted' | 'unknown';
      policies: {
        declarativePolicy: components['schemas']['StatusPolicy'];
        scp: components['schemas']['StatusPolicy'];
      };
      /** The snapshot's labelled gaps, passed through. */
      collectionErrors: {
        scope: string;
        code?: string;
        message: string;
      }[];
    };
    StatusResponse: {
      /** false when no snapshot has been stored yet or the config never loaded; reason says why. */
      available: boolean;
      reason?: string;
      /** Where the snapshot came from, e.g. file:…, aws, push:…. */
      source?: string;
      receivedAt?: string;
      driftSince?: string | null;
      degraded?: components['schemas']['Degraded'];
      /** Set when the latest collection failed; the last stored snapshot keeps serving. */
      collectionError?: string | null;
      configError: components['schemas']['ConfigError'];
      status?: components['schemas']['StatusOrganization'];
    } & (
      | {
          available: true;
          source: string;
          receivedAt: string;
          driftSince: string | null;
          status: components['schemas']['StatusOrganization'];
        }
      | {
          available: false;
        }
    );
    /** Every workload answer before the first workload collection. */
    WorkloadsUnavailable: {
      available: false;
      reason: string;
      today?: string;
      configError?: components['schemas']['ConfigError'];
      collectionError?: string | null;
    };
  };
  responses: {
    /** An error, in Backstage's error format. */
    ErrorResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            name: string;
            message: string;
          };
        };
      };
    };
  };
  parameters: {
    /** Case-insensitive text to look for (account ID, name, description, ticket, reason). */
    q: string;
    offset: string;
    /** Page size, 1 to 1000; default 50. */
    limit: string;
    /** Page size, 1 to 1000; default 100. */
    publishersLimit: string;
    /** An AMI publisher, as a 12-digit account ID or an owner alias (amazon, aws-marketplace, aws-backup-vault). */
    publisher: string;
    /** A 12-digit account ID whose workloads to keep. */
    account: string;
    /** An AMI ID, e.g. ami-0123456789abcdef0. */
    imageId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  GetHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Ok or degraded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            status: 'ok' | 'degraded';
            reasons?: string[];
          };
        };
      };
    };
  };
  GetPublishers: {
    parameters: {
      query?: {
        /** Case-insensitive text to look for (account ID, name, description, ticket, reason). */
        q?: components['parameters']['q'];
        category?: 'ops' | 'vendor' | 'exception' | 'alias';
        /** Exception state; active includes expiring. */
        state?: 'active' | 'expiring' | 'expired';
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 100. */
        limit?: components['parameters']['publishersLimit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Publishers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishersResponse'];
        };
      };
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetAllowlist: {
    parameters: {
      query?: never;
      header?: {
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Allowlist */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AllowlistResponse'];
        };
      };
      /** Not modified */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetExceptions: {
    parameters: {
      query?: {
        /** active includes expiring (both are in the allowlist). */
        status?: 'active' | 'expiring' | 'expired';
        /** Case-insensitive text to look for (account ID, name, description, ticket, reason). */
        q?: components['parameters']['q'];
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Exceptions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExceptionsResponse'];
        };
      };
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetException: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The exception */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Publisher'];
        };
      };
      400: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetPolicies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Policies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PoliciesResponse'];
        };
      };
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusResponse'];
        };
      };
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetStatusAccounts: {
    parameters: {
      query: {
        policy: 'declarativePolicy' | 'scp';
        list: 'ungoverned' | 'matching' | 'differing' | 'unknown';
        /** Case-insensitive text to look for (account ID, name, description, ticket, reason). */
        q?: components['parameters']['q'];
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Accounts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Page'] & {
            /** ungoverned and matching list accounts; differing adds what differs; unknown adds why. */
            items: (
              | components['schemas']['AccountRef']
              | components['schemas']['DifferingAccount']
              | components['schemas']['UnknownAccount']
            )[];
          };
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  PostSnapshot: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** Stored */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            collectedAt: string;
            accounts: number;
            /** The workload collection stored from the snapshot's workloads section. */
            workloads?: {
              generation: number;
              accounts: number;
              partial: boolean;
            };
          };
        };
      };
      400: components['responses']['ErrorResponse'];
      409: components['responses']['ErrorResponse'];
      413: components['responses']['ErrorResponse'];
      415: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetExceptionRequests: {
    parameters: {
      query?: {
        state?: components['schemas']['MergeRequestState'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Requests */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ExceptionRequestRecord'][];
          };
        };
      };
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  PostExceptionRequest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewExceptionRequestRecord'];
      };
    };
    responses: {
      /** Already recorded with the same content; the recorded request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExceptionRequestRecord'];
        };
      };
      /** Recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExceptionRequestRecord'];
        };
      };
      400: components['responses']['ErrorResponse'];
      409: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetExceptionRequestContext: {
    parameters: {
      query?: {
        accountId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Context */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConfigMeta'] &
            components['schemas']['ExceptionRequestRules'];
        };
      };
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetExceptionRequestPreview: {
    parameters: {
      query: {
        accountId: string;
        exceptionType: string;
        expiresOn?: string;
        durationDays?: string;
        reason?: string;
        ticket?: string;
        notes?: string;
        requestedBy?: string;
        /** Image name patterns the exception is narrowed to (image_names), repeated (`imageNames=a-*&imageNames=b-*`); absent: every AMI of the account. */
        imageNames?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Preview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConfigMeta'] & {
            preview: components['schemas']['ExceptionRequestPreview'];
          };
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetOrganizationAccounts: {
    parameters: {
      query?: {
        /** Case-insensitive text to look for (account ID, name, description, ticket, reason). */
        q?: components['parameters']['q'];
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Accounts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganizationAccountsResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetReadiness: {
    parameters: {
      query?: {
        /** An AMI publisher, as a 12-digit account ID or an owner alias (amazon, aws-marketplace, aws-backup-vault). */
        publisher?: components['parameters']['publisher'];
        /** A 12-digit account ID whose workloads to keep. */
        account?: components['parameters']['account'];
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Readiness */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['WorkloadsUnavailable']
            | (components['schemas']['WorkloadAnswer'] & {
                enforcementMode: 'audit_mode' | 'enabled';
                coverage: components['schemas']['Coverage'];
                regionsNotEnforcing: components['schemas']['RegionsNotEnforcing'];
                declarativePolicyReach?: components['schemas']['DeclarativePolicyReach'];
                /** Present when the config's criteria look past the publisher (image names, product codes, ages) and no account filter is given: the distinct AMIs (region and image) they do not allow, by the key that refused each (the first criterion listing its publisher says which; `providers` when none lists it). `maximumDaysSinceCreated` counts AMIs too old, `maximumDaysSinceDeprecated` AMIs deprecated too long. */
                blockedImages?: {
                  total: number;
                  byReason: {
                    providers?: number;
                    imageNames?: number;
                    marketplaceProductCodes?: number;
                    maximumDaysSinceCreated?: number;
                    maximumDaysSinceDeprecated?: number;
                    'no-criteria'?: number;
                  };
                };
                notVisible: {
                  accounts: components['schemas']['NotVisibleList'];
                  regions: components['schemas']['NotVisibleList'];
                };
              });
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetUsage: {
    parameters: {
      query: {
        /** A provider, repeated once per publisher (1 to 200). */
        provider: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Usage per provider */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['WorkloadsUnavailable']
            | {
                available: true;
                today?: string;
                configError?: components['schemas']['ConfigError'];
                collectionError?: string | null;
                collectedAt: string | null;
                generation: components['schemas']['WorkloadGeneration'];
                items: (components['schemas']['Counts'] & {
                  provider: string;
                  accounts: number;
                  atExpiry?: components['schemas']['Counts'] & {
                    on: string;
                    accounts: number;
                  };
                })[];
              };
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetImpact: {
    parameters: {
      query?: {
        /** A date written YYYY-MM-DD, today or later. */
        on?: string;
        /** An AMI publisher, as a 12-digit account ID or an owner alias (amazon, aws-marketplace, aws-backup-vault). */
        publisher?: components['parameters']['publisher'];
        /** A 12-digit account ID whose workloads to keep. */
        account?: components['parameters']['account'];
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Impact */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['WorkloadsUnavailable']
            | (components['schemas']['WorkloadAnswer'] & {
                on: string;
                nextExpiry: string | null;
                lapsing: {
                  provider: string;
                  expiresOn: string;
                }[];
                publisher?: {
                  provider: string;
                  inAllowlistToday: boolean;
                };
              });
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetAccountStanding: {
    parameters: {
      query?: {
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountStandingResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetPublicImages: {
    parameters: {
      query?: {
        /** A 12-digit account ID whose workloads to keep. */
        account?: components['parameters']['account'];
        region?: string;
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Public AMIs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Page'] & {
            available: boolean;
            reason?: string;
            collectedAt?: string | null;
            collectionError?: string | null;
            note?: string;
            items: components['schemas']['PublicImage'][];
          };
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetImageLineage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** An AMI ID, e.g. ami-0123456789abcdef0. */
        imageId: components['parameters']['imageId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The AMI's lineage */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImageLineageAnswer'];
        };
      };
      400: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetImageDescendants: {
    parameters: {
      query?: {
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path: {
        /** An AMI ID, e.g. ami-0123456789abcdef0. */
        imageId: components['parameters']['imageId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The scope of impact */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImageDescendantsAnswer'];
        };
      };
      400: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  GetProvenance: {
    parameters: {
      query?: {
        /** A 12-digit account ID whose workloads to keep. */
        account?: components['parameters']['account'];
        provenance?: 'golden' | 'golden-derived' | 'foreign' | 'unknown';
        offset?: components['parameters']['offset'];
        /** Page size, 1 to 1000; default 50. */
        limit?: components['parameters']['limit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Provenance per account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProvenanceAnswer'];
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
  ExplainLaunch: {
    parameters: {
      query: {
        /** The 12-digit AWS account ID that launches. */
        accountId: string;
        region?: string;
        /** The AMI ID; give it or `owner`. */
        imageId?: string;
        /** The AMI owner (account ID, amazon or aws-marketplace); give it or `imageId`. */
        owner?: string;
        /** Answer for this UTC date (YYYY-MM-DD), today or later. */
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The explanation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LaunchExplanation'];
        };
      };
      400: components['responses']['ErrorResponse'];
      503: components['responses']['ErrorResponse'];
      default: components['responses']['ErrorResponse'];
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null
      ? Extract<T[K], unknown[]>[number]
      : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const pathsHealthGetResponses200ContentApplicationJsonStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/health']['get']['responses']['200']['content']['application/json']['status']
> = ['ok', 'degraded'];
export const pathsPublishersGetParametersQueryCategoryValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/publishers']['get']['parameters']['query']['category']
> = ['ops', 'vendor', 'exception', 'alias'];
export const pathsPublishersGetParametersQueryStateValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/publishers']['get']['parameters']['query']['state']
> = ['active', 'expiring', 'expired'];
export const pathsExceptionsGetParametersQueryStatusValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/exceptions']['get']['parameters']['query']['status']
> = ['active', 'expiring', 'expired'];
export const pathsStatusAccountsGetParametersQueryPolicyValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/status/accounts']['get']['parameters']['query']['policy']
> = ['declarativePolicy', 'scp'];
export const pathsStatusAccountsGetParametersQueryListValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/status/accounts']['get']['parameters']['query']['list']
> = ['ungoverned', 'matching', 'differing', 'unknown'];
export const pathsReadinessGetResponses200ContentApplicationJsonOneOf1EnforcementModeValues: ReadonlyArray<
  Extract<
    FlattenedDeepRequired<paths>['/readiness']['get']['responses']['200']['content']['application/json'],
    {
      enforcementMode: unknown;
    }
  >['enforcementMode']
> = ['audit_mode', 'enabled'];
export const pathsProvenanceGetParametersQueryProvenanceValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/provenance']['get']['parameters']['query']['provenance']
> = ['golden', 'golden-derived', 'foreign', 'unknown'];
export const provenanceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Provenance']
> = ['golden', 'golden-derived', 'foreign', 'unknown'];
export const allowlistStandingStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AllowlistStanding']['status']
> = ['allowed', 'not-allowed', 'unknown'];
export const allowlistStandingCategoryValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AllowlistStanding']['category']
> = ['ops', 'vendor', 'exception', 'alias'];
export const imageCriteriaStandingStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImageCriteriaStanding']['status']
> = ['allowed', 'refused', 'unknown'];
export const imageLineageAnswerChainEndValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImageLineageAnswer']['chain']['end']
> = ['root', 'not-visible', 'cycle', 'not-read'];
export const imageLineageAnswerComplianceStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImageLineageAnswer']['compliance']['status']
> = ['fail', 'unknown'];
export const imageLineageAnswerTimelineKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImageLineageAnswer']['timeline']['kind']
> = [
  'first-seen',
  'deprecated',
  'disabled',
  'deregistered',
  'made-public',
  'provenance-changed',
];
export const imageDescendantsAnswerItemsKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImageDescendantsAnswer']['items']['kind']
> = ['instance', 'launch-template'];
export const workloadKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Workload']['kind']
> = ['instance', 'launch-template'];
export const workloadPointersValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Workload']['pointers']
> = ['default', 'latest'];
export const declarativePolicyReachNotReachedItemsScpDeniesTodayValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['DeclarativePolicyReach']['notReached']['items']['scpDeniesToday']
> = ['all', 'some', 'none'];
export const regionsNotEnforcingMeasuredAgainstValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegionsNotEnforcing']['measuredAgainst']
> = ['effective-policy'];
export const regionsNotEnforcingItemsProblemsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RegionsNotEnforcing']['items']['problems']
> = ['not-managed-by-policy', 'other-state', 'other-criteria'];
export const organizationNodeTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['OrganizationNode']['type']
> = ['ROOT', 'ORGANIZATIONAL_UNIT', 'ACCOUNT'];
export const launchLayersAllowedImagesVerdictValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchLayers']['allowedImages']['verdict']
> = ['allowed', 'not-allowed', 'audit-only', 'not-enforced'];
export const launchLayersAllowedImagesSourceValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchLayers']['allowedImages']['source']
> = ['region-setting', 'effective-policy', 'config', 'none'];
export const launchLayersScpVerdictValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchLayers']['scp']['verdict']
> = ['allowed', 'denied', 'not-governed', 'no-launch-guard', 'unknown'];
export const launchSideVerdictValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchSide']['verdict']
> = ['allowed', 'audit-only', 'denied', 'unknown'];
export const launchActionValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchAction']
> = [
  'none',
  'move-before-expiry',
  'wait-for-apply',
  'move-off-now',
  'request-exception',
  'check-account',
  'give-owner',
];
export const launchExceptionStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchException']['state']
> = ['active', 'lapsed'];
export const accountAwsAndGitChangesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AccountAwsAndGit']['changes']
> = ['declarative-policy-reach', 'mode', 'scp-reach', 'publisher'];
export const accountAwsAndGitPublisherVerdictValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AccountAwsAndGit']['publisher']['verdict']
> = ['allowed', 'audit-only', 'denied', 'unknown'];
export const launchExplanationVerdictValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchExplanation']['verdict']
> = ['allowed', 'audit-only', 'denied', 'unknown'];
export const launchExplanationMembershipValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchExplanation']['membership']
> = ['member', 'management', 'outside', 'unknown'];
export const launchExplanationNextStepsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LaunchExplanation']['nextSteps']
> = ['use-golden-ami', 'request-exception', 'give-owner'];
export const accountStandingResponseRegionsMeasuredAgainstValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AccountStandingResponse']['regions']['measuredAgainst']
> = ['effective-policy', 'none'];
export const accountStandingResponseRegionsProblemsValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AccountStandingResponse']['regions']['problems']
> = ['not-managed-by-policy', 'other-state', 'other-criteria'];
export const newExceptionRequestRecordExceptionTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NewExceptionRequestRecord']['exceptionType']
> = ['migration', 'vendor_poc', 'emergency'];
export const newExceptionRequestRecordStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['NewExceptionRequestRecord']['state']
> = ['opened', 'merged', 'closed', 'locked'];
export const mergeRequestStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['MergeRequestState']
> = ['opened', 'merged', 'closed', 'locked'];
export const enforcementModeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['EnforcementMode']
> = ['audit_mode', 'enabled'];
export const policyDocumentKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PolicyDocumentKind']
> = ['declarativePolicy', 'scp'];
export const exceptionStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ExceptionState']
> = ['active', 'expiring', 'expired'];
export const publisherCategoryValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Publisher']['category']
> = ['ops', 'vendor', 'exception', 'alias'];
export const accountRequestStandingOneOf1KindValues: ReadonlyArray<
  Extract<
    FlattenedDeepRequired<components>['schemas']['AccountRequestStanding'],
    {
      kind: unknown;
    }
  >['kind']
> = ['ops', 'vendor'];
export const accountRequestStandingOneOf2KindValues: ReadonlyArray<
  Extract<
    FlattenedDeepRequired<components>['schemas']['AccountRequestStanding'],
    {
      kind: unknown;
    }
  >['kind']
> = ['active-exception', 'expired-exception'];
export const exceptionRequestRefusedStageValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ExceptionRequestRefused']['stage']
> = ['config', 'request', 'change'];
export const exceptionRequestPlannedKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ExceptionRequestPlanned']['kind']
> = ['new', 'extension'];
export const exceptionRequestPlannedExceptionTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ExceptionRequestPlanned']['exceptionType']
> = ['migration', 'vendor_poc', 'emergency'];
export const findingSeverityValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Finding']['severity']
> = ['error', 'warning'];
export const findingCodeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['Finding']['code']
> = [
  'invalid-json',
  'schema',
  'unknown-key',
  'malformed-account-id',
  'invalid-date',
  'duplicate-account',
  'exception-expired',
  'exception-expiring',
  'exception-duration-exceeded',
  'exception-dates-reversed',
  'exception-type-missing',
  'exception-start-missing',
  'creation-guard-excludes-ops-publisher',
  'empty-allowlist',
  'too-many-providers',
  'too-many-criteria',
  'policy-size-exceeded',
  'allowlist-mismatch',
  'policy-out-of-date',
  'ineffective-statement',
  'policy-wrapped',
  'policy-bare-value',
  'allowlist-emptied',
];
export const policyAttachmentTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PolicyAttachment']['type']
> = ['ROOT', 'ORGANIZATIONAL_UNIT', 'ACCOUNT'];
export const statusComplianceComparedWithValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['StatusCompliance']['comparedWith']
> = ['deployed', 'git'];
export const gitAheadStateValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['GitAhead']['state']
> = ['not-applied', 'not-collected'];
export const statusOrganizationVerdictValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['StatusOrganization']['verdict']
> = ['in_sync', 'drifted', 'unknown'];

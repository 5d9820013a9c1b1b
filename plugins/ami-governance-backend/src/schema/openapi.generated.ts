// Generated from plugins/ami-governance-backend/src/schema/openapi.yaml by `yarn openapi:generate`. Do not edit.
export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'ami-governance',
    version: '1',
    description:
      "AMI governance: the AMI publisher allowlist from the governance config, exception status, the two generated AWS Organizations policies, and what AWS has deployed (attachment, coverage, drift, compliance), and what the policies do to the workloads of every member account (readiness, impact, account standing, public AMIs). Every read needs a signed-in user or a service and the permission ami-governance.status.read; POST /snapshots needs a service and ami-governance.snapshot.create. When the plugin's database is unreachable, fails or does not answer within `amiGovernance.database.timeout` (3 s), a read answers the last answer this server gave to the same request (method and URL) with `degraded` set and no ETag, or 503 when it kept none; no answer names the database's host, port or SQL (the backend's log has the cause).\n",
    license: {
      name: 'Apache-2.0',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  paths: {
    '/health': {
      get: {
        operationId: 'GetHealth',
        description:
          'Unauthenticated. `degraded` (still 200) when no governance config has ever loaded or the plugin database is unreachable; `reasons` say which, without naming hosts.\n',
        responses: {
          '200': {
            description: 'Ok or degraded',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok', 'degraded'],
                    },
                    reasons: {
                      type: 'array',
                      items: {
                        type: 'string',
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/publishers': {
      get: {
        operationId: 'GetPublishers',
        description:
          'Publishers in the config with exception status as of today (UTC), one page at a time, with counts over the whole config. Exceptions come first, soonest expiry first (expired first), then the ops publisher, vendors and aliases.\n',
        parameters: [
          {
            $ref: '#/components/parameters/q',
          },
          {
            name: 'category',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['ops', 'vendor', 'exception', 'alias'],
            },
          },
          {
            name: 'state',
            in: 'query',
            required: false,
            description: 'Exception state; active includes expiring.',
            schema: {
              type: 'string',
              enum: ['active', 'expiring', 'expired'],
            },
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/publishersLimit',
          },
        ],
        responses: {
          '200': {
            description: 'Publishers',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PublishersResponse',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/allowlist': {
      get: {
        operationId: 'GetAllowlist',
        description:
          'The active allowlist. Answers 304 to an If-None-Match carrying the current ETag.',
        parameters: [
          {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'Allowlist',
            headers: {
              ETag: {
                schema: {
                  type: 'string',
                },
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AllowlistResponse',
                },
              },
            },
          },
          '304': {
            description: 'Not modified',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/exceptions': {
      get: {
        operationId: 'GetExceptions',
        parameters: [
          {
            name: 'status',
            in: 'query',
            required: false,
            description:
              'active includes expiring (both are in the allowlist).',
            schema: {
              type: 'string',
              enum: ['active', 'expiring', 'expired'],
            },
          },
          {
            $ref: '#/components/parameters/q',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Exceptions',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ExceptionsResponse',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/exceptions/{accountId}': {
      get: {
        operationId: 'GetException',
        parameters: [
          {
            name: 'accountId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The exception',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Publisher',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/policies': {
      get: {
        operationId: 'GetPolicies',
        description:
          'Both generated documents with their sizes against AWS limits, and every validation finding.',
        responses: {
          '200': {
            description: 'Policies',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/PoliciesResponse',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/status': {
      get: {
        operationId: 'GetStatus',
        description:
          'Organization status from the latest snapshot against what the config generates today. Account lists carry their first 20 entries and a total; /status/accounts pages through them.\n',
        responses: {
          '200': {
            description: 'Status',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/StatusResponse',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/status/accounts': {
      get: {
        operationId: 'GetStatusAccounts',
        description:
          'One page of an account list of the status (ungoverned, matching, differing, unknown).',
        parameters: [
          {
            name: 'policy',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              enum: ['declarativePolicy', 'scp'],
            },
          },
          {
            name: 'list',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              enum: ['ungoverned', 'matching', 'differing', 'unknown'],
            },
          },
          {
            $ref: '#/components/parameters/q',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Accounts',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/Page',
                    },
                    {
                      type: 'object',
                      required: ['items'],
                      properties: {
                        items: {
                          type: 'array',
                          description:
                            'ungoverned and matching list accounts; differing adds what differs; unknown adds why.\n',
                          items: {
                            anyOf: [
                              {
                                $ref: '#/components/schemas/AccountRef',
                              },
                              {
                                $ref: '#/components/schemas/DifferingAccount',
                              },
                              {
                                $ref: '#/components/schemas/UnknownAccount',
                              },
                            ],
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/snapshots': {
      post: {
        operationId: 'PostSnapshot',
        description:
          "Store an organization snapshot (format in docs/backend.md). Services only. The whole snapshot is checked before anything is stored, then stored in one transaction: a refused snapshot (400 naming the JSON path: a control character in any text, a workload report for an account outside the organization, a collection time in the future, a workloads section that leaves out accounts the stored complete collection has without `partial: true`) leaves the previous snapshot and workloads serving. The body is parsed and checked in a worker thread, so the replica taking it keeps answering its readers; 413 when it exceeds `amiGovernance.organization.maxSnapshotSize` or the worker's heap, 415 when its charset is not UTF-8.\n",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: [
                  'version',
                  'collectedAt',
                  'organization',
                  'accounts',
                  'policies',
                ],
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Stored',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['id', 'collectedAt', 'accounts'],
                  properties: {
                    id: {
                      type: 'integer',
                    },
                    collectedAt: {
                      type: 'string',
                    },
                    accounts: {
                      type: 'integer',
                    },
                    workloads: {
                      type: 'object',
                      description:
                        "The workload collection stored from the snapshot's workloads section.",
                      required: ['generation', 'accounts', 'partial'],
                      properties: {
                        generation: {
                          type: 'integer',
                        },
                        accounts: {
                          type: 'integer',
                        },
                        partial: {
                          type: 'boolean',
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '413': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '415': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/exception-requests': {
      get: {
        operationId: 'GetExceptionRequests',
        description:
          'Exception requests opened as GitLab merge requests by the scaffolder action, newest first.',
        parameters: [
          {
            name: 'state',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/MergeRequestState',
            },
          },
        ],
        responses: {
          '200': {
            description: 'Requests',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ExceptionRequestRecord',
                      },
                    },
                  },
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'PostExceptionRequest',
        description:
          'Records a request, once per merge request; called by the scaffolder action with a service token. Duplicates are decided by content: the same request again (a retried task, two submissions racing) answers the recorded one with 200; a different request under a recorded merge request URL is 409, naming each field that differs.\n',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/NewExceptionRequestRecord',
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'Already recorded with the same content; the recorded request.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ExceptionRequestRecord',
                },
              },
            },
          },
          '201': {
            description: 'Recorded',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ExceptionRequestRecord',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '409': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/exception-requests/context': {
      get: {
        operationId: 'GetExceptionRequestContext',
        description:
          "The rules the exception request form applies as you type, from the config the portal reads: today (UTC), the warning window, the organization's cap on durations, the enforcement mode, and for a 12-digit accountId what a request for it would be (refused for the ops publisher or a vendor, an extension of an active exception, a renewal of an expired one, or new).\n",
        parameters: [
          {
            name: 'accountId',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
        ],
        responses: {
          '200': {
            description: 'Context',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/ConfigMeta',
                    },
                    {
                      $ref: '#/components/schemas/ExceptionRequestRules',
                    },
                  ],
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/exception-requests/preview': {
      get: {
        operationId: 'GetExceptionRequestPreview',
        description:
          'The merge request an exception request would open, planned against the config the portal reads with the code the scaffolder action runs (no GitLab needed): the entry, the allowlist before and after, the policy sizes against their limits, the approvers, and what it makes allowed. A request the rules refuse answers 200 with `preview.ok` false and the findings, worded as the action words them. The requester is the signed-in user, or the group given in requestedBy.\n',
        parameters: [
          {
            name: 'accountId',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            name: 'exceptionType',
            in: 'query',
            required: true,
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            name: 'expiresOn',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            name: 'durationDays',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              pattern: '^[0-9]{1,4}$',
            },
          },
          {
            name: 'reason',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 2000,
            },
          },
          {
            name: 'ticket',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 100,
            },
          },
          {
            name: 'notes',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 2000,
            },
          },
          {
            name: 'requestedBy',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'imageNames',
            in: 'query',
            required: false,
            description:
              'Image name patterns the exception is narrowed to (image_names), repeated (`imageNames=a-*&imageNames=b-*`); absent: every AMI of the account.\n',
            style: 'form',
            explode: true,
            allowReserved: true,
            schema: {
              type: 'array',
              maxItems: 60,
              items: {
                type: 'string',
                maxLength: 200,
              },
            },
          },
        ],
        responses: {
          '200': {
            description: 'Preview',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/ConfigMeta',
                    },
                    {
                      type: 'object',
                      required: ['preview'],
                      properties: {
                        preview: {
                          $ref: '#/components/schemas/ExceptionRequestPreview',
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/organization/accounts': {
      get: {
        operationId: 'GetOrganizationAccounts',
        description:
          "The accounts of the newest organization snapshot with the path of their OUs, sorted by name, for the exception request form's suggestions. `available` is false before any snapshot.\n",
        parameters: [
          {
            $ref: '#/components/parameters/q',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Accounts',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OrganizationAccountsResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/readiness': {
      get: {
        operationId: 'GetReadiness',
        description:
          'What switching allowed_images_settings to `enabled` would block today, from the newest workload collection: the instances and launch template versions whose AMIs the allowlist the config generates today does not allow, by publisher and account, with one page of them; the account-regions whose Allowed AMIs setting differs from their account\'s effective (deployed) declarative policy (never from the config: Git being ahead of AWS is drift, reported by /status); whether the declarative policy reaches each account (`declarativePolicyReach`: an account it does not reach is blocked by nothing when it becomes `enabled`, and is counted apart, saying whether the SCP already denies those launches today); the accounts and regions that could not be read; with criteria that look past the publisher, the blocked AMIs by the key that refused them (`blockedImages`: too old, deprecated, a name that does not match…). `blocked` keeps its meaning (what the allowlist does not allow). Workloads on an AMI their own account owns are counted apart (`selfOwned`): Allowed AMIs always allows them, the SCP does not exempt them. `coverage` says which accounts of the organization the counts cover: an account not collected or not visible is not counted, so while either count is above zero the blocked counts are a lower bound, never "nothing blocked". Without filters the body is also a readiness report for `ami-governance plan --readiness`, which refuses to take `enabled` to an account missing from `coverage.collectedAccountIds`. With `account`, `coverage` is narrowed to that account. `available` is false before any workloads were collected.\n',
        parameters: [
          {
            $ref: '#/components/parameters/publisher',
          },
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Readiness',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      $ref: '#/components/schemas/WorkloadsUnavailable',
                    },
                    {
                      allOf: [
                        {
                          $ref: '#/components/schemas/WorkloadAnswer',
                        },
                        {
                          type: 'object',
                          properties: {
                            enforcementMode: {
                              type: 'string',
                              enum: ['audit_mode', 'enabled'],
                            },
                            coverage: {
                              $ref: '#/components/schemas/Coverage',
                            },
                            regionsNotEnforcing: {
                              $ref: '#/components/schemas/RegionsNotEnforcing',
                            },
                            declarativePolicyReach: {
                              $ref: '#/components/schemas/DeclarativePolicyReach',
                            },
                            blockedImages: {
                              type: 'object',
                              description:
                                "Present when the config's criteria look past the publisher (image names, product codes, ages) and no account filter is given: the distinct AMIs (region and image) they do not allow, by the key that refused each (the first criterion listing its publisher says which; `providers` when none lists it). `maximumDaysSinceCreated` counts AMIs too old, `maximumDaysSinceDeprecated` AMIs deprecated too long.\n",
                              required: ['total', 'byReason'],
                              properties: {
                                total: {
                                  type: 'integer',
                                },
                                byReason: {
                                  type: 'object',
                                  properties: {
                                    providers: {
                                      type: 'integer',
                                    },
                                    imageNames: {
                                      type: 'integer',
                                    },
                                    marketplaceProductCodes: {
                                      type: 'integer',
                                    },
                                    maximumDaysSinceCreated: {
                                      type: 'integer',
                                    },
                                    maximumDaysSinceDeprecated: {
                                      type: 'integer',
                                    },
                                    'no-criteria': {
                                      type: 'integer',
                                    },
                                  },
                                },
                              },
                            },
                            notVisible: {
                              type: 'object',
                              required: ['accounts', 'regions'],
                              properties: {
                                accounts: {
                                  $ref: '#/components/schemas/NotVisibleList',
                                },
                                regions: {
                                  $ref: '#/components/schemas/NotVisibleList',
                                },
                              },
                            },
                          },
                          required: [
                            'enforcementMode',
                            'coverage',
                            'regionsNotEnforcing',
                            'notVisible',
                          ],
                        },
                      ],
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/usage': {
      get: {
        operationId: 'GetUsage',
        description:
          "For each provider asked (account ID or owner alias, as /publishers lists them): how many instances and launch template versions of other accounts use its AMIs, in how many accounts, from the newest workload collection; for an exception in force, `atExpiry` says what of that the allowlist blocks the day after it expires (zero when another entry keeps the provider allowed). Workloads on their own account's AMIs are not counted.\n",
        parameters: [
          {
            name: 'provider',
            in: 'query',
            required: true,
            style: 'form',
            explode: true,
            description: 'A provider, repeated once per publisher (1 to 200).',
            schema: {
              type: 'array',
              minItems: 1,
              maxItems: 200,
              items: {
                type: 'string',
                maxLength: 32,
              },
            },
          },
        ],
        responses: {
          '200': {
            description: 'Usage per provider',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      $ref: '#/components/schemas/WorkloadsUnavailable',
                    },
                    {
                      type: 'object',
                      required: [
                        'available',
                        'collectedAt',
                        'generation',
                        'items',
                      ],
                      properties: {
                        available: {
                          const: true,
                        },
                        today: {
                          type: 'string',
                        },
                        configError: {
                          $ref: '#/components/schemas/ConfigError',
                        },
                        collectionError: {
                          type: ['string', 'null'],
                        },
                        collectedAt: {
                          type: ['string', 'null'],
                        },
                        generation: {
                          $ref: '#/components/schemas/WorkloadGeneration',
                        },
                        items: {
                          type: 'array',
                          items: {
                            allOf: [
                              {
                                $ref: '#/components/schemas/Counts',
                              },
                              {
                                type: 'object',
                                required: ['provider', 'accounts'],
                                properties: {
                                  provider: {
                                    type: 'string',
                                  },
                                  accounts: {
                                    type: 'integer',
                                  },
                                  atExpiry: {
                                    allOf: [
                                      {
                                        $ref: '#/components/schemas/Counts',
                                      },
                                      {
                                        type: 'object',
                                        required: ['on', 'accounts'],
                                        properties: {
                                          on: {
                                            type: 'string',
                                          },
                                          accounts: {
                                            type: 'integer',
                                          },
                                        },
                                      },
                                    ],
                                  },
                                },
                              },
                            ],
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/impact': {
      get: {
        operationId: 'GetImpact',
        description:
          "What stops being allowed compared with today's allowlist: the allowlist in force `on` a later date (exceptions lapse the day after their expires_on; default the day after the next expiry), or today's without one `publisher` (account ID or owner alias), or both. Counts only workloads today's allowlist allows. Grouped by publisher and account, with one page of the workloads.\n",
        parameters: [
          {
            name: 'on',
            in: 'query',
            required: false,
            description: 'A date written YYYY-MM-DD, today or later.',
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            $ref: '#/components/parameters/publisher',
          },
          {
            $ref: '#/components/parameters/account',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Impact',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      $ref: '#/components/schemas/WorkloadsUnavailable',
                    },
                    {
                      allOf: [
                        {
                          $ref: '#/components/schemas/WorkloadAnswer',
                        },
                        {
                          type: 'object',
                          properties: {
                            on: {
                              type: 'string',
                            },
                            nextExpiry: {
                              type: ['string', 'null'],
                            },
                            lapsing: {
                              type: 'array',
                              items: {
                                type: 'object',
                                required: ['provider', 'expiresOn'],
                                properties: {
                                  provider: {
                                    type: 'string',
                                  },
                                  expiresOn: {
                                    type: 'string',
                                  },
                                },
                              },
                            },
                            publisher: {
                              type: 'object',
                              required: ['provider', 'inAllowlistToday'],
                              properties: {
                                provider: {
                                  type: 'string',
                                },
                                inAllowlistToday: {
                                  type: 'boolean',
                                },
                              },
                            },
                          },
                          required: ['on', 'nextExpiry', 'lapsing'],
                        },
                      ],
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/accounts/{accountId}': {
      get: {
        operationId: 'GetAccountStanding',
        description:
          "One account's standing: its OU path and the policies that govern it (newest organization snapshot), what AWS enforces for it today against what the next apply deploys (`awsAndGit`, in the launch explainer's words, with `until` whenever a date bounds it), what each of its regions enforces and what is wrong with it measured against its effective (deployed) declarative policy (`measuredAgainst`), its workloads that `enabled` would block today (one page), the public AMIs it owns, and its refusals (newest workload collection). 404 when neither knows the account.\n",
        parameters: [
          {
            name: 'accountId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'The account',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AccountStandingResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/public-images': {
      get: {
        operationId: 'GetPublicImages',
        description:
          'Public AMIs owned by member accounts, by account and region, from the newest workload collection. block_new_sharing stops new public sharing only: these stay public until their owners make them private.\n',
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            name: 'region',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Public AMIs',
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/Page',
                    },
                    {
                      type: 'object',
                      required: ['available', 'items'],
                      properties: {
                        available: {
                          type: 'boolean',
                        },
                        reason: {
                          type: 'string',
                        },
                        collectedAt: {
                          type: ['string', 'null'],
                        },
                        collectionError: {
                          type: ['string', 'null'],
                        },
                        note: {
                          type: 'string',
                        },
                        items: {
                          type: 'array',
                          items: {
                            $ref: '#/components/schemas/PublicImage',
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/images/{imageId}': {
      get: {
        operationId: 'GetImageLineage',
        description:
          "One AMI from the lineage graph the workload collections built: its facts (tags, encrypted snapshots, state, creation and deprecation time, public), its chain to the root (id, region, owner, name, date and allowlist standing of each link; `end` says whether it reached a root or was cut: not visible, a cycle, not read), its provenance (golden, golden-derived, foreign, unknown) shown with its owner's allowlist standing, the image compliance rules it fails (image_compliance), where the newest workload collection uses it, and its timeline.\n",
        parameters: [
          {
            $ref: '#/components/parameters/imageId',
          },
        ],
        responses: {
          '200': {
            description: "The AMI's lineage",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ImageLineageAnswer',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/images/{imageId}/descendants': {
      get: {
        operationId: 'GetImageDescendants',
        description:
          "The scope of impact of an AMI: every collected AMI whose chain passes through it, and every instance and launch template version of the newest workload collection that uses it or one of them, with account, region and the AMI's owner; paged, with totals.\n",
        parameters: [
          {
            $ref: '#/components/parameters/imageId',
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'The scope of impact',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ImageDescendantsAnswer',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '404': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/provenance': {
      get: {
        operationId: 'GetProvenance',
        description:
          'Per account, the instances and launch templates of the newest workload collection by the provenance of their AMI, the accounts running foreign or unknown images first; organization totals. Filter by account, or keep the accounts running images of one provenance.\n',
        parameters: [
          {
            $ref: '#/components/parameters/account',
          },
          {
            name: 'provenance',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['golden', 'golden-derived', 'foreign', 'unknown'],
            },
          },
          {
            $ref: '#/components/parameters/offset',
          },
          {
            $ref: '#/components/parameters/limit',
          },
        ],
        responses: {
          '200': {
            description: 'Provenance per account',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ProvenanceAnswer',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/explain': {
      get: {
        operationId: 'ExplainLaunch',
        description:
          "Can this account launch this AMI? The verdict of each layer (Allowed AMIs as the account-region applies it: its collected setting, else the account's effective declarative policy; and the AMI guardrail SCP, when it governs the account through its ancestry), the overall answer in one sentence, until when it holds (an exception's expiry) and what to do. Every answer gives both sides apart: `aws`, what AWS enforces today (the deployed policies and the collected regional setting, with when they were collected), and `git`, what the config says as of the date asked (what the next apply deploys: the config's allowlist and mode, attached to policy_config.targets, else the root). When they disagree the sentence says which holds until when and `action` what to do (`wait-for-apply`: no request is needed; `move-off-now`: AWS still honours an exception Git let lapse). An account the organization snapshot does not hold gets `membership: outside` and verdict unknown. Give `imageId` (resolved from the collected workloads) or `owner` (an account ID, amazon or aws-marketplace), and `on` to ask about a later date. Allowed AMIs always allows an account its own AMIs; the SCP does not.\n",
        parameters: [
          {
            name: 'accountId',
            in: 'query',
            required: true,
            description: 'The 12-digit AWS account ID that launches.',
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            name: 'region',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            name: 'imageId',
            in: 'query',
            required: false,
            description: 'The AMI ID; give it or `owner`.',
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            name: 'owner',
            in: 'query',
            required: false,
            description:
              'The AMI owner (account ID, amazon or aws-marketplace); give it or `imageId`.',
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
          {
            name: 'on',
            in: 'query',
            required: false,
            description:
              'Answer for this UTC date (YYYY-MM-DD), today or later.',
            schema: {
              type: 'string',
              maxLength: 32,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The explanation',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LaunchExplanation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/ErrorResponse',
          },
          '503': {
            $ref: '#/components/responses/ErrorResponse',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
  },
  components: {
    parameters: {
      q: {
        name: 'q',
        in: 'query',
        required: false,
        description:
          'Case-insensitive text to look for (account ID, name, description, ticket, reason).',
        schema: {
          type: 'string',
          maxLength: 100,
        },
      },
      offset: {
        name: 'offset',
        in: 'query',
        required: false,
        schema: {
          type: 'string',
          pattern: '^[0-9]{1,6}$',
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'Page size, 1 to 1000; default 50.',
        schema: {
          type: 'string',
          pattern: '^[0-9]{1,4}$',
        },
      },
      publishersLimit: {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'Page size, 1 to 1000; default 100.',
        schema: {
          type: 'string',
          pattern: '^[0-9]{1,4}$',
        },
      },
      publisher: {
        name: 'publisher',
        in: 'query',
        required: false,
        description:
          'An AMI publisher, as a 12-digit account ID or an owner alias (amazon, aws-marketplace, aws-backup-vault).',
        schema: {
          type: 'string',
          maxLength: 32,
        },
      },
      account: {
        name: 'account',
        in: 'query',
        required: false,
        description: 'A 12-digit account ID whose workloads to keep.',
        schema: {
          type: 'string',
          maxLength: 32,
        },
      },
      imageId: {
        name: 'imageId',
        in: 'path',
        required: true,
        description: 'An AMI ID, e.g. ami-0123456789abcdef0.',
        schema: {
          type: 'string',
          maxLength: 68,
        },
      },
    },
    responses: {
      ErrorResponse: {
        description: "An error, in Backstage's error format.",
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['error'],
              properties: {
                error: {
                  type: 'object',
                  required: ['name', 'message'],
                  properties: {
                    name: {
                      type: 'string',
                    },
                    message: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    schemas: {
      Provenance: {
        type: 'string',
        enum: ['golden', 'golden-derived', 'foreign', 'unknown'],
      },
      ProvenanceCounts: {
        type: 'object',
        required: ['golden', 'golden-derived', 'foreign', 'unknown'],
        properties: {
          golden: {
            $ref: '#/components/schemas/Counts',
          },
          'golden-derived': {
            $ref: '#/components/schemas/Counts',
          },
          foreign: {
            $ref: '#/components/schemas/Counts',
          },
          unknown: {
            $ref: '#/components/schemas/Counts',
          },
        },
      },
      AllowlistStanding: {
        type: 'object',
        description:
          'Where the owner stands in the Git config\'s allowlist on the day asked; `unknown` when the owner is not known (an ancestor the collector cannot see), never "not allowed" by guess.',
        required: ['status', 'reason'],
        properties: {
          status: {
            type: 'string',
            enum: ['allowed', 'not-allowed', 'unknown'],
          },
          reason: {
            type: 'string',
          },
          category: {
            type: 'string',
            enum: ['ops', 'vendor', 'exception', 'alias'],
          },
          path: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
        },
      },
      ImageCriteriaStanding: {
        type: 'object',
        description:
          "What the Allowed AMIs criteria the Git config generates today say of launching the AMI from an account other than its owner's (name, product codes and age count, not only the owner).",
        required: ['status', 'reason'],
        properties: {
          status: {
            type: 'string',
            enum: ['allowed', 'refused', 'unknown'],
          },
          criterion: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
        },
      },
      LineageLink: {
        type: 'object',
        required: ['imageId', 'visible'],
        properties: {
          imageId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          visible: {
            type: 'boolean',
          },
          ownerId: {
            type: 'string',
          },
          ownerAlias: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          creationDate: {
            type: 'string',
          },
          allowlist: {
            $ref: '#/components/schemas/AllowlistStanding',
          },
        },
      },
      LineageAvailability: {
        type: 'object',
        required: ['available'],
        properties: {
          available: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
          },
          source: {
            type: 'string',
          },
          collectedAt: {
            type: ['string', 'null'],
          },
          collectionError: {
            type: ['string', 'null'],
          },
        },
      },
      ImageLineageAnswer: {
        allOf: [
          {
            $ref: '#/components/schemas/LineageAvailability',
          },
          {
            type: 'object',
            properties: {
              imageId: {
                type: 'string',
              },
              region: {
                type: ['string', 'null'],
              },
              visible: {
                type: 'boolean',
              },
              facts: {
                type: 'object',
                description:
                  "The AMI's facts as last collected (see docs/lineage.md).",
                additionalProperties: true,
              },
              chain: {
                type: 'object',
                required: ['end', 'links'],
                properties: {
                  end: {
                    type: 'string',
                    enum: ['root', 'not-visible', 'cycle', 'not-read'],
                  },
                  links: {
                    type: 'array',
                    items: {
                      $ref: '#/components/schemas/LineageLink',
                    },
                  },
                },
              },
              provenance: {
                $ref: '#/components/schemas/Provenance',
              },
              provenanceReason: {
                type: 'string',
              },
              allowlist: {
                $ref: '#/components/schemas/AllowlistStanding',
              },
              criteria: {
                $ref: '#/components/schemas/ImageCriteriaStanding',
              },
              compliance: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['rule', 'status', 'message'],
                  properties: {
                    rule: {
                      type: 'string',
                    },
                    status: {
                      type: 'string',
                      enum: ['fail', 'unknown'],
                    },
                    message: {
                      type: 'string',
                    },
                  },
                },
              },
              usage: {
                oneOf: [
                  {
                    $ref: '#/components/schemas/Counts',
                  },
                  {
                    type: 'null',
                  },
                ],
              },
              timeline: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['at', 'kind'],
                  properties: {
                    at: {
                      type: 'string',
                    },
                    kind: {
                      type: 'string',
                      enum: [
                        'first-seen',
                        'deprecated',
                        'disabled',
                        'deregistered',
                        'made-public',
                        'provenance-changed',
                      ],
                    },
                    detail: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
        ],
      },
      ImageDescendantsAnswer: {
        allOf: [
          {
            $ref: '#/components/schemas/LineageAvailability',
          },
          {
            type: 'object',
            properties: {
              imageId: {
                type: 'string',
              },
              descendants: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              totals: {
                type: 'object',
                required: [
                  'images',
                  'instances',
                  'launchTemplates',
                  'accounts',
                  'regions',
                ],
                properties: {
                  images: {
                    type: 'integer',
                  },
                  instances: {
                    type: 'integer',
                  },
                  launchTemplates: {
                    type: 'integer',
                  },
                  accounts: {
                    type: 'integer',
                    description:
                      'Distinct accounts running an affected workload.',
                  },
                  regions: {
                    type: 'integer',
                    description:
                      'Distinct AWS regions running an affected workload (not account-regions).',
                  },
                },
              },
              total: {
                type: 'integer',
              },
              offset: {
                type: 'integer',
              },
              limit: {
                type: 'integer',
              },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: [
                    'kind',
                    'id',
                    'accountId',
                    'region',
                    'imageId',
                    'ownerId',
                  ],
                  properties: {
                    kind: {
                      type: 'string',
                      enum: ['instance', 'launch-template'],
                    },
                    id: {
                      type: 'string',
                    },
                    accountId: {
                      type: 'string',
                    },
                    region: {
                      type: 'string',
                    },
                    imageId: {
                      type: 'string',
                    },
                    ownerId: {
                      type: ['string', 'null'],
                    },
                  },
                },
              },
            },
          },
        ],
      },
      ProvenanceAnswer: {
        allOf: [
          {
            $ref: '#/components/schemas/LineageAvailability',
          },
          {
            type: 'object',
            properties: {
              organization: {
                $ref: '#/components/schemas/ProvenanceCounts',
              },
              organizationOnFailingImages: {
                description:
                  'Workloads on AMIs that fail an image_compliance rule (none configured, none fail).',
                allOf: [
                  {
                    $ref: '#/components/schemas/Counts',
                  },
                ],
              },
              complianceRules: {
                description:
                  'The image_compliance rules of the config read, or null.',
                type: ['object', 'null'],
                additionalProperties: true,
              },
              total: {
                type: 'integer',
              },
              offset: {
                type: 'integer',
              },
              limit: {
                type: 'integer',
              },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: [
                    'accountId',
                    'byProvenance',
                    'onFailingImages',
                    'imageCount',
                    'images',
                  ],
                  properties: {
                    accountId: {
                      type: 'string',
                    },
                    byProvenance: {
                      $ref: '#/components/schemas/ProvenanceCounts',
                    },
                    onFailingImages: {
                      $ref: '#/components/schemas/Counts',
                    },
                    imageCount: {
                      type: 'integer',
                      description: "Distinct AMIs the account's workloads use.",
                    },
                    images: {
                      description:
                        "The AMIs the account's workloads use, foreign and unknown first, then the most used; at most 100 (imageCount says how many in all).",
                      type: 'array',
                      items: {
                        type: 'object',
                        required: [
                          'imageId',
                          'provenance',
                          'failsCompliance',
                          'instances',
                          'launchTemplates',
                        ],
                        properties: {
                          imageId: {
                            type: 'string',
                          },
                          provenance: {
                            $ref: '#/components/schemas/Provenance',
                          },
                          failsCompliance: {
                            type: 'boolean',
                          },
                          instances: {
                            type: 'integer',
                          },
                          launchTemplates: {
                            type: 'integer',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        ],
      },
      Degraded: {
        type: 'string',
        description:
          'Set when the database is unreachable or too slow: this is the last answer computed before (for /status: the last status), and says so. Never cached by clients (no ETag).\n',
      },
      Counts: {
        type: 'object',
        required: ['instances', 'launchTemplates'],
        properties: {
          instances: {
            type: 'integer',
          },
          launchTemplates: {
            type: 'integer',
          },
        },
      },
      NotedCounts: {
        allOf: [
          {
            $ref: '#/components/schemas/Counts',
          },
          {
            type: 'object',
            required: ['note'],
            properties: {
              note: {
                type: 'string',
              },
            },
          },
        ],
      },
      WorkloadGeneration: {
        type: 'object',
        required: ['id', 'source', 'completedAt', 'accounts', 'partial'],
        properties: {
          id: {
            type: 'integer',
          },
          source: {
            type: 'string',
          },
          completedAt: {
            type: ['string', 'null'],
          },
          accounts: {
            type: 'integer',
            description: 'Accounts the collection holds a report for.',
          },
          partial: {
            type: 'boolean',
            description:
              'The collection covers only some accounts by intent (a pushed workloads section with `partial: true`); the accounts it leaves out are counted in `coverage.notCollected`.\n',
          },
        },
      },
      Coverage: {
        type: 'object',
        description:
          'Which accounts of the organization a workload answer covers, measured against the ACTIVE accounts of the newest organization snapshot. Account IDs are sorted. Blocked counts say nothing of an account that is not collected: while `notCollected` + `notVisible` is above zero they are a lower bound.\n',
        required: [
          'organizationAccounts',
          'collected',
          'notVisible',
          'notCollected',
          'collectedAccountIds',
          'notVisibleAccountIds',
          'notCollectedAccountIds',
          'partial',
        ],
        properties: {
          organizationAccounts: {
            type: ['integer', 'null'],
            description:
              'ACTIVE accounts of the newest organization snapshot; null when no organization snapshot is stored, and then `notCollected` is 0 because no account is known to be missing.\n',
          },
          collected: {
            type: 'integer',
            description: 'Accounts whose workloads the collection read.',
          },
          notVisible: {
            type: 'integer',
            description:
              'Accounts the collector tried and was refused (the member role could not be assumed).',
          },
          notCollected: {
            type: 'integer',
            description:
              'Accounts of the organization that are neither collected nor not visible: joined since, left out of a partial collection, or never reached.\n',
          },
          collectedAccountIds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          notVisibleAccountIds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          notCollectedAccountIds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          partial: {
            type: 'boolean',
            description:
              'The collection served is partial by intent (see WorkloadGeneration.partial).',
          },
        },
      },
      PublisherImpact: {
        type: 'object',
        required: ['publisher', 'instances', 'launchTemplates', 'accounts'],
        properties: {
          publisher: {
            type: 'string',
            description: "The AMI owner's account ID.",
          },
          ownerAlias: {
            type: 'string',
          },
          instances: {
            type: 'integer',
          },
          launchTemplates: {
            type: 'integer',
          },
          accounts: {
            type: 'integer',
          },
        },
      },
      Workload: {
        type: 'object',
        required: ['kind', 'id', 'accountId', 'region', 'imageId', 'publisher'],
        description:
          'An instance, or a launch template version (id `lt-…:version`) that the next launch uses.',
        properties: {
          kind: {
            type: 'string',
            enum: ['instance', 'launch-template'],
          },
          id: {
            type: 'string',
          },
          accountId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          imageId: {
            type: 'string',
          },
          publisher: {
            type: 'string',
          },
          ownerAlias: {
            type: 'string',
          },
          imageName: {
            type: 'string',
          },
          state: {
            type: 'string',
          },
          launchTime: {
            type: 'string',
          },
          imageAllowed: {
            type: 'boolean',
            description:
              "AWS's own verdict under the account-region's current setting.",
          },
          launchTemplateId: {
            type: 'string',
          },
          launchTemplateName: {
            type: 'string',
          },
          version: {
            type: 'integer',
          },
          pointers: {
            type: 'array',
            items: {
              type: 'string',
              enum: ['default', 'latest'],
            },
          },
        },
      },
      WorkloadPage: {
        allOf: [
          {
            $ref: '#/components/schemas/Page',
          },
          {
            type: 'object',
            required: ['items'],
            properties: {
              items: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/Workload',
                },
              },
            },
          },
        ],
      },
      WorkloadAnswer: {
        type: 'object',
        description:
          'What /readiness and /impact share once workloads were collected.',
        required: [
          'available',
          'collectedAt',
          'generation',
          'blocked',
          'accounts',
          'byPublisher',
          'byAccount',
          'unresolved',
          'selfOwned',
          'workloads',
        ],
        properties: {
          degraded: {
            $ref: '#/components/schemas/Degraded',
          },
          available: {
            const: true,
          },
          today: {
            type: 'string',
          },
          configError: {
            $ref: '#/components/schemas/ConfigError',
          },
          collectionError: {
            type: ['string', 'null'],
          },
          collectedAt: {
            type: ['string', 'null'],
          },
          generation: {
            $ref: '#/components/schemas/WorkloadGeneration',
          },
          blocked: {
            $ref: '#/components/schemas/Counts',
          },
          accounts: {
            type: 'integer',
            description: 'Accounts with a blocked workload.',
          },
          byPublisher: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PublisherImpact',
            },
          },
          byAccount: {
            type: 'object',
            required: ['total', 'items'],
            properties: {
              total: {
                type: 'integer',
              },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: [
                    'accountId',
                    'instances',
                    'launchTemplates',
                    'publishers',
                  ],
                  properties: {
                    accountId: {
                      type: 'string',
                    },
                    instances: {
                      type: 'integer',
                    },
                    launchTemplates: {
                      type: 'integer',
                    },
                    publishers: {
                      type: 'array',
                      items: {
                        type: 'string',
                      },
                    },
                  },
                },
              },
            },
          },
          unresolved: {
            $ref: '#/components/schemas/NotedCounts',
          },
          selfOwned: {
            $ref: '#/components/schemas/NotedCounts',
          },
          workloads: {
            $ref: '#/components/schemas/WorkloadPage',
          },
        },
      },
      DeclarativePolicyReach: {
        type: 'object',
        required: [
          'known',
          'reached',
          'notReached',
          'blockedOutsideReach',
          'note',
        ],
        description:
          'Which accounts the deployed declarative policy reaches through attachments on their ancestry (newest organization snapshot); for each account it does not reach, what the allowlist would block there (enabled blocks none of it) and whether the SCP already denies those launches today (`all`, `some` or `none` of their publishers).\n',
        properties: {
          known: {
            type: 'boolean',
          },
          reached: {
            type: 'integer',
          },
          notReached: {
            type: 'object',
            required: ['total', 'items'],
            properties: {
              total: {
                type: 'integer',
              },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: [
                    'accountId',
                    'name',
                    'scpGoverns',
                    'blocked',
                    'scpDeniesToday',
                  ],
                  properties: {
                    accountId: {
                      type: 'string',
                    },
                    name: {
                      type: 'string',
                    },
                    scpGoverns: {
                      type: 'boolean',
                    },
                    blocked: {
                      $ref: '#/components/schemas/Counts',
                    },
                    scpDeniesToday: {
                      type: 'string',
                      enum: ['all', 'some', 'none'],
                    },
                  },
                },
              },
            },
          },
          blockedOutsideReach: {
            type: 'object',
            required: ['instances', 'launchTemplates', 'accounts'],
            properties: {
              instances: {
                type: 'integer',
              },
              launchTemplates: {
                type: 'integer',
              },
              accounts: {
                type: 'integer',
              },
            },
          },
          note: {
            type: 'string',
          },
        },
      },
      RegionsNotEnforcing: {
        type: 'object',
        required: ['total', 'read', 'byProblem', 'items'],
        properties: {
          total: {
            type: 'integer',
          },
          read: {
            type: 'integer',
            description:
              "Account-regions whose Allowed AMIs setting was read; those not in `total` nor in `unmeasured` report what their account's effective policy sets.\n",
          },
          unmeasured: {
            type: 'integer',
            description:
              'Account-regions read whose account has no effective declarative policy (none reaches it, or it could not be read): nothing to measure them against.\n',
          },
          measuredAgainst: {
            type: 'string',
            enum: ['effective-policy'],
          },
          byProblem: {
            type: 'object',
            required: ['notManagedByPolicy', 'otherState', 'otherCriteria'],
            properties: {
              notManagedByPolicy: {
                type: 'integer',
              },
              otherState: {
                type: 'integer',
              },
              otherCriteria: {
                type: 'integer',
              },
            },
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['accountId', 'region', 'state', 'problems'],
              properties: {
                accountId: {
                  type: 'string',
                },
                region: {
                  type: 'string',
                },
                state: {
                  type: 'string',
                },
                managedBy: {
                  type: 'string',
                },
                problems: {
                  type: 'array',
                  items: {
                    type: 'string',
                    enum: [
                      'not-managed-by-policy',
                      'other-state',
                      'other-criteria',
                    ],
                  },
                },
              },
            },
          },
        },
      },
      NotVisibleList: {
        type: 'object',
        required: ['total', 'items'],
        description:
          'Accounts whose role could not be assumed, or regions that refused (with the AWS error).',
        properties: {
          total: {
            type: 'integer',
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['accountId', 'code', 'message'],
              properties: {
                accountId: {
                  type: 'string',
                },
                region: {
                  type: 'string',
                },
                code: {
                  type: 'string',
                },
                message: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      PublicImage: {
        type: 'object',
        required: ['accountId', 'region', 'imageId'],
        properties: {
          accountId: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          imageId: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          creationDate: {
            type: 'string',
          },
        },
      },
      OrganizationNode: {
        type: 'object',
        required: ['id', 'name', 'type'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          type: {
            type: 'string',
            enum: ['ROOT', 'ORGANIZATIONAL_UNIT', 'ACCOUNT'],
          },
        },
      },
      PolicyGovernance: {
        type: ['object', 'null'],
        required: ['id', 'name', 'governs', 'via'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          governs: {
            type: 'boolean',
          },
          via: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/OrganizationNode',
            },
          },
          note: {
            type: 'string',
          },
        },
      },
      LaunchLayers: {
        type: 'object',
        required: ['allowedImages', 'scp'],
        properties: {
          allowedImages: {
            type: 'object',
            required: ['verdict', 'source', 'why'],
            properties: {
              verdict: {
                type: 'string',
                enum: ['allowed', 'not-allowed', 'audit-only', 'not-enforced'],
              },
              source: {
                type: 'string',
                enum: ['region-setting', 'effective-policy', 'config', 'none'],
              },
              state: {
                type: 'string',
              },
              matched: {
                type: 'string',
              },
              why: {
                type: 'string',
              },
            },
          },
          scp: {
            type: 'object',
            required: ['verdict', 'why'],
            properties: {
              verdict: {
                type: 'string',
                enum: [
                  'allowed',
                  'denied',
                  'not-governed',
                  'no-launch-guard',
                  'unknown',
                ],
              },
              owner: {
                type: 'string',
              },
              why: {
                type: 'string',
              },
            },
          },
        },
      },
      LaunchSide: {
        type: 'object',
        description:
          'One side of a launch answer: `aws` is what AWS enforces today (the deployed policies and the collected regional setting, with when they were collected), `git` what the config says as of the date asked, which is what the next apply deploys.\n',
        required: ['verdict', 'sentence'],
        properties: {
          verdict: {
            type: 'string',
            enum: ['allowed', 'audit-only', 'denied', 'unknown'],
          },
          sentence: {
            type: 'string',
          },
          layers: {
            $ref: '#/components/schemas/LaunchLayers',
          },
          collectedAt: {
            type: 'string',
            description:
              'aws only; when the organization snapshot (deployed policies) was collected.',
          },
          regionCollectedAt: {
            type: 'string',
            description:
              "aws only; when the account-region's Allowed AMIs setting was collected.",
          },
        },
      },
      LaunchAction: {
        type: 'string',
        enum: [
          'none',
          'move-before-expiry',
          'wait-for-apply',
          'move-off-now',
          'request-exception',
          'check-account',
          'give-owner',
        ],
        description:
          'The recommended action: `wait-for-apply` when Git already allows what AWS does not yet (no request is needed), `move-off-now` when AWS allows only what Git no longer does.\n',
      },
      LaunchException: {
        type: 'object',
        description: 'The exception that bounds a launch answer.',
        required: ['account_id', 'expires_on', 'state'],
        properties: {
          account_id: {
            type: 'string',
          },
          expires_on: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          state: {
            type: 'string',
            enum: ['active', 'lapsed'],
            description:
              'active on the date asked, or lapsed (expires_on before it).',
          },
        },
      },
      AccountRules: {
        type: 'object',
        required: ['mode', 'reach'],
        properties: {
          mode: {
            type: ['string', 'null'],
            description:
              'The Allowed AMIs state the declarative policy sets for the account, in policy spelling (`audit_mode`, `enabled`, `disabled`); null when no declarative policy reaches it or the one that does sets no state.\n',
          },
          reach: {
            type: 'object',
            required: ['declarativePolicy', 'scp'],
            description:
              'Whether each policy reaches the account (attached on its path to the root).',
            properties: {
              declarativePolicy: {
                type: 'boolean',
              },
              scp: {
                type: 'boolean',
              },
            },
          },
        },
      },
      AccountAwsAndGit: {
        type: 'object',
        description:
          "What AWS enforces for the account today and what the next apply (Git) changes, in the launch explainer's words: launches in the account (the Allowed AMIs mode its effective declarative policy sets, which policies reach it, how many of its regions enforce that policy) and, when Git or a deployed policy names it as a publisher, launches of its AMIs in the accounts the policies govern (as GET /explain answers for that owner).\n",
        required: ['headline', 'aws', 'git', 'changes'],
        properties: {
          headline: {
            type: 'string',
            description:
              'The standing in a few words: what the next apply changes about its AMIs, else about launches in it, else that AWS enforces what Git says.\n',
          },
          until: {
            type: 'string',
            description:
              "The date that bounds the publisher answer (the exception's last day, or the day the exception AWS still honours lapsed in Git). Present whenever a date bounds it.\n",
          },
          changes: {
            type: 'array',
            description:
              'What the next apply changes for this account: where the declarative policy or the SCP reaches, the Allowed AMIs mode, or whether its AMIs are in the allowlist AWS enforces.\n',
            items: {
              type: 'string',
              enum: [
                'declarative-policy-reach',
                'mode',
                'scp-reach',
                'publisher',
              ],
            },
          },
          aws: {
            description:
              "Today, from the newest organization snapshot (`collectedAt`) and the account's regional settings in the newest workload collection (`regionsCollectedAt`). Its rules are absent without an organization snapshot.\n",
            allOf: [
              {
                $ref: '#/components/schemas/AccountRules',
              },
              {
                type: 'object',
                required: ['sentence'],
                properties: {
                  sentence: {
                    type: 'string',
                  },
                  collectedAt: {
                    type: 'string',
                  },
                  regionsCollectedAt: {
                    type: 'string',
                  },
                  regions: {
                    type: 'object',
                    required: ['measured', 'notEnforcing', 'unmeasured'],
                    description:
                      "The account's regions read, measured against its effective (deployed) declarative policy: those that do not enforce it, and those with nothing to be measured against.\n",
                    properties: {
                      measured: {
                        type: 'integer',
                      },
                      notEnforcing: {
                        type: 'array',
                        items: {
                          type: 'string',
                        },
                      },
                      unmeasured: {
                        type: 'integer',
                      },
                    },
                  },
                },
              },
            ],
          },
          git: {
            description:
              'What the next apply deploys for the account, as the config says today.',
            allOf: [
              {
                $ref: '#/components/schemas/AccountRules',
              },
              {
                type: 'object',
                required: ['sentence'],
                properties: {
                  sentence: {
                    type: 'string',
                  },
                },
              },
            ],
          },
          publisher: {
            type: 'object',
            description:
              "The account as a publisher: launches of its AMIs in the accounts the policies govern, AWS today against Git's next apply. Absent when neither Git nor a deployed policy names it.\n",
            required: [
              'verdict',
              'headline',
              'sentence',
              'action',
              'whatToDo',
              'aws',
              'git',
            ],
            properties: {
              verdict: {
                type: 'string',
                enum: ['allowed', 'audit-only', 'denied', 'unknown'],
              },
              headline: {
                type: 'string',
              },
              sentence: {
                type: 'string',
              },
              action: {
                $ref: '#/components/schemas/LaunchAction',
              },
              whatToDo: {
                type: 'string',
              },
              until: {
                type: 'string',
              },
              exception: {
                $ref: '#/components/schemas/LaunchException',
              },
              aws: {
                $ref: '#/components/schemas/LaunchSide',
              },
              git: {
                $ref: '#/components/schemas/LaunchSide',
              },
            },
          },
        },
      },
      LaunchExplanation: {
        type: 'object',
        required: [
          'verdict',
          'headline',
          'sentence',
          'asOf',
          'membership',
          'aws',
          'git',
          'action',
          'whatToDo',
          'nextSteps',
          'accountId',
        ],
        properties: {
          verdict: {
            type: 'string',
            enum: ['allowed', 'audit-only', 'denied', 'unknown'],
            description:
              'What a launch does today in AWS (`aws.verdict`), or unknown.',
          },
          headline: {
            type: 'string',
            description:
              'The verdict in a few words, naming both sides when they disagree.',
          },
          sentence: {
            type: 'string',
          },
          asOf: {
            type: 'string',
          },
          membership: {
            type: 'string',
            enum: ['member', 'management', 'outside', 'unknown'],
            description:
              'The account in the newest organization snapshot; `outside` means nothing can be said, `unknown` that no snapshot was collected.\n',
          },
          aws: {
            $ref: '#/components/schemas/LaunchSide',
          },
          git: {
            $ref: '#/components/schemas/LaunchSide',
          },
          action: {
            $ref: '#/components/schemas/LaunchAction',
          },
          whatToDo: {
            type: 'string',
            description: 'The recommended action in words.',
          },
          accountId: {
            type: 'string',
          },
          accountName: {
            type: 'string',
          },
          region: {
            type: 'string',
          },
          imageId: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          collectedAt: {
            type: 'string',
          },
          until: {
            type: 'string',
            description:
              'The date that bounds the answer: the last day of the exception Git allows it by, or the day the exception AWS still honours lapsed in Git. Present whenever a date bounds it.\n',
          },
          exception: {
            $ref: '#/components/schemas/LaunchException',
          },
          layers: {
            $ref: '#/components/schemas/LaunchLayers',
          },
          nextSteps: {
            type: 'array',
            items: {
              type: 'string',
              enum: ['use-golden-ami', 'request-exception', 'give-owner'],
            },
          },
        },
      },
      AccountStandingResponse: {
        type: 'object',
        required: ['available', 'accountId', 'inOrganization'],
        properties: {
          degraded: {
            $ref: '#/components/schemas/Degraded',
          },
          available: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
          },
          accountId: {
            type: 'string',
          },
          inOrganization: {
            type: 'boolean',
          },
          name: {
            type: 'string',
          },
          status: {
            type: 'string',
          },
          managementAccount: {
            type: 'boolean',
          },
          path: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/OrganizationNode',
            },
          },
          policies: {
            type: 'object',
            required: ['declarativePolicy', 'scp'],
            properties: {
              declarativePolicy: {
                $ref: '#/components/schemas/PolicyGovernance',
              },
              scp: {
                $ref: '#/components/schemas/PolicyGovernance',
              },
            },
          },
          awsAndGit: {
            $ref: '#/components/schemas/AccountAwsAndGit',
          },
          today: {
            type: 'string',
          },
          configError: {
            $ref: '#/components/schemas/ConfigError',
          },
          collectionError: {
            type: ['string', 'null'],
          },
          collectedAt: {
            type: ['string', 'null'],
          },
          generation: {
            $ref: '#/components/schemas/WorkloadGeneration',
          },
          collected: {
            type: 'boolean',
            description:
              'false when the newest workload collection does not hold the account.',
          },
          visibility: {
            type: 'object',
            required: ['visible', 'refusedRegions'],
            properties: {
              visible: {
                type: 'boolean',
              },
              error: {
                type: 'object',
                required: ['code', 'message'],
                properties: {
                  code: {
                    type: 'string',
                  },
                  message: {
                    type: 'string',
                  },
                },
              },
              refusedRegions: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          regions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['region'],
              properties: {
                region: {
                  type: 'string',
                },
                allowedImages: {
                  type: 'object',
                  required: ['state', 'managedBy', 'criteria'],
                  properties: {
                    state: {
                      type: 'string',
                    },
                    managedBy: {
                      type: ['string', 'null'],
                    },
                    criteria: {
                      type: 'array',
                      items: {
                        type: 'object',
                        additionalProperties: true,
                      },
                    },
                  },
                },
                measuredAgainst: {
                  type: 'string',
                  enum: ['effective-policy', 'none'],
                  description:
                    "What `problems` measure the setting against: the account's effective (deployed) declarative policy, or nothing (none reaches the account: no `problems`).\n",
                },
                problems: {
                  type: 'array',
                  items: {
                    type: 'string',
                    enum: [
                      'not-managed-by-policy',
                      'other-state',
                      'other-criteria',
                    ],
                  },
                },
                imageBlockPublicAccess: {
                  type: 'object',
                  required: ['state'],
                  properties: {
                    state: {
                      type: 'string',
                    },
                    managedBy: {
                      type: ['string', 'null'],
                    },
                  },
                },
                error: {
                  type: 'object',
                  required: ['code', 'message'],
                  properties: {
                    code: {
                      type: 'string',
                    },
                    message: {
                      type: 'string',
                    },
                  },
                },
              },
            },
          },
          blocked: {
            $ref: '#/components/schemas/Counts',
          },
          accounts: {
            type: 'integer',
          },
          byPublisher: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PublisherImpact',
            },
          },
          unresolved: {
            $ref: '#/components/schemas/NotedCounts',
          },
          selfOwned: {
            $ref: '#/components/schemas/NotedCounts',
          },
          workloads: {
            $ref: '#/components/schemas/WorkloadPage',
          },
          publicImages: {
            type: 'object',
            required: ['total', 'items'],
            properties: {
              total: {
                type: 'integer',
              },
              items: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/PublicImage',
                },
              },
            },
          },
        },
        if: {
          required: ['collected'],
          properties: {
            collected: {
              const: true,
            },
          },
        },
        then: {
          required: [
            'visibility',
            'regions',
            'blocked',
            'byPublisher',
            'unresolved',
            'selfOwned',
            'workloads',
            'publicImages',
          ],
        },
      },
      NewExceptionRequestRecord: {
        type: 'object',
        required: [
          'accountId',
          'ticket',
          'exceptionType',
          'expiresOn',
          'requestedBy',
          'mergeRequestUrl',
          'projectId',
          'host',
          'branchName',
        ],
        description:
          'Lengths and ranges match the database columns; no string may hold a control character (NUL included).\n',
        properties: {
          accountId: {
            type: 'string',
            pattern: '^[0-9]{12}$',
          },
          ticket: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
            pattern: '^[^\\x00-\\x1F\\x7F]*$',
          },
          exceptionType: {
            type: 'string',
            enum: ['migration', 'vendor_poc', 'emergency'],
          },
          expiresOn: {
            type: 'string',
            pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          },
          requestedBy: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            pattern: '^[^\\x00-\\x1F\\x7F]*$',
          },
          mergeRequestUrl: {
            type: 'string',
            maxLength: 1024,
            description:
              'The merge request, or for a local governance repository (host local) the branch as a file URL.',
            pattern: '^(https?|file)://[^\\x00-\\x20\\x7F]*$',
          },
          mergeRequestIid: {
            type: 'integer',
            minimum: 1,
            maximum: 2147483647,
            description: 'Absent for a local governance repository.',
          },
          projectId: {
            type: 'string',
            minLength: 1,
            maxLength: 512,
            pattern: '^[^\\x00-\\x1F\\x7F]*$',
          },
          host: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            pattern: '^[^\\x00-\\x20\\x7F/]*$',
          },
          branchName: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            pattern: '^[^\\x00-\\x1F\\x7F]*$',
          },
          state: {
            type: 'string',
            enum: ['opened', 'merged', 'closed', 'locked'],
          },
        },
      },
      MergeRequestState: {
        type: 'string',
        description: "A GitLab merge request's state, as its API reports it.",
        enum: ['opened', 'merged', 'closed', 'locked'],
      },
      ExceptionRequestRecord: {
        allOf: [
          {
            $ref: '#/components/schemas/NewExceptionRequestRecord',
          },
          {
            type: 'object',
            required: ['state', 'createdAt', 'updatedAt'],
            properties: {
              state: {
                $ref: '#/components/schemas/MergeRequestState',
              },
              createdAt: {
                type: 'string',
              },
              updatedAt: {
                type: 'string',
              },
            },
          },
        ],
      },
      ConfigError: {
        type: ['object', 'null'],
        description:
          'Set when the latest read of the config failed; the last good config keeps serving.',
        required: ['location', 'path', 'message', 'occurredAt'],
        properties: {
          location: {
            type: 'string',
            description:
              "Where the config is read from, as readers are shown it: its URL as configured, or a local file's name (never a server path).",
          },
          path: {
            type: 'string',
            description:
              'JSON path of the first problem, e.g. exception_accounts[1].expires_on, or (file) when the file could not be read at all.\n',
          },
          message: {
            type: 'string',
          },
          occurredAt: {
            type: 'string',
          },
        },
      },
      Page: {
        type: 'object',
        required: ['total', 'offset', 'limit'],
        properties: {
          degraded: {
            $ref: '#/components/schemas/Degraded',
          },
          total: {
            type: 'integer',
            description: 'Items matching the filters, over all pages.',
          },
          offset: {
            type: 'integer',
          },
          limit: {
            type: 'integer',
          },
        },
      },
      ConfigMeta: {
        type: 'object',
        required: ['source', 'readAt', 'today', 'configError'],
        properties: {
          source: {
            type: 'string',
            description:
              "Where the config was read from: its URL as configured, or a local file's name (never a server path).",
          },
          readAt: {
            type: ['string', 'null'],
          },
          today: {
            type: 'string',
            description:
              "The backend's UTC date (YYYY-MM-DD) when it answered.",
          },
          configError: {
            $ref: '#/components/schemas/ConfigError',
          },
        },
      },
      EnforcementMode: {
        type: 'string',
        description:
          'audit_mode logs launches outside the allowlist; enabled blocks them.',
        enum: ['audit_mode', 'enabled'],
      },
      PolicyDocumentKind: {
        type: 'string',
        enum: ['declarativePolicy', 'scp'],
      },
      ExceptionState: {
        type: 'string',
        description:
          'active while expires_on is today or later; expiring when active with at most warningDays left; expired once expires_on has passed.\n',
        enum: ['active', 'expiring', 'expired'],
      },
      ExceptionEntry: {
        type: 'object',
        description:
          'One entry of exception_accounts, as the config writes it.',
        required: ['account_id', 'expires_on', 'reason'],
        properties: {
          account_id: {
            type: 'string',
          },
          expires_on: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          exception_type: {
            type: 'string',
            description:
              'migration, vendor_poc or emergency; absent in files written before types.',
          },
          ticket: {
            type: 'string',
          },
          requested_by: {
            type: 'string',
          },
          requested_on: {
            type: 'string',
          },
          approved_by: {
            type: 'string',
          },
          approval_date: {
            type: 'string',
          },
          notes: {
            type: 'string',
          },
          image_names: {
            type: 'array',
            description:
              'The exception narrowed to the AMIs named so (wildcards * and ?).',
            items: {
              type: 'string',
            },
          },
        },
      },
      ExceptionStatus: {
        type: 'object',
        required: ['state', 'daysRemaining', 'inAllowlist'],
        properties: {
          state: {
            $ref: '#/components/schemas/ExceptionState',
          },
          daysRemaining: {
            type: 'integer',
            description:
              'Days from today to the expiry date, 0 on the last day, negative once expired.',
          },
          inAllowlist: {
            type: 'boolean',
            description:
              'True for active and expiring, the exception belongs in the allowlist today.',
          },
        },
      },
      Publisher: {
        type: 'object',
        description:
          'One row of the publisher list. alias is an owner alias from policy_config.additional_image_providers.\n',
        required: ['provider', 'category', 'path'],
        properties: {
          provider: {
            type: 'string',
          },
          category: {
            type: 'string',
            enum: ['ops', 'vendor', 'exception', 'alias'],
          },
          path: {
            type: 'string',
            description: 'JSON path of the entry in the config file.',
          },
          name: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          exception: {
            description: 'Exceptions only.',
            allOf: [
              {
                $ref: '#/components/schemas/ExceptionEntry',
              },
              {
                type: 'object',
                required: ['status'],
                properties: {
                  status: {
                    $ref: '#/components/schemas/ExceptionStatus',
                  },
                },
              },
            ],
          },
          imageNames: {
            type: 'array',
            description:
              'Only its AMIs named so are allowed (image_names, wildcards * and ?); absent, any name.',
            items: {
              type: 'string',
            },
          },
          marketplaceProductCodes: {
            type: 'array',
            description:
              'Only its AMIs carrying one of these AWS Marketplace product codes are allowed.',
            items: {
              type: 'string',
            },
          },
        },
      },
      PublisherCounts: {
        type: 'object',
        description: 'Over the whole config, whatever the filters.',
        required: [
          'all',
          'ops',
          'vendor',
          'exception',
          'active',
          'expiring',
          'expired',
          'allowlisted',
        ],
        properties: {
          all: {
            type: 'integer',
          },
          ops: {
            type: 'integer',
          },
          vendor: {
            type: 'integer',
          },
          exception: {
            type: 'integer',
          },
          active: {
            type: 'integer',
            description: 'Exceptions in the allowlist, expiring ones included.',
          },
          expiring: {
            type: 'integer',
          },
          expired: {
            type: 'integer',
          },
          allowlisted: {
            type: 'integer',
            description: 'Distinct providers allowed today.',
          },
        },
      },
      PublishersResponse: {
        allOf: [
          {
            $ref: '#/components/schemas/ConfigMeta',
          },
          {
            $ref: '#/components/schemas/Page',
          },
          {
            type: 'object',
            required: [
              'enforcementMode',
              'warningDays',
              'publishers',
              'counts',
            ],
            properties: {
              counts: {
                $ref: '#/components/schemas/PublisherCounts',
              },
              enforcementMode: {
                $ref: '#/components/schemas/EnforcementMode',
              },
              warningDays: {
                type: 'integer',
              },
              imageAgeLimits: {
                type: 'object',
                description:
                  "The organization's age limits, in every Allowed AMIs criterion; absent when the config sets none (policy_config.max_image_age_days, max_days_since_deprecated).\n",
                properties: {
                  maxImageAgeDays: {
                    type: 'integer',
                  },
                  maxDaysSinceDeprecated: {
                    type: 'integer',
                  },
                },
              },
              publishers: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/Publisher',
                },
              },
            },
          },
        ],
      },
      ExceptionsResponse: {
        allOf: [
          {
            $ref: '#/components/schemas/ConfigMeta',
          },
          {
            $ref: '#/components/schemas/Page',
          },
          {
            type: 'object',
            required: ['items'],
            properties: {
              items: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/Publisher',
                },
              },
            },
          },
        ],
      },
      AllowlistResponse: {
        allOf: [
          {
            $ref: '#/components/schemas/ConfigMeta',
          },
          {
            type: 'object',
            required: ['providers', 'enforcementMode', 'version'],
            properties: {
              providers: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              enforcementMode: {
                $ref: '#/components/schemas/EnforcementMode',
              },
              version: {
                type: 'string',
              },
            },
          },
        ],
      },
      AccountRequestStanding: {
        description:
          'What a request for the account would be: refused for the ops publisher or a vendor (their AMIs are allowed already), an extension of an active exception, a renewal of an expired one still in the file, or a new exception.\n',
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'message'],
            properties: {
              kind: {
                const: 'new',
              },
              message: {
                type: 'string',
              },
            },
          },
          {
            type: 'object',
            required: ['kind', 'path', 'message'],
            properties: {
              kind: {
                type: 'string',
                enum: ['ops', 'vendor'],
              },
              name: {
                type: 'string',
              },
              path: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          {
            type: 'object',
            required: ['kind', 'expiresOn', 'path', 'message'],
            properties: {
              kind: {
                type: 'string',
                enum: ['active-exception', 'expired-exception'],
              },
              expiresOn: {
                type: 'string',
                description:
                  'The current expiry; an extension of an active exception must end after it.',
              },
              ticket: {
                type: 'string',
              },
              path: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
        ],
      },
      ExceptionRequestRules: {
        type: 'object',
        description:
          'What the exception request form needs of the config to apply its rules as you type.',
        required: [
          'warningDays',
          'organizationMaxDays',
          'enforcementMode',
          'account',
        ],
        properties: {
          warningDays: {
            type: 'integer',
          },
          organizationMaxDays: {
            type: ['integer', 'null'],
            description:
              'policy_config.max_exception_duration_days, or null when the organization sets none.',
          },
          enforcementMode: {
            $ref: '#/components/schemas/EnforcementMode',
          },
          account: {
            description:
              'What a request for accountId would be; null without a 12-digit account ID.',
            oneOf: [
              {
                type: 'null',
              },
              {
                $ref: '#/components/schemas/AccountRequestStanding',
              },
            ],
          },
        },
      },
      PolicySizeChange: {
        type: 'object',
        required: ['kind', 'title', 'fileName', 'sizeAfter', 'maxSize'],
        properties: {
          kind: {
            $ref: '#/components/schemas/PolicyDocumentKind',
          },
          title: {
            type: 'string',
          },
          fileName: {
            type: 'string',
          },
          sizeBefore: {
            type: 'integer',
            description: 'Absent when the current config generates no policy.',
          },
          sizeAfter: {
            type: 'integer',
          },
          maxSize: {
            type: 'integer',
          },
        },
      },
      ExceptionRequestRefused: {
        type: 'object',
        description:
          'The stage that refused the request (config, request, change) and the findings.',
        required: ['ok', 'stage', 'findings'],
        properties: {
          ok: {
            const: false,
          },
          stage: {
            type: 'string',
            enum: ['config', 'request', 'change'],
          },
          findings: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Finding',
            },
          },
        },
      },
      ExceptionRequestPlanned: {
        type: 'object',
        description: 'The merge request the request opens.',
        required: [
          'ok',
          'kind',
          'accountId',
          'exceptionType',
          'typeTitle',
          'expiresOn',
          'durationDays',
          'maxDays',
          'capRule',
          'approvers',
          'branchName',
          'title',
          'entry',
          'allowlist',
          'policies',
          'enforcementMode',
          'effect',
          'remaining',
          'lapsedRemoved',
        ],
        properties: {
          ok: {
            const: true,
          },
          kind: {
            type: 'string',
            enum: ['new', 'extension'],
          },
          accountId: {
            type: 'string',
          },
          exceptionType: {
            type: 'string',
            enum: ['migration', 'vendor_poc', 'emergency'],
          },
          typeTitle: {
            type: 'string',
          },
          expiresOn: {
            type: 'string',
          },
          durationDays: {
            type: 'integer',
          },
          maxDays: {
            type: 'integer',
          },
          capRule: {
            type: 'string',
            description:
              'The cap in words: a migration exception may run at most 90 days.',
          },
          previousExpiresOn: {
            type: 'string',
            description:
              'The expiry of the exception being extended or renewed.',
          },
          approvers: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          branchName: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entry: {
            $ref: '#/components/schemas/ExceptionEntry',
          },
          allowlist: {
            type: 'object',
            required: ['before', 'after', 'added', 'removed'],
            properties: {
              before: {
                type: 'integer',
              },
              after: {
                type: 'integer',
              },
              added: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              removed: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          policies: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PolicySizeChange',
            },
          },
          enforcementMode: {
            $ref: '#/components/schemas/EnforcementMode',
          },
          effect: {
            type: 'array',
            description: 'What the exception makes allowed, in sentences.',
            items: {
              type: 'string',
            },
          },
          remaining: {
            type: 'array',
            description:
              'Findings of the result the request did not cause: warnings, and errors already in the file.\n',
            items: {
              $ref: '#/components/schemas/Finding',
            },
          },
          lapsedRemoved: {
            type: 'array',
            description:
              "Housekeeping: other accounts' exceptions whose expiry date has passed, removed from the config by the same change (they fail validation while they stay; they are already out of the allowlist and the policies). Listed apart in the merge request's description.\n",
            items: {
              $ref: '#/components/schemas/ExceptionEntry',
            },
          },
        },
      },
      ExceptionRequestPreview: {
        description:
          'ok true: the merge request (kind, entry, allowlist, policies, approvers, effect); ok false: the stage that refused (config, request, change) and the findings.\n',
        oneOf: [
          {
            $ref: '#/components/schemas/ExceptionRequestRefused',
          },
          {
            $ref: '#/components/schemas/ExceptionRequestPlanned',
          },
        ],
      },
      OrganizationAccount: {
        type: 'object',
        required: ['id', 'name', 'ou'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          status: {
            type: 'string',
            description: 'ACTIVE, SUSPENDED…, when the snapshot says.',
          },
          ou: {
            type: 'string',
            description:
              'Its OUs from the root down: Root / Workloads / Payments.',
          },
          tags: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
            description:
              "The account's tags as the snapshot has them (the catalog module reads an account's owner from one); absent when the snapshot carries none.\n",
          },
        },
      },
      OrganizationAccountsResponse: {
        description:
          'available is false before any organization snapshot was stored; reason says so.',
        allOf: [
          {
            $ref: '#/components/schemas/Page',
          },
          {
            type: 'object',
            required: ['available', 'items'],
            properties: {
              available: {
                type: 'boolean',
              },
              reason: {
                type: 'string',
              },
              collectedAt: {
                type: 'string',
              },
              organizationId: {
                type: 'string',
                description:
                  "The organization's ID (o-…) as the snapshot has it.",
              },
              items: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/OrganizationAccount',
                },
              },
            },
          },
          {
            oneOf: [
              {
                type: 'object',
                required: ['available'],
                properties: {
                  available: {
                    const: true,
                  },
                },
              },
              {
                type: 'object',
                required: ['available'],
                properties: {
                  available: {
                    const: false,
                  },
                },
              },
            ],
          },
        ],
      },
      Finding: {
        type: 'object',
        description:
          'One problem found. path is a JSON path into the config (exception_accounts[1].expires_on) or the name of a generated document; message says what is wrong and how to fix it.\n',
        required: ['severity', 'code', 'path', 'message'],
        properties: {
          severity: {
            type: 'string',
            enum: ['error', 'warning'],
          },
          code: {
            type: 'string',
            enum: [
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
            ],
          },
          path: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
        },
      },
      GeneratedPolicy: {
        type: 'object',
        description:
          "One generated document with its size against AWS's limit.",
        required: ['kind', 'fileName', 'document', 'size', 'maxSize'],
        properties: {
          kind: {
            $ref: '#/components/schemas/PolicyDocumentKind',
          },
          fileName: {
            type: 'string',
          },
          document: {
            type: 'object',
            additionalProperties: true,
          },
          size: {
            type: 'integer',
          },
          maxSize: {
            type: 'integer',
          },
        },
      },
      PoliciesResponse: {
        allOf: [
          {
            $ref: '#/components/schemas/ConfigMeta',
          },
          {
            type: 'object',
            required: ['valid', 'findings', 'allowlist', 'policies'],
            properties: {
              valid: {
                type: 'boolean',
              },
              findings: {
                type: 'array',
                description: 'Errors first, then warnings.',
                items: {
                  $ref: '#/components/schemas/Finding',
                },
              },
              allowlist: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              policies: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/GeneratedPolicy',
                },
              },
            },
          },
        ],
      },
      AccountRef: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
        },
      },
      DifferingAccount: {
        description:
          'An account whose effective declarative policy differs from the reference.',
        allOf: [
          {
            $ref: '#/components/schemas/AccountRef',
          },
          {
            type: 'object',
            required: ['missing', 'extra', 'expectedMode'],
            properties: {
              missing: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              extra: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              mode: {
                type: 'string',
              },
              expectedMode: {
                type: 'string',
              },
              unrestrictedCriteria: {
                type: 'array',
                description:
                  'Criteria that name no provider, so allow any publisher (when any).',
                items: {
                  type: 'string',
                },
              },
            },
          },
        ],
      },
      UnknownAccount: {
        allOf: [
          {
            $ref: '#/components/schemas/AccountRef',
          },
          {
            type: 'object',
            required: ['reason'],
            properties: {
              reason: {
                type: 'string',
              },
            },
          },
        ],
      },
      PolicyAttachment: {
        type: 'object',
        required: ['targetId', 'name', 'type'],
        properties: {
          targetId: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          type: {
            type: 'string',
            enum: ['ROOT', 'ORGANIZATIONAL_UNIT', 'ACCOUNT'],
          },
        },
      },
      StatusCoverage: {
        type: 'object',
        description:
          'Which accounts the policy governs through their ancestry. ungoverned holds the first 20 accounts no attachment reaches, ungovernedTotal counts them all.\n',
        required: [
          'totalAccounts',
          'governedCount',
          'ungoverned',
          'ungovernedTotal',
          'managementAccount',
        ],
        properties: {
          totalAccounts: {
            type: 'integer',
          },
          governedCount: {
            type: 'integer',
          },
          ungoverned: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AccountRef',
            },
          },
          ungovernedTotal: {
            type: 'integer',
          },
          managementAccount: {
            description:
              'SCPs never restrict the management account, so for the SCP it is never governed.',
            allOf: [
              {
                $ref: '#/components/schemas/AccountRef',
              },
              {
                type: 'object',
                required: ['governed', 'note'],
                properties: {
                  governed: {
                    type: 'boolean',
                  },
                  note: {
                    type: 'string',
                  },
                },
              },
            ],
          },
        },
      },
      SettingDrift: {
        type: 'object',
        description:
          'One setting compared between Git and AWS; deployed is absent when AWS has none.',
        required: ['expected', 'matches'],
        properties: {
          expected: {
            type: 'string',
          },
          deployed: {
            type: 'string',
          },
          matches: {
            type: 'boolean',
          },
        },
      },
      PolicyDrift: {
        type: 'object',
        description:
          "The deployed policy's content against what Git generates.",
        required: ['missing', 'extra', 'inSync'],
        properties: {
          missing: {
            type: 'array',
            description: 'Providers Git allows that the deployed policy lacks.',
            items: {
              type: 'string',
            },
          },
          extra: {
            type: 'array',
            description:
              'Providers the deployed policy allows that Git no longer does.',
            items: {
              type: 'string',
            },
          },
          mode: {
            description: 'Declarative policy: allowed_images_settings.state.',
            $ref: '#/components/schemas/SettingDrift',
          },
          publicSharing: {
            description: 'Declarative policy: image_block_public_access.state.',
            $ref: '#/components/schemas/SettingDrift',
          },
          unrestrictedCriteria: {
            type: 'array',
            description:
              'Declarative policy: criteria without providers, which allow any publisher.',
            items: {
              type: 'string',
            },
          },
          criteriaChanges: {
            type: 'array',
            description:
              'Declarative policy: publishers whose AMIs must match something else than deployed (image names, product codes, ages), in words.\n',
            items: {
              type: 'object',
              required: ['providers', 'deployed', 'expected'],
              properties: {
                providers: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
                deployed: {
                  type: 'string',
                },
                expected: {
                  type: 'string',
                },
              },
            },
          },
          creationGuard: {
            type: 'object',
            description:
              'SCP: the creation guard as Git wants it (null: none), with its exempt accounts.',
            required: ['expected', 'matches'],
            properties: {
              expected: {
                type: ['array', 'null'],
                items: {
                  type: 'string',
                },
              },
              deployed: {
                type: ['array', 'null'],
                items: {
                  type: 'string',
                },
              },
              matches: {
                type: 'boolean',
              },
            },
          },
          ineffectiveStatements: {
            type: 'array',
            description: 'SCP: statements that can never take effect.',
            items: {
              type: 'string',
            },
          },
          launchGuardMissing: {
            type: 'boolean',
            description:
              'SCP: true when it has no launch guard, so it lets every publisher through.',
          },
          readError: {
            type: 'string',
            description:
              'Set when the deployed content could not be read; then nothing else is known.',
          },
          inSync: {
            type: 'boolean',
          },
        },
      },
      StatusCompliance: {
        type: 'object',
        description:
          'Accounts whose effective declarative policy matches the reference, differs, or is unknown; each list holds its first 20 accounts beside its total.\n',
        required: [
          'comparedWith',
          'matching',
          'differing',
          'unknown',
          'matchingTotal',
          'differingTotal',
          'unknownTotal',
        ],
        properties: {
          comparedWith: {
            type: 'string',
            description:
              'The deployed policy when readable, else what Git generates.',
            enum: ['deployed', 'git'],
          },
          matching: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AccountRef',
            },
          },
          differing: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DifferingAccount',
            },
          },
          unknown: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/UnknownAccount',
            },
          },
          matchingTotal: {
            type: 'integer',
          },
          differingTotal: {
            type: 'integer',
          },
          unknownTotal: {
            type: 'integer',
          },
        },
      },
      GitAhead: {
        type: 'object',
        description:
          'Git is ahead of AWS: the config changed after the deployed policy was generated. not-applied, the change waits for the apply pipeline; not-collected, the snapshot predates the change.\n',
        required: ['state', 'mergedAt'],
        properties: {
          state: {
            type: 'string',
            enum: ['not-applied', 'not-collected'],
          },
          mergedAt: {
            type: 'string',
          },
          pipelineUrl: {
            type: 'string',
          },
        },
      },
      StatusPolicy: {
        type: 'object',
        description:
          "A policy's status, its account lists cut to their first 20 entries.",
        required: ['kind', 'deployed', 'attachments', 'coverage'],
        properties: {
          kind: {
            $ref: '#/components/schemas/PolicyDocumentKind',
          },
          deployed: {
            type: 'boolean',
          },
          policyId: {
            type: 'string',
          },
          policyName: {
            type: 'string',
          },
          attachments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PolicyAttachment',
            },
          },
          coverage: {
            $ref: '#/components/schemas/StatusCoverage',
          },
          drift: {
            description: 'Absent when the policy is not deployed.',
            $ref: '#/components/schemas/PolicyDrift',
          },
          compliance: {
            description: 'Declarative policy only.',
            $ref: '#/components/schemas/StatusCompliance',
          },
          gitAhead: {
            $ref: '#/components/schemas/GitAhead',
          },
        },
      },
      StatusOrganization: {
        type: 'object',
        required: [
          'collectedAt',
          'stale',
          'managementAccountId',
          'totalAccounts',
          'policies',
          'verdict',
          'collectionErrors',
        ],
        properties: {
          collectedAt: {
            type: 'string',
          },
          stale: {
            type: 'boolean',
          },
          managementAccountId: {
            type: 'string',
          },
          totalAccounts: {
            type: 'integer',
          },
          verdict: {
            type: 'string',
            description:
              'in_sync: both policies deployed and matching Git; drifted: any difference; unknown: not enough data.',
            enum: ['in_sync', 'drifted', 'unknown'],
          },
          policies: {
            type: 'object',
            required: ['declarativePolicy', 'scp'],
            properties: {
              declarativePolicy: {
                $ref: '#/components/schemas/StatusPolicy',
              },
              scp: {
                $ref: '#/components/schemas/StatusPolicy',
              },
            },
          },
          collectionErrors: {
            type: 'array',
            description: "The snapshot's labelled gaps, passed through.",
            items: {
              type: 'object',
              required: ['scope', 'message'],
              properties: {
                scope: {
                  type: 'string',
                },
                code: {
                  type: 'string',
                },
                message: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      StatusResponse: {
        type: 'object',
        required: ['available', 'configError'],
        properties: {
          available: {
            type: 'boolean',
            description:
              'false when no snapshot has been stored yet or the config never loaded; reason says why.',
          },
          reason: {
            type: 'string',
          },
          source: {
            type: 'string',
            description:
              'Where the snapshot came from, e.g. file:…, aws, push:….',
          },
          receivedAt: {
            type: 'string',
          },
          driftSince: {
            type: ['string', 'null'],
          },
          degraded: {
            $ref: '#/components/schemas/Degraded',
          },
          collectionError: {
            type: ['string', 'null'],
            description:
              'Set when the latest collection failed; the last stored snapshot keeps serving.',
          },
          configError: {
            $ref: '#/components/schemas/ConfigError',
          },
          status: {
            $ref: '#/components/schemas/StatusOrganization',
          },
        },
        oneOf: [
          {
            type: 'object',
            required: [
              'available',
              'source',
              'receivedAt',
              'driftSince',
              'status',
            ],
            properties: {
              available: {
                const: true,
              },
              source: {
                type: 'string',
              },
              receivedAt: {
                type: 'string',
              },
              driftSince: {
                type: ['string', 'null'],
              },
              status: {
                $ref: '#/components/schemas/StatusOrganization',
              },
            },
          },
          {
            type: 'object',
            required: ['available'],
            properties: {
              available: {
                const: false,
              },
            },
          },
        ],
      },
      WorkloadsUnavailable: {
        type: 'object',
        description:
          'Every workload answer before the first workload collection.',
        required: ['available', 'reason'],
        properties: {
          available: {
            const: false,
          },
          reason: {
            type: 'string',
          },
          today: {
            type: 'string',
          },
          configError: {
            $ref: '#/components/schemas/ConfigError',
          },
          collectionError: {
            type: ['string', 'null'],
          },
        },
      },
    },
  },
} as const;

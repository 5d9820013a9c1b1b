import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * The AWS accounts of the organization the `ami-governance` backend collected (its newest
       * organization snapshot), as `Resource` entities of type `aws-account` annotated
       * `amazonaws.com/account-id`.
       */
      amiGovernance?: {
        /**
         * The account tag that names an account's owner: a group or user name (`payments-team`) or
         * an entity ref (`group:default/payments-team`, `user:default/jane.doe`). Default: `owner`.
         */
        ownerTag?: string;
        /**
         * The owner of an account without that tag, or whose tag is not an entity name or ref.
         * Default: `unknown`, as Backstage's AWS catalog module writes.
         */
        defaultOwner?: string;
        /**
         * How often the accounts are read again. Default: every 5 minutes, 2 minute timeout, first
         * run 10 seconds after start. Every run replaces all the entities it provided before.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}

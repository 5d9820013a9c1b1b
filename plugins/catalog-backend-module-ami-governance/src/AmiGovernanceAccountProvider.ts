import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { accountEntities, AccountEntityOptions } from './accountEntities';
import { readOrganizationAccounts } from './organizationAccounts';

/** What the provider needs besides its options. @public */
export interface AmiGovernanceAccountProviderDeps {
  discovery: DiscoveryService;
  auth: AuthService;
  logger: LoggerService;
}

/**
 * Provides the organization's AWS accounts, as the `ami-governance` backend last collected them, as
 * catalog entities. Each `refresh` replaces all the entities it provided before (a full mutation): an
 * account that left the organization leaves the catalog. Before the backend holds any snapshot it
 * changes nothing, so a restart never empties the catalog of accounts.
 * @public
 */
export class AmiGovernanceAccountProvider implements EntityProvider {
  private connection?: EntityProviderConnection;

  constructor(
    private readonly options: Omit<AccountEntityOptions, 'organizationId'>,
    private readonly deps: AmiGovernanceAccountProviderDeps,
  ) {}

  getProviderName(): string {
    return 'ami-governance-accounts';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
  }

  async refresh(): Promise<void> {
    if (!this.connection)
      throw new Error(
        `${this.getProviderName()} is not connected to the catalog yet`,
      );
    const { logger } = this.deps;
    const reading = await readOrganizationAccounts(this.deps);
    if (!reading.available) {
      logger.info(
        `No organization snapshot in the ami-governance backend yet, the catalog's accounts are left as they are: ${
          reading.reason ?? 'no reason given'
        }`,
      );
      return;
    }
    const { entities, unusableOwnerTags } = accountEntities(reading.accounts, {
      ...this.options,
      organizationId: reading.organizationId,
    });
    if (unusableOwnerTags.length > 0)
      logger.warn(
        `${unusableOwnerTags.length} account(s) have a ${
          this.options.ownerTag
        } tag that is not a group or user name or ref (owner ${
          this.options.defaultOwner
        } used instead): ${unusableOwnerTags
          .slice(0, 5)
          .map(t => `${t.accountId} ${JSON.stringify(t.value)}`)
          .join(', ')}${
          unusableOwnerTags.length > 5 ? ', …' : ''
        }. Write a name such as payments-team or a ref such as group:default/payments-team.`,
      );
    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: this.getProviderName(),
      })),
    });
    logger.info(
      `Provided ${entities.length} AWS account entities from the organization snapshot collected ${reading.collectedAt}`,
    );
  }
}

import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  makeValidator,
  parseEntityRef,
  ResourceEntityV1alpha1,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { ApiComponents } from '@ami-governance/backstage-plugin-ami-governance-common';

/** An account as `GET /organization/accounts` of the ami-governance backend lists it. @public */
export type OrganizationAccount =
  ApiComponents['schemas']['OrganizationAccount'];

/**
 * The account ID annotation of Backstage's AWS catalog module, so plugins written for its entities (the
 * AMI Governance entity card among them) work on these. @public
 */
export const AWS_ACCOUNT_ID_ANNOTATION = 'amazonaws.com/account-id';
/** The organization ID annotation of Backstage's AWS catalog module. @public */
export const AWS_ORGANIZATION_ID_ANNOTATION = 'amazonaws.com/organization-id';
const ACCOUNT_STATUS_LABEL = 'amazonaws.com/account-status';

/** The entity type of an AWS account. @public */
export const AWS_ACCOUNT_ENTITY_TYPE = 'aws-account';

/** How accounts become entities. @public */
export interface AccountEntityOptions {
  /** The tag whose value names the owner. */
  ownerTag: string;
  /** The owner when the tag is absent or not an entity name or ref. */
  defaultOwner: string;
  /** `amazonaws.com/organization-id` of every entity, when known. */
  organizationId?: string;
}

/** The entities, and the accounts whose owner tag could not be used (for the log). @public */
export interface AccountEntities {
  entities: ResourceEntityV1alpha1[];
  unusableOwnerTags: { accountId: string; value: string }[];
}

const validator = makeValidator();
const MAX_NAME_LENGTH = 63;
const ACCOUNT_ID_SUFFIX_LENGTH = 13; // '-' and 12 digits
const LOCATION = 'ami-governance:organization';

/** The account name as an entity name: lower case, [a-z0-9-_.] only, starting and ending alphanumeric. */
function slugOf(name: string): string {
  return name
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[^a-z0-9]+$/, '');
}

/**
 * Entity names from account names. A name that two accounts share (or that is empty) gets the account
 * ID appended for every account concerned, so a name never depends on which account was listed first.
 */
function entityNames(accounts: OrganizationAccount[]): Map<string, string> {
  const slugs = new Map(accounts.map(a => [a.id, slugOf(a.name)]));
  const uses = new Map<string, number>();
  for (const slug of slugs.values()) uses.set(slug, (uses.get(slug) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const [id, slug] of slugs) {
    if (slug && uses.get(slug) === 1) names.set(id, slug);
    else {
      const prefix = slugOf(
        slug.slice(0, MAX_NAME_LENGTH - ACCOUNT_ID_SUFFIX_LENGTH),
      );
      names.set(id, prefix ? `${prefix}-${id}` : `aws-account-${id}`);
    }
  }
  return names;
}

/** A tag value as an owner ref (a bare name is a group, as in `spec.owner`); undefined when unusable. */
export function ownerRefOf(value: string): string | undefined {
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    const kind = ref.kind.toLocaleLowerCase('en-US');
    if (kind !== 'group' && kind !== 'user') return undefined;
    if (
      !validator.isValidNamespace(ref.namespace) ||
      !validator.isValidEntityName(ref.name)
    )
      return undefined;
    return stringifyEntityRef({ ...ref, kind });
  } catch {
    return undefined;
  }
}

/**
 * The organization's accounts as catalog `Resource` entities of type `aws-account`, named after the
 * account, titled with its name, owned as `ownerTag` says.
 * @public
 */
export function accountEntities(
  accounts: OrganizationAccount[],
  options: AccountEntityOptions,
): AccountEntities {
  const names = entityNames(accounts);
  const unusableOwnerTags: AccountEntities['unusableOwnerTags'] = [];
  const entities = accounts.map((account): ResourceEntityV1alpha1 => {
    const tagged = account.tags?.[options.ownerTag];
    const owner = tagged === undefined ? undefined : ownerRefOf(tagged);
    if (tagged !== undefined && !owner)
      unusableOwnerTags.push({ accountId: account.id, value: tagged });
    const status = account.status?.toLocaleLowerCase('en-US');
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: names.get(account.id)!,
        title: account.name || account.id,
        description: `AWS account ${account.id}${
          account.ou ? ` in ${account.ou}` : ''
        }`,
        annotations: {
          [ANNOTATION_LOCATION]: LOCATION,
          [ANNOTATION_ORIGIN_LOCATION]: LOCATION,
          [AWS_ACCOUNT_ID_ANNOTATION]: account.id,
          ...(options.organizationId && {
            [AWS_ORGANIZATION_ID_ANNOTATION]: options.organizationId,
          }),
        },
        ...(status &&
          validator.isValidLabelValue(status) && {
            labels: { [ACCOUNT_STATUS_LABEL]: status },
          }),
      },
      spec: {
        type: AWS_ACCOUNT_ENTITY_TYPE,
        owner: owner ?? options.defaultOwner,
      },
    };
  });
  return { entities, unusableOwnerTags };
}

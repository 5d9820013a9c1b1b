import type { Entity } from '@backstage/catalog-model';

/**
 * The annotation naming the AWS account an entity stands for: the one Backstage's AWS catalog module and
 * this project's catalog module write. @public
 */
export const AWS_ACCOUNT_ID_ANNOTATION = 'amazonaws.com/account-id';

/**
 * The annotation this plugin read before it followed Backstage's AWS catalog module; still read, so
 * entities annotated by hand keep their card. @public
 */
export const LEGACY_AWS_ACCOUNT_ID_ANNOTATION = 'aws.amazon.com/account-id';

/** The AWS account ID an entity is annotated with (either annotation), if any. @public */
export function awsAccountIdOf(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations;
  return (
    annotations?.[AWS_ACCOUNT_ID_ANNOTATION] ||
    annotations?.[LEGACY_AWS_ACCOUNT_ID_ANNOTATION] ||
    undefined
  );
}

/** Where Request an exception leads: the scaffolder template of the scaffolder module. @public */
export const REQUEST_EXCEPTION_PATH =
  '/create/templates/default/request-ami-exception';

/** True for entities annotated with an AWS account ID: the condition for showing the entity card. @public */
export function isAmiGovernanceAvailable(entity: Entity): boolean {
  return Boolean(awsAccountIdOf(entity));
}

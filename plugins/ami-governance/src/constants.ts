import type { Entity } from '@backstage/catalog-model';

/** The annotation naming the AWS account an entity stands for. @public */
export const AWS_ACCOUNT_ID_ANNOTATION = 'aws.amazon.com/account-id';

/** Where Request an exception leads: the scaffolder template of the scaffolder module. @public */
export const REQUEST_EXCEPTION_PATH =
  '/create/templates/default/request-ami-exception';

/** True for entities annotated with an AWS account ID: the condition for showing the entity card. @public */
export function isAmiGovernanceAvailable(entity: Entity): boolean {
  return Boolean(entity.metadata.annotations?.[AWS_ACCOUNT_ID_ANNOTATION]);
}

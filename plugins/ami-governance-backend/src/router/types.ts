import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from '../schema/openapi.generated';

/** The router typed from the OpenAPI document: request params, queries and bodies are checked against it. */
export type AmiGovernanceRouter = ReturnType<
  typeof createValidatedOpenApiRouter<typeof spec>
>;

import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from '../schema/openapi.generated';

/** The router typed from the OpenAPI document: request params, queries and bodies are checked against it. */
export type FullRouter = ReturnType<
  typeof createValidatedOpenApiRouter<typeof spec>
>;

/**
 * What route files get: reads only. A write is added through WriteRoutes (writeRoutes.ts), which
 * authorizes its caller before the body is read and hands the handler the writer's credentials.
 */
export type AmiGovernanceRouter = Pick<FullRouter, 'get'>;

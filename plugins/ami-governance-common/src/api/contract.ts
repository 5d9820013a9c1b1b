import type { components, operations } from '../schema/openapi.generated';

// Request and response types of the REST API, read from the types generated from its OpenAPI
// document (plugins/ami-governance-backend/src/schema/openapi.yaml): the one contract the backend
// validates against and the clients are typed by.

/** An operation's 200 JSON body. */
export type ApiResponse<O extends keyof operations> = operations[O] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/** An operation's query parameters. */
export type ApiQuery<O extends keyof operations> = NonNullable<
  operations[O]['parameters']['query']
>;

/** Why the latest read of the governance config failed; the last good config keeps serving. @public */
export type ConfigError = NonNullable<components['schemas']['ConfigError']>;

/** The operation IDs of the API. */
export type ApiOperation = keyof operations;

export type {
  components as ApiComponents,
  operations as ApiOperations,
  paths as ApiPaths,
} from '../schema/openapi.generated';

import type {
  components,
  operations,
  paths,
} from '../schema/openapi.generated';

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

export type { operations as ApiOperations } from '../schema/openapi.generated';

// The generated schemas and paths are named, not restated: openapi.yaml is where the contract is read
// and reviewed (its generated file is checked fresh by a test), so the API report lists them once.
/** The API's schemas, generated from its OpenAPI document (`ApiComponents['schemas']['…']`). @public */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ApiComponents extends components {}
/** The API's paths, generated from its OpenAPI document: what openapi-fetch clients are typed by. @public */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ApiPaths extends paths {}

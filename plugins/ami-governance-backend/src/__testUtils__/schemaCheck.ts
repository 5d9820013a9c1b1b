import Ajv2020 from 'ajv/dist/2020';
import { spec } from '../schema/openapi.generated';

// Answers are validated against the OpenAPI document here, in tests, not on every production request.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(JSON.parse(JSON.stringify(spec)), 'spec');

const pointer = (...parts: string[]) =>
  parts.map(p => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Throws with every mismatch when `body` is not what the document promises for that answer. */
export function expectMatchesSpec(
  path: keyof typeof spec.paths,
  method: 'get' | 'post',
  status: number,
  body: unknown,
) {
  const ref = `spec#/${pointer(
    'paths',
    path,
    method,
    'responses',
    String(status),
  )}`;
  const response = ajv.getSchema(ref)?.schema as
    | { $ref?: string; content?: unknown }
    | undefined;
  if (!response)
    throw new Error(`${method} ${path} documents no ${status} answer`);
  const responseRef = response.$ref ? `spec${response.$ref}` : ref;
  const validate = ajv.getSchema(
    `${responseRef}/content/application~1json/schema`,
  );
  if (!validate)
    throw new Error(`${method} ${path} ${status} has no JSON schema`);
  if (!validate(body)) {
    throw new Error(
      `${method} ${path} ${status} does not match openapi.yaml: ${ajv.errorsText(
        validate.errors,
      )}`,
    );
  }
}

// Turns src/schema/openapi.yaml into src/schema/openapi.generated.ts (`spec` as a const object), which
// @backstage/backend-openapi-utils needs for typed, validated routes. A test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../src/schema');
const spec = parse(readFileSync(join(dir, 'openapi.yaml'), 'utf8'));
const banner =
  '// Generated from openapi.yaml by `yarn openapi:generate`. Do not edit.\n';
writeFileSync(
  join(dir, 'openapi.generated.ts'),
  `${banner}export const spec = ${JSON.stringify(spec, null, 2)} as const;\n`,
);

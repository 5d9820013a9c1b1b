// Turns src/schema/openapi.yaml, the one contract of the REST API, into the code both sides use:
// - src/schema/openapi.generated.ts: `spec` as a const object, from which
//   @backstage/backend-openapi-utils types and validates the router's requests and responses;
// - ami-governance-common/src/schema/openapi.generated.ts: the TypeScript types of every path,
//   parameter and schema (openapi-typescript), which the typed client and the response types use.
// Backstage's own generator (`backstage-repo-tools package schema openapi generate`) runs the Java
// openapi-generator, whose jar it downloads from Maven Central at first use; CI machines here reach
// only the npm registry, so this script uses openapi-typescript, a JavaScript generator from npm.
// With --check it writes nothing and exits 1 when either file is stale (a test runs it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '../src/schema');
const yamlPath = join(dir, 'openapi.yaml');
const spec = parse(readFileSync(yamlPath, 'utf8'));
const banner =
  '// Generated from plugins/ami-governance-backend/src/schema/openapi.yaml by `yarn openapi:generate`. Do not edit.\n';

const check = process.argv.includes('--check');
const stale = [];

async function write(path, text) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  const formatted = await prettier.format(text, { ...options, filepath: path });
  if (!check) writeFileSync(path, formatted);
  else if (!existsSync(path) || readFileSync(path, 'utf8') !== formatted)
    stale.push(path);
}

await write(
  join(dir, 'openapi.generated.ts'),
  `${banner}export const spec = ${JSON.stringify(spec, null, 2)} as const;\n`,
);
const types = astToString(
  await openapiTS(pathToFileURL(yamlPath), {
    exportType: true,
    // Runtime arrays of the enums (findingCodeValues…), so common lists them from the contract too.
    enumValues: true,
  }),
);
// TSDoc, which the API reports read, has no @description, @enum or @constant: a description is the
// comment's text, and the union or literal type already says what @enum and @constant would.
const tsdocTypes = types
  .replace(/^[ \t]*\/\*\* @(?:enum \{\w+\}|constant) \*\/\n/gm, '')
  .replace(/^[ \t]*\* @(?:enum \{\w+\}|constant)\n/gm, '')
  .replace(/@description /g, '');
await write(
  join(here, '../../ami-governance-common/src/schema/openapi.generated.ts'),
  `${banner}/* eslint-disable */\n${tsdocTypes}`,
);
if (stale.length > 0) {
  console.error(
    `Stale, run yarn openapi:generate in plugins/ami-governance-backend: ${stale.join(
      ', ',
    )}`,
  );
  process.exit(1);
}

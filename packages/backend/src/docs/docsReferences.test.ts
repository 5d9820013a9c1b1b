/**
 * What the docs and examples tell a reader to type must work: every package they name is a package of
 * this workspace, at its version; every `amiGovernance:` (and `catalog.providers.amiGovernance`) config
 * example fits the config schema the plugins declare (config.d.ts, loaded as Backstage loads it); every
 * GitLab file URL has the /-/blob/ form Backstage's GitLab reader accepts ("Url path must include /blob/").
 */
import { loadConfigSchema } from '@backstage/config-loader';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = resolve(__dirname, '../../../..');
const OUR_CONFIG_PACKAGES = [
  '@ami-governance/backstage-plugin-ami-governance-backend',
  '@ami-governance/backstage-plugin-scaffolder-backend-module-ami-governance',
  '@ami-governance/backstage-plugin-catalog-backend-module-ami-governance',
];

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** docs/*.md, README.md, every package's README and the example files. */
function documents(): { file: string; text: string }[] {
  const readmes = ['plugins', 'packages'].flatMap(dir =>
    readdirSync(join(ROOT, dir))
      .map(name => join(ROOT, dir, name, 'README.md'))
      .filter(path => statSync(path, { throwIfNoEntry: false })?.isFile()),
  );
  const paths = [
    join(ROOT, 'README.md'),
    ...filesUnder(join(ROOT, 'docs'), p => p.endsWith('.md')),
    ...readmes,
    ...filesUnder(join(ROOT, 'examples'), p => /\.(md|ya?ml|json)$/.test(p)),
  ];
  return paths.map(path => ({
    file: relative(ROOT, path),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Every workspace package (root package.json's workspaces), by name, with its version and exports. */
function workspacePackages(): Map<
  string,
  { version: string; entries: string[] }
> {
  const { workspaces } = JSON.parse(
    readFileSync(join(ROOT, 'package.json'), 'utf8'),
  ) as { workspaces: string[] };
  const dirs = workspaces.flatMap(pattern =>
    pattern.endsWith('/*')
      ? readdirSync(join(ROOT, pattern.slice(0, -2))).map(name =>
          join(ROOT, pattern.slice(0, -2), name),
        )
      : [join(ROOT, pattern)],
  );
  const packages = new Map<string, { version: string; entries: string[] }>();
  for (const dir of dirs) {
    const path = join(dir, 'package.json');
    if (!statSync(path, { throwIfNoEntry: false })) continue;
    const pkg = JSON.parse(readFileSync(path, 'utf8'));
    packages.set(pkg.name, {
      version: pkg.version,
      entries: Object.keys(pkg.exports ?? { '.': '' }),
    });
  }
  return packages;
}

const fencedBlocks = (text: string, language: string) =>
  [
    ...text.matchAll(
      new RegExp(`^( *)\`\`\`${language}\\n([\\s\\S]*?)^\\1\`\`\``, 'gm'),
    ),
  ].map(m => m[2].replace(new RegExp(`^${m[1]}`, 'gm'), ''));

/** Keys the schemas do not declare, under `path` of `value`. */
function undeclaredKeys(
  value: unknown,
  schemas: JsonSchema[],
  path: string,
): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) =>
      undeclaredKeys(
        item,
        schemas.flatMap(s => (s.items ? [s.items] : [])),
        `${path}[${i}]`,
      ),
    );
  if (!value || typeof value !== 'object' || schemas.length === 0) return [];
  // A schema that lets any key in (a map, or an object left open) ends the check.
  if (
    schemas.some(
      s =>
        !s.properties ||
        s.patternProperties ||
        // A JSON schema may say additionalProperties: false at run time, whatever the type says.
        ![undefined, false].includes(
          s.additionalProperties as unknown as boolean,
        ),
    )
  )
    return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const declared = schemas.flatMap(s =>
      s.properties?.[key] ? [s.properties[key]] : [],
    );
    return declared.length === 0
      ? [`${path}.${key}`]
      : undeclaredKeys(child, declared, `${path}.${key}`);
  });
}

describe('the docs and examples', () => {
  const docs = documents();
  const packages = workspacePackages();

  it('name only packages of this workspace, at their versions', () => {
    const wrong: string[] = [];
    for (const { file, text } of docs) {
      for (const [, name, version] of text.matchAll(
        /(@ami-governance\/[a-z0-9-]+)(?:@(\d+\.\d+\.\d+[^\s'"`]*))?/g,
      )) {
        const pkg = packages.get(name);
        if (!pkg)
          wrong.push(`${file}: ${name} is no package of this workspace`);
        else if (version && version !== pkg.version)
          wrong.push(
            `${file}: ${name}@${version}, but the package is ${pkg.version}`,
          );
      }
      // Module specifiers in code: import … from '…', import('…'), require('…').
      for (const [, specifier] of text.matchAll(
        /(?:from\s+|import\(\s*|require\(\s*)'([^']*ami-governance[^']*)'/g,
      )) {
        const name = specifier.split('/').slice(0, 2).join('/');
        const entry = `.${specifier.slice(name.length)}` || '.';
        const pkg = packages.get(name);
        if (!pkg)
          wrong.push(`${file}: '${specifier}' is no package of this workspace`);
        else if (!pkg.entries.includes(entry === '.' ? '.' : entry))
          wrong.push(`${file}: '${specifier}': ${name} exports no ${entry}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('give config examples that fit the plugins’ config schema', async () => {
    const schema = await loadConfigSchema({
      dependencies: OUR_CONFIG_PACKAGES,
    });
    // The JSON schemas of this project's config.d.ts files, for keys no schema declares (Backstage's
    // schemas leave objects open, so a misspelt key would otherwise pass).
    const serialized = schema.serialize().schemas as unknown as {
      path: string;
      value: JsonSchema;
    }[];
    const ours = serialized
      .filter(s => !s.path.includes('node_modules'))
      .map(s => s.value);
    expect(ours).toHaveLength(OUR_CONFIG_PACKAGES.length);

    const wrong: string[] = [];
    let checked = 0;
    for (const { file, text } of docs) {
      // A Markdown file's YAML blocks; a YAML file whole; nothing of any other file.
      let blocks: string[] = [];
      if (file.endsWith('.md')) blocks = fencedBlocks(text, 'ya?ml');
      else if (/\.ya?ml$/.test(file)) blocks = [text];
      for (const block of blocks) {
        const parsed = parseAllDocuments(block);
        const errors = parsed.flatMap(d => d.errors.map(e => e.message));
        if (errors.length > 0) {
          wrong.push(`${file}: a YAML example does not parse: ${errors[0]}`);
          continue;
        }
        for (const data of parsed.map(d => d.toJS())) {
          const examples = {
            ...(data?.amiGovernance && { amiGovernance: data.amiGovernance }),
            ...(data?.catalog?.providers?.amiGovernance && {
              catalog: {
                providers: {
                  amiGovernance: data.catalog.providers.amiGovernance,
                },
              },
            }),
          };
          if (Object.keys(examples).length === 0) continue;
          checked++;
          wrong.push(
            ...undeclaredKeys(examples, ours, '').map(
              key => `${file}: ${key.slice(1)} is not in the config schema`,
            ),
          );
          try {
            schema.process([{ data: examples, context: file }], {
              visibility: ['frontend', 'backend', 'secret'],
            });
          } catch (e) {
            const messages: string[] = (e as { messages?: string[] })
              .messages ?? [String(e)];
            // Examples show a part of the config: a key they leave out is not their mistake.
            wrong.push(
              ...messages
                .filter(m => !/must have required property/.test(m))
                .filter(m => /at \/(amiGovernance|catalog)/.test(m))
                .map(m => `${file}: ${m}`),
            );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });

  it('name only files and folders of this repository that exist (links and paths in backticks)', () => {
    // A path from the root (`plugins/…`, `docs/…`), a `src/…` of some package, or a relative Markdown
    // link. Moving a file moves the docs with it.
    const fromRoot =
      /^(?:plugins|packages|docs|examples|scripts|bench|e2e|templates|\.ci)\//;
    const packageDirs = ['plugins', 'packages'].flatMap(dir =>
      readdirSync(join(ROOT, dir))
        .map(name => join(ROOT, dir, name))
        .filter(path => statSync(path).isDirectory()),
    );
    const exists = (path: string) =>
      statSync(path, { throwIfNoEntry: false }) !== undefined;
    const wrong: string[] = [];
    let checked = 0;
    for (const { file, text } of docs.filter(d => d.file.endsWith('.md'))) {
      const here = dirname(join(ROOT, file));
      const inBackticks = [...text.matchAll(/`([\w.@/-]+)`/g)]
        .map(m => m[1].replace(/[.,:]$/, ''))
        .filter(path => fromRoot.test(path) || path.startsWith('src/'));
      const links = [...text.matchAll(/\]\(([^)#\s]+)/g)]
        .map(m => m[1])
        .filter(target => !/^[a-z]+:/.test(target));
      for (const path of inBackticks) {
        checked++;
        // A package's README may name another package's src/ in passing ("the backend's src/…").
        const found = path.startsWith('src/')
          ? [here, ...packageDirs].some(dir => exists(join(dir, path)))
          : exists(join(ROOT, path));
        if (!found) wrong.push(`${file}: \`${path}\` does not exist`);
      }
      for (const target of links) {
        checked++;
        if (!exists(resolve(here, target)))
          wrong.push(`${file}: link ${target} leads nowhere`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('give GitLab file URLs in the /-/blob/ form the GitLab reader accepts', () => {
    const wrong = docs.flatMap(({ file, text }) =>
      [...text.matchAll(/https?:\/\/[^\s'"`)<>]*gitlab[^\s'"`)<>]*/g)]
        .map(m => m[0])
        .filter(
          url =>
            /\/-\/raw\/|\/raw\//.test(url) ||
            (/\.(json|ya?ml)$/.test(url) && !url.includes('/-/blob/')),
        )
        .map(url => `${file}: ${url}`),
    );
    expect(wrong).toEqual([]);
  });
});

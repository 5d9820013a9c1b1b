/**
 * The demo (`make start`) loads its files as app-config.yaml names them: the catalog's YAML files, the
 * governance config and the organization snapshot, whose accounts the catalog module turns into
 * entities. Each is loaded here the way the app does, and what one names must exist in the others:
 * a YAML error, an owner, group or account that does not exist silently empties the demo (no users,
 * notifications that reach nobody, a card on an account the organization does not have).
 */
import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  NoForeignRootFieldsEntityPolicy,
  parseEntityRef,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import {
  findTreeProblems,
  organizationSnapshotSchema,
  parseGovernanceConfig,
  validateConfig,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { accountEntities } from '@ami-governance/backstage-plugin-catalog-backend-module-ami-governance';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const ROOT = resolve(__dirname, '../../../..');
// app-config.yaml's relative paths are relative to packages/backend, where the backend runs.
const fromBackend = (path: string) => resolve(ROOT, 'packages/backend', path);
const appConfig = new ConfigReader(
  parse(readFileSync(resolve(ROOT, 'app-config.yaml'), 'utf8')),
);

// What the catalog backend checks of every entity it reads, then the kind validators it knows.
const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const kindValidators = [
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
  templateEntityV1beta3Validator,
];

type LoadedEntity = { entity: Entity; source: string };

/** Every catalog file app-config.yaml lists, parsed as multi-document YAML and validated entity by entity. */
async function loadCatalogFiles(): Promise<LoadedEntity[]> {
  const allowed = new Set(
    appConfig
      .getConfigArray('catalog.rules')
      .flatMap(rule => rule.getStringArray('allow')),
  );
  const loaded: LoadedEntity[] = [];
  for (const location of appConfig.getConfigArray('catalog.locations')) {
    expect(location.getString('type')).toBe('file');
    const target = location.getString('target');
    const text = readFileSync(fromBackend(target), 'utf8');
    const documents = parseAllDocuments(text);
    const errors = documents.flatMap(d => d.errors.map(e => e.message));
    expect({ target, errors }).toEqual({ target, errors: [] });
    const kinds = new Set([
      ...allowed,
      ...(location
        .getOptionalConfigArray('rules')
        ?.flatMap(rule => rule.getStringArray('allow')) ?? []),
    ]);
    for (const [index, document] of documents.entries()) {
      const source = `${target} document ${index + 1}`;
      const entity = (await policy.enforce(document.toJS())) as Entity;
      const results = await Promise.all(
        kindValidators.map(v => v.check(entity)),
      );
      expect({ source, known: results.some(Boolean) }).toEqual({
        source,
        known: true,
      });
      expect({ source, kindAllowed: kinds.has(entity.kind) }).toEqual({
        source,
        kindAllowed: true,
      });
      loaded.push({ entity, source });
    }
  }
  return loaded;
}

function loadSnapshot() {
  const path = fromBackend(
    appConfig.getString('amiGovernance.organization.snapshot'),
  );
  const snapshot = organizationSnapshotSchema.parse(
    JSON.parse(readFileSync(path, 'utf8')),
  );
  expect(findTreeProblems(snapshot)).toEqual([]);
  return snapshot;
}

function loadGovernanceConfig() {
  const text = readFileSync(
    fromBackend(appConfig.getString('amiGovernance.config.location')),
    'utf8',
  );
  const parsed = parseGovernanceConfig(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  // The example is dated as of this day (make start moves every date forward to today).
  const today = parsed.config.metadata?.example_dates_as_of as string;
  const errors = validateConfig(text, { today }).findings.filter(
    f => f.severity === 'error',
  );
  // The example's story has one lapsed exception, for the page to show; any other error is a mistake.
  expect(errors.map(f => `${f.code} ${f.path}`)).toEqual([
    'exception-expired exception_accounts[2].expires_on',
  ]);
  return parsed.config;
}

/** The entities the catalog module provides from the snapshot, with the demo's provider settings. */
function providedAccounts(snapshot: ReturnType<typeof loadSnapshot>) {
  const settings = appConfig.getConfig('catalog.providers.amiGovernance');
  return accountEntities(
    snapshot.accounts.map(({ id, name, status, tags }) => ({
      id,
      name,
      status,
      tags,
      ou: '',
    })),
    {
      ownerTag: settings.getOptionalString('ownerTag') ?? 'owner',
      defaultOwner: settings.getOptionalString('defaultOwner') ?? 'unknown',
      organizationId: snapshot.organization.id,
    },
  );
}

const ref = (target: string, defaultKind: string, context: Entity) =>
  stringifyEntityRef(
    parseEntityRef(target, {
      defaultKind,
      defaultNamespace: context.metadata.namespace ?? 'default',
    }),
  );

/** Every entity ref an entity's spec names, with the kind a bare name stands for. */
function referencesOf(entity: Entity): { field: string; ref: string }[] {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const fields: [string, string][] = [
    ['owner', 'group'],
    ['system', 'system'],
    ['domain', 'domain'],
    ['parent', 'group'],
    ['children', 'group'],
    ['memberOf', 'group'],
    ['members', 'user'],
    ['providesApis', 'api'],
    ['consumesApis', 'api'],
    ['dependsOn', 'component'],
  ];
  return fields.flatMap(([field, kind]) =>
    [spec[field] ?? []]
      .flat()
      .map(target => ({ field, ref: ref(String(target), kind, entity) })),
  );
}

describe('the example files make start loads', () => {
  let catalog: Map<string, LoadedEntity>;
  let snapshot: ReturnType<typeof loadSnapshot>;
  let provided: ReturnType<typeof providedAccounts>;
  const duplicates: string[] = [];

  beforeAll(async () => {
    snapshot = loadSnapshot();
    provided = providedAccounts(snapshot);
    catalog = new Map();
    const all = [
      ...(await loadCatalogFiles()),
      ...provided.entities.map(entity => ({
        entity,
        source: `the catalog module (account ${entity.metadata.annotations?.['amazonaws.com/account-id']})`,
      })),
    ];
    for (const loaded of all) {
      const key = stringifyEntityRef(loaded.entity);
      const first = catalog.get(key);
      if (first)
        duplicates.push(`${key}: ${first.source} and ${loaded.source}`);
      else catalog.set(key, loaded);
    }
  });

  const members = (group: string) =>
    [...catalog.values()].filter(
      ({ entity }) =>
        entity.kind === 'User' &&
        referencesOf(entity).some(
          r => r.field === 'memberOf' && r.ref === group,
        ),
    );

  it('give the catalog users, groups and accounts, each entity once', () => {
    expect(duplicates).toEqual([]);
    const kinds = [...catalog.values()].map(({ entity }) => entity.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['User', 'Group', 'Template']),
    );
    expect(provided.entities.length).toBe(snapshot.accounts.length);
  });

  it('name only entities that exist: owners, systems, groups, members, APIs', () => {
    const dangling = [...catalog.values()].flatMap(({ entity, source }) =>
      referencesOf(entity)
        .filter(r => !catalog.has(r.ref))
        .map(r => `${source}: spec.${r.field} ${r.ref}`),
    );
    expect(dangling).toEqual([]);
  });

  it('take every account owner from a tag that names a group of the catalog', () => {
    expect(provided.unusableOwnerTags).toEqual([]);
    const tagged = snapshot.accounts.filter(a => a.tags?.owner);
    expect(tagged.length).toBeGreaterThan(0);
  });

  it('annotate entities only with accounts of the organization, each account once', () => {
    const organization = new Set(snapshot.accounts.map(a => a.id));
    const annotated = [...catalog.values()].flatMap(({ entity, source }) =>
      ['amazonaws.com/account-id', 'aws.amazon.com/account-id']
        .map(a => entity.metadata.annotations?.[a])
        .filter((id): id is string => Boolean(id))
        .map(id => ({ id, source })),
    );
    expect(annotated.filter(a => !organization.has(a.id))).toEqual([]);
    const ids = annotated.map(a => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('have every exception requester in the catalog, reaching at least one user', () => {
    const config = loadGovernanceConfig();
    const unreached = config.exception_accounts
      .flatMap(e => (e.requested_by ? [e.requested_by] : []))
      .filter(requester => {
        // As the expiry notices resolve it: a ref as written, else a user, else a group of that name.
        const candidates = requester.includes(':')
          ? [stringifyEntityRef(parseEntityRef(requester))]
          : [`user:default/${requester}`, `group:default/${requester}`];
        const found = candidates.find(c => catalog.has(c));
        if (!found) return true;
        return found.startsWith('group:') && members(found).length === 0;
      });
    expect(unreached).toEqual([]);
  });

  it('have the platform group with members and the guest user in the catalog', () => {
    const platform = appConfig.getString(
      'amiGovernance.notifications.platformGroup',
    );
    expect(members(platform).length).toBeGreaterThan(0);
    const guest = appConfig.getString('auth.providers.guest.userEntityRef');
    expect(catalog.get(guest)?.entity.kind).toBe('User');
  });
});

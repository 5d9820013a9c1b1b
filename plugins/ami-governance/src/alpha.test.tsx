import type { Entity } from '@backstage/catalog-model';
import plugin from './alpha';
import { amiGovernanceApiRef } from './api/AmiGovernanceApi';
import { AWS_ACCOUNT_ID_ANNOTATION } from './constants';
import {
  awsAccountPickerFormField,
  exceptionExpiryPickerFormField,
  exceptionRequestPreviewFormField,
} from './exceptionRequests/scaffolder/formFields';
import { amiGovernancePlugin } from './plugin';
import {
  explainRouteRef,
  imageRouteRef,
  platformRouteRef,
  rootRouteRef,
} from './routes';

type ExtensionId = Parameters<typeof plugin.getExtension>[0];

/**
 * What an extension gives the app, by extension data ID (`core.routing.path`, `core.title`, ...): its
 * factory run as the app runs it, with its default config. (@backstage/frontend-test-utils'
 * createExtensionTester does the same; it is not a dependency of this package.)
 */
async function outputsOf(id: ExtensionId): Promise<Map<string, unknown>> {
  const extension = plugin.getExtension(id) as any;
  const produced = await extension.factory({
    node: { spec: { id, plugin } },
    apis: { get: () => undefined },
    config: extension.configSchema?.parse({}) ?? {},
    inputs: {},
  });
  return new Map(
    [...produced].map((data: { id: string; value: unknown }) => [
      data.id,
      data.value,
    ]),
  );
}

/** The extensions the app installs with the plugin, as the app reads them (not in the public type). */
const installed = (
  plugin as unknown as {
    extensions: Array<{ id: string; attachTo: unknown; disabled: boolean }>;
  }
).extensions;

const entityAnnotated = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'orders-prod', annotations },
});

describe('the plugin for both frontend systems', () => {
  it('has the same ID in the legacy and the new frontend system', () => {
    expect(plugin.id).toBe('ami-governance');
    expect(amiGovernancePlugin.getId()).toBe('ami-governance');
  });

  it('offers the page, its platform tab, the explainer and the AMI view below it as routes in both systems', () => {
    const routes = {
      root: rootRouteRef,
      explain: explainRouteRef,
      platform: platformRouteRef,
      image: imageRouteRef,
    };
    expect(plugin.routes).toEqual(routes);
    expect(amiGovernancePlugin.routes).toEqual(routes);
    expect(explainRouteRef.path).toBe('/explain');
    expect(platformRouteRef.path).toBe('/platform');
    expect(imageRouteRef.path).toBe('/images/:imageId');
  });

  it('installs exactly the API, the page, the entity card and the three form fields', () => {
    expect(
      installed.map(extension => [
        extension.id,
        extension.attachTo,
        extension.disabled,
      ]),
    ).toEqual([
      ['api:ami-governance', { id: 'root', input: 'apis' }, false],
      ['page:ami-governance', { id: 'app/routes', input: 'routes' }, false],
      [
        'entity-card:ami-governance/ami-governance',
        { id: 'entity-content:catalog/overview', input: 'cards' },
        false,
      ],
      ...[
        'aws-account-picker',
        'exception-expiry-picker',
        'exception-request-preview',
      ].map(name => [
        `scaffolder-form-field:ami-governance/${name}`,
        { id: 'api:scaffolder/form-fields', input: 'formFields' },
        false,
      ]),
    ]);
  });

  it('mounts the page at /ami-governance on its root route, titled for the nav item with an icon', async () => {
    const page = await outputsOf('page:ami-governance');
    expect(page.get('core.routing.path')).toBe('/ami-governance');
    expect(page.get('core.routing.ref')).toBe(rootRouteRef);
    // The new frontend system derives the sidebar item from the page's title and icon.
    expect(page.get('core.title')).toBe('AMI Governance');
    expect(page.get('core.icon')).toBeTruthy();
    expect(page.get('core.reactElement')).toBeTruthy();
  });

  it('shows the entity card only on entities annotated with an AWS account', async () => {
    const card = await outputsOf('entity-card:ami-governance/ami-governance');
    const filter = card.get('catalog.entity-filter-function') as (
      entity: Entity,
    ) => boolean;
    expect(
      filter(entityAnnotated({ [AWS_ACCOUNT_ID_ANNOTATION]: '123456789012' })),
    ).toBe(true);
    expect(
      filter(entityAnnotated({ 'aws.amazon.com/account-id': '123456789012' })),
    ).toBe(true);
    expect(filter(entityAnnotated({}))).toBe(false);
    expect(card.get('core.reactElement')).toBeTruthy();
  });

  it('provides the API the page reads, from discovery and fetch', async () => {
    const api = await outputsOf('api:ami-governance');
    const factory = api.get('core.api.factory') as {
      api: unknown;
      deps: Record<string, { id: string }>;
    };
    expect(factory.api).toBe(amiGovernanceApiRef);
    expect(
      Object.fromEntries(
        Object.entries(factory.deps).map(([name, ref]) => [name, ref.id]),
      ),
    ).toEqual({ discoveryApi: 'core.discovery', fetchApi: 'core.fetch' });
  });

  it('loads each exception request form field into the scaffolder', async () => {
    const fields = {
      'scaffolder-form-field:ami-governance/aws-account-picker':
        awsAccountPickerFormField,
      'scaffolder-form-field:ami-governance/exception-expiry-picker':
        exceptionExpiryPickerFormField,
      'scaffolder-form-field:ami-governance/exception-request-preview':
        exceptionRequestPreviewFormField,
    } as const;
    for (const [id, field] of Object.entries(fields)) {
      const loader = (await outputsOf(id as ExtensionId)).get(
        'scaffolder.form-field-loader',
      ) as () => Promise<unknown>;
      await expect(loader()).resolves.toBe(field);
    }
    expect(Object.values(fields).map(f => f.$$type)).toEqual(
      Array(3).fill('@backstage/scaffolder/FormField'),
    );
  });
});

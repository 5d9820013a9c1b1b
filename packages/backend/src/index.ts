/*
 * Hi!
 *
 * Note that this is an EXAMPLE Backstage backend. Please check the README.
 *
 * Happy hacking!
 */

import { createBackend } from '@backstage/backend-defaults';
import { rootHealthServiceFactory } from './health/rootHealth';

const backend = createBackend();

// Readiness says "degraded" when the AMI governance plugin is (src/health).
backend.add(rootHealthServiceFactory);

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// scaffolder plugin
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);
backend.add(
  import(
    '@ami-governance/backstage-plugin-scaffolder-backend-module-ami-governance'
  ),
);

// techdocs plugin
backend.add(import('@backstage/plugin-techdocs-backend'));

// auth plugin
backend.add(import('@backstage/plugin-auth-backend'));
// See https://backstage.io/docs/backend-system/building-backends/migrating#the-auth-plugin
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// See https://backstage.io/docs/auth/guest/provider

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// See https://backstage.io/docs/features/software-catalog/configuration#subscribing-to-catalog-errors
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// The organization's AWS accounts (the AMI Governance backend's newest snapshot) as catalog entities,
// annotated amazonaws.com/account-id and owned as their owner tag says (catalog.providers.amiGovernance).
backend.add(
  import(
    '@ami-governance/backstage-plugin-catalog-backend-module-ami-governance'
  ),
);

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
// An example policy: who may read AMI governance data, and that only services write it
// (src/permissions, docs/backend.md#permissions). Organizations replace it with their own.
backend.add(import('./permissions/module'));

// search plugin
backend.add(import('@backstage/plugin-search-backend'));

// search engine
// See https://backstage.io/docs/features/search/search-engines
backend.add(import('@backstage/plugin-search-backend-module-pg'));

// search collators
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// user settings plugin
backend.add(import('@backstage/plugin-user-settings-backend'));

// events plugin: its PostgreSQL event bus carries events, and so signals, between replicas. Without it a
// page connected to one replica never hears a change made on another (docs/install.md, "More than one replica").
backend.add(import('@backstage/plugin-events-backend'));

// notifications and signals plugins
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// AMI governance: allowlist, exceptions, policies and organization status
backend.add(import('@ami-governance/backstage-plugin-ami-governance-backend'));

// AI assistants: the plugins' read-only actions as MCP tools at /api/mcp-actions/v1
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();

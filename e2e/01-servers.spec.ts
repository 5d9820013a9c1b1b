// The servers of playwright.config.ts's webServer: the backend :7007 and the app (the built app it serves
// under make test, else the dev server :3000).
import { expect, test } from '@playwright/test';
import { waitForOrganizationStatus } from './support/portal';
import { APP } from './support/urls';

test('servers start on their embedded defaults', async () => {
  await waitForOrganizationStatus();
  expect((await fetch(APP)).ok, 'the app answers').toBe(true);
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from './App';

// The whole app as `yarn start` serves it, signed in as a guest. No backend runs in a unit test, so
// fetch stands in for it: the guest sign-in answers an identity, every other call 503 (the browser
// test, e2e/, runs the real backend). What is checked is the app's own wiring: the route, the
// sidebar item, and the plugin's API calling the configured backend.
const BACKEND = 'http://localhost:7007';

const base64url = (value: object) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');
// Expires in 2100: the identity API only needs a token it can read an expiry from.
const GUEST_TOKEN = `${base64url({ alg: 'none' })}.${base64url({
  sub: 'user:default/guest',
  ent: ['user:default/guest'],
  exp: 4102444800,
})}.unsigned`;

const json = (status: number, body: object) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

function fakeBackend() {
  const requested: string[] = [];
  const fetch = jest.fn(async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url);
    if (url === `${BACKEND}/api/auth/guest/refresh`) {
      return json(200, {
        profile: {},
        backstageIdentity: {
          token: GUEST_TOKEN,
          identity: {
            type: 'user',
            userEntityRef: 'user:default/guest',
            ownershipEntityRefs: ['user:default/guest'],
          },
        },
      });
    }
    return json(503, {
      error: { name: 'ServiceUnavailableError', message: 'no backend here' },
    });
  });
  return { fetch, requested };
}

async function openAppAt(path: string) {
  const backend = fakeBackend();
  global.fetch = backend.fetch as typeof global.fetch;
  window.history.pushState({}, '', path);
  render(<App />);
  await userEvent.click(await screen.findByRole('button', { name: 'Enter' }));
  return backend;
}

describe('App', () => {
  const originalFetch = global.fetch;
  beforeEach(() => {
    // The sign-in page remembers the last provider and signs in without asking: each test starts anew.
    window.localStorage.clear();
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Test', baseUrl: 'http://localhost:3000' },
            backend: { baseUrl: BACKEND },
          },
          context: 'test',
        },
      ] as any,
    };
  });
  afterEach(() => {
    global.fetch = originalFetch;
  });

  it('serves the AMI Governance page at /ami-governance, linked from the sidebar, reading the plugin backend', async () => {
    const backend = await openAppAt('/ami-governance');

    // The plugin's own header and the Developers tab, which opens at the root of its route.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'AMI Governance' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Which publishers may I use, and until when?'),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/ami-governance');

    const sidebar = screen.getByRole('navigation');
    expect(
      within(sidebar).getByRole('link', { name: 'AMI Governance' }),
    ).toHaveAttribute('href', '/ami-governance');

    // The page's API goes to the plugin's route on the configured backend.
    await waitFor(() =>
      expect(backend.requested).toContain(
        `${BACKEND}/api/ami-governance/status`,
      ),
    );
  }, 30_000);

  it("serves the page's Platform tab below the plugin's route", async () => {
    await openAppAt('/ami-governance/platform');

    expect(
      await screen.findByRole(
        'tab',
        { name: 'Platform', selected: true },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Developers' })).toHaveAttribute(
      'aria-selected',
      'false',
    );
  }, 30_000);
});

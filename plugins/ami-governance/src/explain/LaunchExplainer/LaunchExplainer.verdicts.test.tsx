import { screen, within } from '@testing-library/react';
import { explainApi } from '../../__testUtils__/launchWorld';
import { renderExplainer } from '../../__testUtils__/renderExplainer';

/** The explainer opened from a link; the answers come from the fake backend running explainLaunch. */
async function open(search: string, options: { snapshot?: boolean } = {}) {
  await renderExplainer(search, explainApi(options).api);
  // The answer is the status named by its verdict (the test app's location outputs are statuses too).
  return screen.findByRole('status', {
    name: /^(Allowed|Denied|Audit only|Not known|Not an account)/,
  });
}

const layer = (title: string) =>
  within(screen.getByRole('region', { name: title }));

describe('LaunchExplainer verdicts', () => {
  it('allowed in both layers: the verdict, the matched criterion and nothing to do', async () => {
    const verdict = await open(
      '?accountId=210987654321&imageId=ami-0123456789abcdef0&region=eu-west-1',
    );
    expect(verdict).toHaveTextContent('Allowed');
    expect(verdict).toHaveTextContent(
      'Yes: account 210987654321 may launch AMIs from 123456738923, with no end date: AWS allows it today and the next apply keeps it so.',
    );
    expect(verdict).toHaveTextContent(
      'AWS enforces today (deployed policies collected 2026-11-23T06:00:00Z): a launch of AMIs from 123456738923 in 210987654321 goes ahead.',
    );
    expect(verdict).toHaveTextContent(
      'Git (what the next apply deploys): a launch of AMIs from 123456738923 in 210987654321 goes ahead, with no end date.',
    );
    expect(verdict).toHaveTextContent(
      'Account 210987654321 (payments-prod) · ami-0123456789abcdef0 (owner 123456738923) · eu-west-1 · as of 2026-11-23 · organization data collected 2026-11-23 06:00 UTC',
    );
    expect(verdict.className).toMatch(/MuiAlert-standardSuccess/);
    const allowedImages = layer('Allowed AMIs');
    expect(allowedImages.getByText('Allowed')).toBeInTheDocument();
    expect(
      allowedImages.getByText(
        "the account-region's own setting, as collected from EC2",
      ),
    ).toBeInTheDocument();
    expect(allowedImages.getByText('enabled')).toBeInTheDocument();
    expect(allowedImages.getByText('criteria_1')).toBeInTheDocument();
    expect(
      allowedImages.getByText('The AMI matches criteria_1.'),
    ).toBeInTheDocument();
    const scp = layer('SCP');
    expect(scp.getByText('Allowed: the owner is listed')).toBeInTheDocument();
    expect(scp.getByText('123456738923')).toBeInTheDocument();
    // The words come from the answer: the page hard-codes no verdict.
    expect(
      screen.getByText('Nothing: AWS and Git both allow it, with no end date.'),
    ).toBeInTheDocument();
  });

  it('allowed by an exception: until its last day, and a link to extend it', async () => {
    const verdict = await open(
      '?accountId=210987654321&imageId=ami-0aaaaaaaaaaaaaaa1&region=eu-west-1',
    );
    expect(verdict).toHaveAccessibleName('Allowed until 2027-01-31');
    expect(verdict).toHaveTextContent(
      'Until 2027-01-31 · exception for 777788889999 (migration), its last day',
    );
    expect(verdict).toHaveTextContent(
      'it holds until 2027-01-31, when the exception expires.',
    );
    const extend = screen.getByRole('button', {
      name: 'Extend the exception for 777788889999',
    });
    expect(extend).toHaveAttribute(
      'href',
      `/create/templates/default/request-ami-exception?formData=${encodeURIComponent(
        '{"accountId":"777788889999"}',
      )}`,
    );
    expect(
      await screen.findByText(
        /Launch an AMI published by Ops golden AMI publisher \(123456738923\)/,
      ),
    ).toBeInTheDocument();
  });

  it('an exception merged in Git but not applied yet: no button to request it again', async () => {
    const verdict = await open(
      '?accountId=410987654321&owner=777788889999&region=eu-west-1',
    );
    expect(verdict).toHaveAccessibleName(
      'Denied today; Git allows it from the next apply',
    );
    expect(verdict).toHaveTextContent(
      'Git allows it until 2027-01-31, when the exception for 777788889999 expires; it takes effect at the next apply; no request is needed. Until then AWS denies the launch.',
    );
    expect(verdict.className).toMatch(/MuiAlert-standardWarning/);
    expect(screen.getByText(/^Nothing to request/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /exception/ }),
    ).not.toBeInTheDocument();
  });

  it('an account outside the organization: nothing can be said, never allowed', async () => {
    const verdict = await open('?accountId=999999999999&owner=444400001111');
    expect(verdict).toHaveAccessibleName('Not an account of this organization');
    expect(verdict).toHaveTextContent(
      'Account 999999999999 is not an account of this organization: nothing can be said about launches in it.',
    );
    expect(verdict).not.toHaveTextContent(/^Allowed/);
    expect(
      screen.queryByRole('button', { name: /exception/ }),
    ).not.toBeInTheDocument();
  });

  it('denied by both layers: a golden AMI, or an exception for the owner pre-filled', async () => {
    const verdict = await open(
      '?accountId=210987654321&imageId=ami-0bbbbbbbbbbbbbbb2&region=eu-west-1',
    );
    expect(verdict).toHaveTextContent('Denied');
    expect(verdict.className).toMatch(/MuiAlert-standardError/);
    expect(verdict).toHaveTextContent(
      'No: account 210987654321 may not launch AMIs from 444400001111.',
    );
    expect(
      layer('Allowed AMIs').getByText('Not allowed: the launch is blocked'),
    ).toBeInTheDocument();
    expect(
      layer('SCP').getByText('Denied: the owner is not listed'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Request an exception for 444400001111',
      }),
    ).toHaveAttribute(
      'href',
      '/create/templates/default/request-ami-exception?formData=%7B%22accountId%22%3A%22444400001111%22%7D',
    );
    expect(await screen.findByText(/Ops golden AMI publisher/)).toBeVisible();
  });

  it('audit mode and an SCP without a launch guard: allowed for now, reported', async () => {
    const verdict = await open(
      '?accountId=310987654321&imageId=ami-0bbbbbbbbbbbbbbb2',
    );
    expect(verdict).toHaveTextContent('Allowed for now: audit only');
    expect(verdict.className).toMatch(/MuiAlert-standardWarning/);
    expect(verdict).toHaveTextContent('no region: effective policy');
    const allowedImages = layer('Allowed AMIs');
    expect(
      allowedImages.getByText('Not allowed, audit only: reported, not blocked'),
    ).toBeInTheDocument();
    expect(allowedImages.getByText('audit_mode')).toBeInTheDocument();
    expect(
      allowedImages.getByText(/effective declarative policy/),
    ).toBeInTheDocument();
    expect(
      layer('SCP').getByText('Governs this account, without a launch guard'),
    ).toBeInTheDocument();
  });

  it("self-owned: Allowed AMIs allows the account's own AMI, the SCP does not", async () => {
    const verdict = await open(
      '?accountId=210987654321&imageId=ami-0ccccccccccccccc3&region=eu-west-1',
    );
    expect(verdict).toHaveTextContent('Denied');
    const allowedImages = layer('Allowed AMIs');
    expect(allowedImages.getByText('Allowed')).toBeInTheDocument();
    expect(
      allowedImages.getByText(
        "self-owned: the account's own AMI, always allowed",
      ),
    ).toBeInTheDocument();
    expect(
      layer('SCP').getByText(
        /even though the account owns the AMI: unlike Allowed AMIs, the SCP has no exemption/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Request an exception for 210987654321',
      }),
    ).toBeInTheDocument();
  });

  it('outside both policies: not enforced, not governed, allowed', async () => {
    const verdict = await open(
      '?accountId=999900001111&imageId=ami-0bbbbbbbbbbbbbbb2&region=us-east-1',
    );
    expect(verdict).toHaveTextContent('Allowed');
    const allowedImages = layer('Allowed AMIs');
    expect(allowedImages.getByText('Not enforced here')).toBeInTheDocument();
    expect(
      allowedImages.getByText('nothing known for this account and region'),
    ).toBeInTheDocument();
    expect(allowedImages.queryByText('State')).not.toBeInTheDocument();
    expect(
      layer('SCP').getByText('Does not govern this account'),
    ).toBeInTheDocument();
  });

  it('Allowed AMIs disabled in the region, the SCP still denies', async () => {
    const verdict = await open(
      '?accountId=045678901234&imageId=ami-0bbbbbbbbbbbbbbb2&region=eu-west-1',
    );
    expect(verdict).toHaveTextContent('Denied');
    const allowedImages = layer('Allowed AMIs');
    expect(allowedImages.getByText('Not enforced here')).toBeInTheDocument();
    expect(allowedImages.getByText('disabled')).toBeInTheDocument();
  });

  it('without an organization snapshot the SCP layer is not known', async () => {
    const verdict = await open(
      '?accountId=999900001111&imageId=ami-0123456789abcdef0',
      { snapshot: false },
    );
    expect(verdict).toHaveTextContent('no organization snapshot yet');
    expect(
      layer('SCP').getByText('Not known: no organization snapshot'),
    ).toBeInTheDocument();
  });

  it('an expiry before the day asked about: denied on that day', async () => {
    const verdict = await open(
      '?accountId=210987654321&imageId=ami-0aaaaaaaaaaaaaaa1&region=eu-west-1&on=2027-02-15',
    );
    expect(verdict).toHaveTextContent('Denied');
    expect(verdict).toHaveTextContent('as of 2027-02-15');
    expect(screen.getByLabelText('On')).toHaveValue('2027-02-15');
  });

  it.each([
    // The deployed policies list amazon; the config does not (Git removed it).
    [
      'amazon',
      'Allowed today; not after the next apply',
      'Allowed today because AWS still lists amazon; Git no longer allows it; the next apply removes it (then launches are denied); move off it now.',
    ],
    [
      'aws-marketplace',
      'Denied',
      'No: account 210987654321 may not launch AMIs from aws-marketplace.',
    ],
  ])('owner alias %s: %s', async (owner, label, sentence) => {
    const verdict = await open(
      `?accountId=210987654321&owner=${owner}&region=eu-west-1`,
    );
    expect(verdict).toHaveTextContent(label);
    expect(verdict).toHaveTextContent(sentence);
    expect(verdict).toHaveTextContent(`AMIs of ${owner}`);
    expect(screen.getByRole('textbox', { name: /AMI owner/ })).toHaveValue(
      owner,
    );
  });

  it('an alias cannot get an exception: it says so instead of linking', async () => {
    await open('?accountId=210987654321&owner=aws-marketplace');
    expect(
      screen.getByText(/aws-marketplace is an owner alias, not an account/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Request an exception/ }),
    ).not.toBeInTheDocument();
  });
});

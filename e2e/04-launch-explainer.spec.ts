// The explainer as a policy's exception_message would link to it: an outside publisher's AMI.
import { expect, test } from './support/test';
import {
  openSignedIn,
  screenshotPath,
  waitForOrganizationStatus,
} from './support/portal';

test.beforeAll(waitForOrganizationStatus);

test('a deep link to the explainer answers "can I launch this?" layer by layer', async ({
  page,
}) => {
  await openSignedIn(
    page,
    '/ami-governance/explain?accountId=310987654321&imageId=ami-0c0ffee1234567890&region=us-east-1',
    page
      .getByText(
        'No: account 310987654321 may not launch AMIs from 999988887777.',
      )
      .first(),
  );
  await expect(page.getByText(/ec2:Owner/).first()).toBeVisible();
  await page.screenshot({
    path: screenshotPath('ami-governance-explain.png'),
    fullPage: true,
  });
});

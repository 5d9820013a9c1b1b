import { fireEvent, screen, waitFor } from '@testing-library/react';
import { explainApi } from '../../__testUtils__/launchWorld';
import { renderExplainer } from '../../__testUtils__/renderExplainer';
import { responseError } from '../../__testUtils__/responseError';

const field = (name: RegExp) => screen.getByRole('textbox', { name });
const type = (name: RegExp, value: string) =>
  fireEvent.change(field(name), { target: { value } });
const explain = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Explain' }));
const queryString = () => screen.getByTestId('query-string').textContent;
const findVerdict = () =>
  screen.findByRole('status', { name: /^(Allowed|Denied|Not known)/ });

describe('LaunchExplainer form', () => {
  it('asks nothing until a question is complete, and says what each field needs', async () => {
    const backend = explainApi();
    await renderExplainer('', backend.api);
    explain();
    expect(
      screen.getByText(
        'Enter the 12-digit AWS account ID, leading zeros included.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Enter the AMI ID, e.g. ami-0abcdef1234567890, or choose AMIs of an owner.',
      ),
    ).toBeInTheDocument();
    type(/AWS account ID/, '21098765432');
    type(/AMI ID/, 'ami-12xyz');
    type(/Region/, 'EU-West-1');
    expect(
      screen.getByText(
        'An AWS account ID has 12 digits; this has 11: is a leading zero missing?',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'An AMI ID is ami- and 8 or 17 hexadecimal digits (0-9, a-f), e.g. ami-0abcdef1234567890.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('A region is written like eu-west-1 (lower case).'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'AMIs of an owner' }));
    explain();
    expect(
      screen.getByText(
        'Enter the AMI owner: a 12-digit account ID, amazon or aws-marketplace.',
      ),
    ).toBeInTheDocument();
    type(/AMI owner/, 'amazn');
    expect(
      screen.getByText(
        'The owner is a 12-digit AWS account ID or an owner alias: amazon or aws-marketplace.',
      ),
    ).toBeInTheDocument();
    explain();
    expect(backend.asked).toEqual([]);
    expect(queryString()).toBe('');
  });

  it('asking writes the question into the URL, which fetches the answer', async () => {
    const backend = explainApi();
    await renderExplainer('', backend.api);
    type(/AWS account ID/, '210987654321');
    type(/AMI ID/, 'ami-0bbbbbbbbbbbbbbb2');
    type(/Region/, 'eu-west-1');
    explain();
    expect(await findVerdict()).toHaveTextContent('Denied');
    expect(queryString()).toBe(
      '?accountId=210987654321&imageId=ami-0bbbbbbbbbbbbbbb2&region=eu-west-1',
    );
    expect(backend.asked).toEqual([
      {
        accountId: '210987654321',
        imageId: 'ami-0bbbbbbbbbbbbbbb2',
        region: 'eu-west-1',
      },
    ]);
  });

  it('a link opens with the form filled in and the answer, asked once', async () => {
    const backend = explainApi();
    await renderExplainer(
      '?accountId=310987654321&owner=444400001111&region=us-east-1&on=2026-12-01',
      backend.api,
    );
    expect(await findVerdict()).toHaveTextContent('Allowed for now');
    expect(field(/AWS account ID/)).toHaveValue('310987654321');
    expect(
      screen.getByRole('radio', { name: 'AMIs of an owner' }),
    ).toBeChecked();
    expect(field(/AMI owner/)).toHaveValue('444400001111');
    expect(field(/Region/)).toHaveValue('us-east-1');
    expect(screen.getByLabelText('On')).toHaveValue('2026-12-01');
    expect(backend.asked).toEqual([
      {
        accountId: '310987654321',
        owner: '444400001111',
        region: 'us-east-1',
        on: '2026-12-01',
      },
    ]);
  });

  it('a link with a malformed question shows what is wrong and asks nothing', async () => {
    const backend = explainApi();
    await renderExplainer('?accountId=210987654321&imageId=ami-x', backend.api);
    expect(
      await screen.findByText(/An AMI ID is ami- and 8 or 17 hexadecimal/),
    ).toBeInTheDocument();
    expect(backend.asked).toEqual([]);
  });

  it('an AMI it cannot resolve: asks for the owner, and puts the cursor there', async () => {
    await renderExplainer(
      '?accountId=210987654321&imageId=ami-0ddddddddddddddd4&region=eu-west-1',
      explainApi().api,
    );
    const verdict = await findVerdict();
    expect(verdict).toHaveTextContent(
      'Not known: the AMI could not be resolved',
    );
    expect(verdict).toHaveTextContent(
      'ami-0ddddddddddddddd4 cannot be seen from this account (Allowed AMIs in enabled mode hides disallowed AMIs): give its owner account ID instead.',
    );
    expect(
      screen.queryByRole('region', { name: 'Allowed AMIs' }),
    ).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Give the owner' }));
    await waitFor(() => expect(field(/AMI owner/)).toHaveFocus());
    type(/AMI owner/, '444400001111');
    explain();
    expect(await findVerdict()).toHaveTextContent('Denied');
    expect(queryString()).toBe(
      '?accountId=210987654321&owner=444400001111&region=eu-west-1',
    );
  });

  it('shows progress while the backend answers', async () => {
    await renderExplainer('?accountId=210987654321&owner=amazon', {
      explain: () => new Promise(() => {}),
    });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it("shows the backend's message when it refuses", async () => {
    const error = await responseError(
      503,
      'No governance config has been read yet, so there is no allowlist to explain a launch against',
    );
    await renderExplainer('?accountId=210987654321&owner=amazon', {
      explain: async () => {
        throw error;
      },
    });
    expect(
      await screen.findByText('Error: Could not explain this launch'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'No governance config has been read yet, so there is no allowlist to explain a launch against (HTTP 503)',
      ),
    ).toBeInTheDocument();
  });
});

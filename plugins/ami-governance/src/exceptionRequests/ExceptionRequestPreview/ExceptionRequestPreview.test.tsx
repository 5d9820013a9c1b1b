import { screen, within } from '@testing-library/react';
import { formApi } from '../../__testUtils__/exceptionRequestForm';
import {
  renderField,
  validationContext,
} from '../../__testUtils__/renderField';
import { ExceptionRequestPreview } from './ExceptionRequestPreview';
import { exceptionRequestPreviewValidation } from './validation';

const FORM = {
  accountId: '999900001111',
  exceptionType: 'migration',
  expiresOn: '2027-01-31',
  reason: 'Moving the batch fleet to golden images',
  ticket: 'CLOUD-1400',
};

const render = (
  form: Record<string, unknown>,
  api: Parameters<typeof renderField>[1]['api'] = formApi(),
) =>
  renderField(ExceptionRequestPreview, {
    name: 'preview',
    title: 'Preview',
    form,
    api,
  });

describe('ExceptionRequestPreview', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('shows the merge request the request will open', async () => {
    const { values } = await render(FORM);
    expect(
      await screen.findByRole('heading', {
        name: 'AMI exception: 999900001111 until 2027-01-31 (CLOUD-1400)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/A new exception, migration, 69 days/),
    ).toHaveTextContent('Branch exception/CLOUD-1400-999900001111.');
    expect(screen.getByRole('region', { name: 'Approvals' })).toHaveTextContent(
      'Needs the approval of the security lead and cloud architect',
    );
    expect(screen.getByRole('region', { name: 'Allowlist' })).toHaveTextContent(
      '3 providers before, 4 after; added: 999900001111.',
    );
    expect(
      screen.getByRole('region', { name: 'What it allows' }),
    ).toHaveTextContent(
      'AMIs owned by 999900001111 become allowed: EC2 may launch them in every account the two policies govern',
    );
    const sizes = within(screen.getByRole('table', { name: 'Policy sizes' }));
    expect(
      sizes.getByRole('row', { name: /^EC2 declarative policy/ }),
    ).toHaveTextContent(/10,000/);
    expect(
      sizes.getByRole('row', { name: /^Service control policy/ }),
    ).toHaveTextContent(/10,240/);
    expect(
      screen.getByRole('region', { name: 'The entry written to the config' }),
    ).toHaveTextContent('"requested_by": "user:default/guest"');
    expect(values).toEqual([
      'AMI exception: 999900001111 until 2027-01-31 (CLOUD-1400)',
    ]);
  });

  it('shows an extension of an active exception', async () => {
    await render({
      ...FORM,
      accountId: '777788889999',
      expiresOn: '2027-02-15',
    });
    expect(
      await screen.findByText(/Extension of the exception ending 2027-01-31/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'What it allows' }),
    ).toHaveTextContent(
      'AMIs owned by 777788889999 stay allowed until 2027-02-15 instead of 2027-01-31 (15 more days).',
    );
  });

  it('shows the lapsed exceptions the merge request removes as housekeeping, not as a problem', async () => {
    // formConfig's exception for 222233334444 ended 2026-10-01: another team's lapse.
    await render(FORM);
    const housekeeping = await screen.findByRole('region', {
      name: 'Housekeeping: lapsed exceptions removed',
    });
    expect(housekeeping).toHaveTextContent(
      'The merge request also removes 1 lapsed exception of other accounts.',
    );
    expect(housekeeping).toHaveTextContent(
      '222233334444, expired 2026-10-01, CLOUD-1301',
    );
    // Nothing else is wrong with the file, so nothing is left to report to the reviewers.
    expect(
      screen.queryByRole('region', { name: 'Reported to the reviewers' }),
    ).not.toBeInTheDocument();
  });

  it('says the request would be refused, and why', async () => {
    const { values } = await render({ ...FORM, accountId: '123456738923' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This request would be refused.');
    expect(alert).toHaveTextContent(
      '123456738923 is already the ops golden AMI publisher',
    );
    expect(values).toEqual(['refused']);
  });

  it('asks for the account, type and expiry first', async () => {
    await render({ accountId: '999900001111' });
    expect(
      await screen.findByText('Fill in the account, type and expiry first.'),
    ).toBeInTheDocument();
  });

  it('lets the request go when the backend cannot preview it', async () => {
    await render(FORM, {
      previewExceptionRequest: async () => {
        throw new Error('Service Unavailable');
      },
    });
    expect(
      await screen.findByText(
        /The preview is not available \(Service Unavailable\); the request is still checked when it is sent/,
      ),
    ).toBeInTheDocument();
  });
});

describe('exceptionRequestPreviewValidation', () => {
  it('refuses what the action would refuse, with its findings', async () => {
    const refused = validationContext(formApi(), {
      ...FORM,
      expiresOn: '2027-06-11',
    });
    await exceptionRequestPreviewValidation(
      'refused',
      refused.validation,
      refused.context,
    );
    expect(refused.errors).toEqual([
      expect.stringMatching(/may run at most 90 days/),
    ]);
    const accepted = validationContext(formApi(), FORM);
    await exceptionRequestPreviewValidation(
      'AMI exception: …',
      accepted.validation,
      accepted.context,
    );
    expect(accepted.errors).toEqual([]);
  });
});

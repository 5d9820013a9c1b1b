import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  accountEntity,
  renderField,
  validationContext,
} from '../../__testUtils__/renderField';
import { formApi } from '../../__testUtils__/exceptionRequestForm';
import { AwsAccountPicker } from './AwsAccountPicker';
import { awsAccountPickerValidation } from './validation';

const render = (
  options: Parameters<typeof renderField>[1] extends infer O
    ? Partial<O>
    : never = {},
) =>
  renderField(AwsAccountPicker, {
    name: 'accountId',
    title: 'AWS account ID',
    ...options,
  });

const input = () => screen.getByRole('textbox', { name: /AWS account ID/ });
const optionTexts = () =>
  within(screen.getByRole('listbox'))
    .queryAllByRole('option')
    .map(o => o.textContent);
const type = (value: string) =>
  fireEvent.change(input(), { target: { value } });

describe('AwsAccountPicker', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it.each([
    [
      '99990000111',
      'An AWS account ID has 12 digits; this has 11: is a leading zero missing?',
    ],
    ['9999000011112', 'An AWS account ID has 12 digits; this has 13.'],
    ['9999-0000-1111', 'An AWS account ID has only digits: remove "-".'],
  ])('says what is wrong with %j as it is typed', async (value, message) => {
    const { values } = await render();
    type(value);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(values).toEqual([value]);
  });

  it.each([
    [
      '123456738923',
      'No exception needed',
      /is already the ops golden AMI publisher \(ops_publisher_account\); its AMIs are allowed without an exception/,
    ],
    [
      '111122223333',
      'No exception needed',
      /is already the vendor publisher InfoBlox/,
    ],
    [
      '777788889999',
      'This request extends an active exception',
      /already has an exception until 2027-01-31 \(CLOUD-1234, 69 days left\): this request extends it/,
    ],
    [
      '222233334444',
      'This request renews an expired exception',
      /had an exception that ended on 2026-10-01 \(CLOUD-1301, expired 53 days ago\)/,
    ],
  ])(
    'says at once what a request for %s would be',
    async (id, headline, message) => {
      await render();
      type(id);
      const status = await screen.findByRole('status');
      expect(status).toHaveTextContent(headline);
      expect(status).toHaveTextContent(message);
    },
  );

  it('names a new account from the organization snapshot', async () => {
    await render({ formData: '999900001111' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'A new exception. 999900001111 has no exception yet: this request adds one. (batch-prod (Root / Workloads / Production))',
    );
  });

  it('suggests accounts from the organization snapshot, with name and OU, and from the catalog', async () => {
    await render({
      entities: [
        accountEntity(
          'payments-prod-account',
          '210987654321',
          'Payments production',
        ),
        // Annotated by hand with the annotation the plugin read before: still suggested.
        accountEntity(
          'payments-sandbox',
          '045678901234',
          undefined,
          'aws.amazon.com/account-id',
        ),
        accountEntity('orders', '210987654322'),
      ],
    });
    type('pay');
    // The organization is searched once typing stops; the catalog is filtered as typed.
    await waitFor(() =>
      expect(optionTexts()).toEqual([
        '210987654321payments-prod (Root / Workloads / Production) · catalog: Payments production',
        '310987654321payments-staging (Root / Workloads / Non-production)',
        '045678901234catalog: payments-sandbox',
      ]),
    );
    fireEvent.click(
      within(screen.getByRole('listbox')).getAllByRole('option')[0],
    );
    expect(input()).toHaveValue('210987654321');
  });

  it('still suggests from the catalog when the organization has no snapshot', async () => {
    await render({
      api: formApi({ organization: null }),
      entities: [accountEntity('payments-sandbox', '045678901234')],
    });
    type('045');
    expect(
      await screen.findByText(
        'No organization snapshot yet: suggestions come from the catalog only.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(optionTexts()).toEqual(['045678901234catalog: payments-sandbox']),
    );
  });
});

describe('awsAccountPickerValidation', () => {
  it.each([
    [
      '99990000111',
      [
        'An AWS account ID has 12 digits; this has 11: is a leading zero missing?',
      ],
    ],
    [
      '123456738923',
      [
        expect.stringMatching(
          /^123456738923 is already the ops golden AMI publisher/,
        ),
      ],
    ],
    ['777788889999', []],
    ['999900001111', []],
  ])('%s → %j', async (value, expected) => {
    const { errors, validation, context } = validationContext(formApi());
    await awsAccountPickerValidation(value, validation, context);
    expect(errors).toEqual(expected);
  });

  it('lets the action decide when the backend cannot answer', async () => {
    const { errors, validation, context } = validationContext({
      getExceptionRequestContext: async () => {
        throw new Error('503');
      },
    });
    await awsAccountPickerValidation('123456738923', validation, context);
    expect(errors).toEqual([]);
  });
});

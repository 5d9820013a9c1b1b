import { fireEvent, screen } from '@testing-library/react';
import { formApi, formConfig } from '../../__testUtils__/exceptionRequestForm';
import {
  renderField,
  validationContext,
} from '../../__testUtils__/renderField';
import { ExceptionExpiryPicker } from './ExceptionExpiryPicker';
import { exceptionExpiryPickerValidation } from './validation';

const render = (
  form: Record<string, unknown>,
  options: { formData?: string; configText?: string } = {},
) =>
  renderField(ExceptionExpiryPicker, {
    name: 'expiresOn',
    title: 'Expires on',
    form,
    formData: options.formData,
    api: formApi({ configText: options.configText }),
  });

const NEW = { accountId: '999900001111', exceptionType: 'migration' };

describe('ExceptionExpiryPicker', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-23T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it("states the type's cap with the latest date, and picks it", async () => {
    const { values } = await render(NEW);
    expect(
      await screen.findByText(
        'A migration exception may run at most 90 days: until 2027-02-21.',
      ),
    ).toBeInTheDocument();
    const date = screen.getByLabelText(/Expires on/);
    expect(date).toHaveAttribute('max', '2027-02-21');
    expect(date).toHaveAttribute('min', '2026-11-23');
    fireEvent.click(screen.getByRole('button', { name: 'Use 2027-02-21' }));
    expect(values).toEqual(['2027-02-21']);
    expect(
      await screen.findByText('90 days from today (2026-11-23, UTC).'),
    ).toBeInTheDocument();
  });

  it("applies the organization's cap when it is lower", async () => {
    await render(
      { ...NEW, exceptionType: 'vendor_poc' },
      { configText: formConfig({ max_exception_duration_days: 45 }) },
    );
    expect(
      await screen.findByText(
        "The organization's cap (policy_config.max_exception_duration_days) limits every exception to 45 days, below the 60 days a vendor_poc exception could otherwise run: until 2027-01-07.",
      ),
    ).toBeInTheDocument();
  });

  it('counts the days and explains the warning window as a date is picked', async () => {
    await render(NEW);
    fireEvent.change(screen.getByLabelText(/Expires on/), {
      target: { value: '2027-01-31' },
    });
    expect(
      await screen.findByText('69 days from today (2026-11-23, UTC).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'From 2027-01-17 (14 days before it ends) the exception is listed as expiring and the daily check warns, leaving time to finish the work or ask for an extension.',
      ),
    ).toBeInTheDocument();
  });

  it('says at once why the action would refuse a date 200 days away', async () => {
    await render(NEW, { formData: '2027-06-11' });
    expect(
      await screen.findByText(
        /^A migration exception may run at most 90 days; 2027-06-11 is 200 days from today \(2026-11-23\)\. Choose 2027-02-21 or earlier/,
      ),
    ).toBeInTheDocument();
  });

  it('requires an extension to end after the active exception', async () => {
    await render(
      { accountId: '777788889999', exceptionType: 'migration' },
      { formData: '2027-01-15' },
    );
    expect(
      await screen.findByText(
        '777788889999 already has an exception until 2027-01-31; an extension must end after that date (asked for 2027-01-15). To end an exception early, remove its entry.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Expires on/)).toHaveAttribute(
      'min',
      '2027-02-01',
    );
  });

  it('asks for the type before it can state a cap', async () => {
    await render({ accountId: '999900001111' });
    expect(
      await screen.findByText(
        'Choose the exception type to see how long it may run.',
      ),
    ).toBeInTheDocument();
  });
});

describe('exceptionExpiryPickerValidation', () => {
  it.each([
    ['2027-01-31', NEW, []],
    [
      '2026-11-22',
      NEW,
      [expect.stringMatching(/^expiresOn 2026-11-22 is in the past/)],
    ],
    ['2027-06-11', NEW, [expect.stringMatching(/may run at most 90 days/)]],
    [
      '2027-01-15',
      { accountId: '777788889999', exceptionType: 'migration' },
      [expect.stringMatching(/an extension must end after that date/)],
    ],
  ])('%s for %j', async (value, form, expected) => {
    const { errors, validation, context } = validationContext(formApi(), form);
    await exceptionExpiryPickerValidation(value, validation, context);
    expect(errors).toEqual(expected);
  });
});

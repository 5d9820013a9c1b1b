import { describeAccountIdInput } from './exceptionRequestAccountId';

describe('describeAccountIdInput', () => {
  it.each([
    ['012345678901', undefined],
    ['', 'Enter the 12-digit AWS account ID, leading zeros included.'],
    [
      '99990000111',
      'An AWS account ID has 12 digits; this has 11: is a leading zero missing?',
    ],
    ['1234', 'An AWS account ID has 12 digits; this has 4.'],
    ['9999000011112', 'An AWS account ID has 12 digits; this has 13.'],
    ['9999-0000-1111', 'An AWS account ID has only digits: remove "-".'],
    [
      '9999 0000 111x',
      'An AWS account ID has only digits: remove the spaces, "x".',
    ],
  ])('%j → %j', (value, message) => {
    expect(describeAccountIdInput(value)).toEqual(
      message ? { ok: false, message } : { ok: true },
    );
  });
});

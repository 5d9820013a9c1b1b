import {
  asksQuestion,
  explainFormErrors,
  ExplainFormValues,
  explainQueryOf,
  readExplainForm,
} from './explainForm';

const values = (v: Partial<ExplainFormValues>): ExplainFormValues => ({
  accountId: '210987654321',
  choice: 'imageId',
  imageId: 'ami-0123456789abcdef0',
  owner: '',
  region: '',
  on: '',
  ...v,
});

describe('explainForm', () => {
  it('reads a link: owner without imageId chooses Owner', () => {
    const read = readExplainForm(
      new URLSearchParams('accountId=210987654321&owner=amazon&on=2027-01-01'),
    );
    expect(read).toEqual({
      accountId: '210987654321',
      choice: 'owner',
      imageId: '',
      owner: 'amazon',
      region: '',
      on: '2027-01-01',
    });
    expect(asksQuestion(new URLSearchParams('accountId=1'))).toBe(false);
    expect(asksQuestion(new URLSearchParams('accountId=1&owner=x'))).toBe(true);
  });

  it.each([
    [{ imageId: 'ami-0123456789abcdef0' }, {}],
    [{ imageId: 'ami-01234567' }, {}],
    [
      { imageId: 'AMI-01234567' },
      { imageId: expect.stringMatching(/^An AMI ID is ami-/) },
    ],
    [{ choice: 'owner' as const, owner: 'aws_marketplace' }, {}],
    [{ choice: 'owner' as const, owner: '044400001111' }, {}],
    [
      { choice: 'owner' as const, owner: 'amazon.com' },
      { owner: expect.stringMatching(/^The owner is a 12-digit/) },
    ],
    [{ region: 'eu-west-1', on: '2028-02-29' }, {}],
    [
      { region: 'Ireland', on: '2026-02-29' },
      {
        region: 'A region is written like eu-west-1 (lower case).',
        on: 'A date is a calendar day written YYYY-MM-DD.',
      },
    ],
    [
      { accountId: '2109 8765 4321' },
      { accountId: 'An AWS account ID has only digits: remove the spaces.' },
    ],
  ])('checks %j', (change, errors) => {
    expect(explainFormErrors(values(change))).toEqual(errors);
  });

  it('sends only the chosen one of AMI and owner, trimmed, without empty fields', () => {
    expect(
      explainQueryOf(
        values({ choice: 'owner', owner: ' amazon ', region: ' eu-west-1' }),
      ),
    ).toEqual({
      accountId: '210987654321',
      owner: 'amazon',
      region: 'eu-west-1',
      on: undefined,
    });
  });
});

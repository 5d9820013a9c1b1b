import { exceptionRequestOf as request } from '../__fixtures__/configs';
import {
  describeExceptionTypes,
  EXCEPTION_TICKET_MAX_LENGTH,
  exceptionRequestFieldFindings,
  exceptionRequestInputSchema,
  exceptionRequestSchema,
  MIN_EXCEPTION_REASON_LENGTH,
} from './exceptionRequestSchema';

describe('exceptionRequestSchema', () => {
  it('accepts a well-formed request', () => {
    expect(exceptionRequestSchema.safeParse(request()).success).toBe(true);
    expect(exceptionRequestFieldFindings(request())).toEqual([]);
  });

  it('describes every field of the input', () => {
    for (const [name, field] of Object.entries(
      exceptionRequestInputSchema.shape,
    )) {
      expect({ name, description: field.description }).toEqual({
        name,
        description: expect.any(String),
      });
    }
    expect(
      exceptionRequestInputSchema.shape.exceptionType.description,
    ).toContain(describeExceptionTypes());
  });

  it('names the field and says the fix, one finding per field', () => {
    const findings = exceptionRequestFieldFindings(
      request({
        accountId: '12345',
        ticket: `CLOUD-${'1'.repeat(EXCEPTION_TICKET_MAX_LENGTH)};`,
        reason: '  short reason  ',
        requestedBy: ' ',
      }),
    );
    expect(findings.map(f => `${f.code}:${f.path}`)).toEqual([
      'malformed-account-id:accountId',
      'schema:ticket',
      'schema:reason',
      'schema:requestedBy',
    ]);
    expect(findings[0].message).toBe(
      'accountId must be exactly 12 digits written as a string, e.g. "012345678901" (got "12345").',
    );
    expect(findings[2].message).toBe(
      `reason must say why the exception is needed in at least ${MIN_EXCEPTION_REASON_LENGTH} characters (got 12).`,
    );
    expect(findings.every(f => f.severity === 'error')).toBe(true);
  });

  it('leaves the expiry fields to the rules between them', () => {
    expect(
      exceptionRequestFieldFindings(
        request({ expiresOn: '2027-02-30', durationDays: 0 }),
      ),
    ).toEqual([]);
  });

  it('reports a value of the wrong type with what was found', () => {
    const [finding] = exceptionRequestFieldFindings({
      ...request(),
      accountId: 123456789012,
    });
    expect(finding).toMatchObject({
      path: 'accountId',
      message: expect.stringContaining('(got 123456789012)'),
    });
  });
});

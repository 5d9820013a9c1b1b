import {
  ACCOUNT_ID_PATTERN,
  AWS_REGION_PATTERN,
  canonicalOwnerAlias,
  isIsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import { z } from 'zod';
import type { ExplainQuery } from './LaunchExplainer';

const accountId = z.string().regex(ACCOUNT_ID_PATTERN, {
  error: 'must be a 12-digit AWS account ID, e.g. 210987654321',
});

/** The explainer's question, from a query string or an action's input. */
const explainQuerySchema = z
  .object({
    accountId,
    region: z
      .string()
      .regex(AWS_REGION_PATTERN, {
        error: 'must be an AWS region name, e.g. eu-west-1',
      })
      .optional(),
    imageId: z
      .string()
      .regex(/^ami-[0-9a-f]{8,17}$/, {
        error: 'must be an AMI ID: ami- and 8 or 17 hexadecimal digits',
      })
      .optional(),
    owner: z
      .string()
      .refine(v => ACCOUNT_ID_PATTERN.test(v) || canonicalOwnerAlias(v), {
        error:
          'must be the AMI owner: a 12-digit account ID, amazon or aws-marketplace',
      })
      .optional(),
    on: z
      .string()
      .refine(isIsoDate, { error: 'must be a date written YYYY-MM-DD' })
      .optional(),
  })
  .refine(q => (q.imageId === undefined) !== (q.owner === undefined), {
    error:
      'give either imageId (the AMI) or owner (its owner account), not both',
    path: ['imageId'],
  });

/** Reads the explainer's question; the error names the parameter and says what it must be. */
export function parseExplainQuery(
  input: unknown,
): { ok: true; value: ExplainQuery } | { ok: false; error: string } {
  const parsed = explainQuerySchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const name = issue.path.join('.') || 'query';
  return {
    ok: false,
    error:
      issue.code === 'invalid_type' && issue.input === undefined
        ? `${name} is required: ${
            name === 'accountId'
              ? 'the 12-digit AWS account ID that launches'
              : issue.message
          }`
        : `${name} ${issue.message}`,
  };
}

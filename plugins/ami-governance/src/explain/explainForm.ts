import {
  canonicalOwnerAlias,
  describeAccountIdInput,
  isAccountId,
  isAwsRegion,
  isIsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';
import type { ExplainLaunchQuery } from '../api/explainTypes';

// The explainer's form: what is typed, read from and written to the query string (so a question is a
// link), and checked with the rules the backend applies before it is sent.

/** Whether the question names the AMI or only its owner. */
export type ImageChoice = 'imageId' | 'owner';

export type ExplainFormValues = {
  accountId: string;
  choice: ImageChoice;
  imageId: string;
  owner: string;
  region: string;
  on: string;
};

export type ExplainFormErrors = Partial<
  Record<Exclude<keyof ExplainFormValues, 'choice'>, string>
>;

/** The query string's parameters, as the backend's `GET /explain` names them. */
const PARAMS = ['accountId', 'imageId', 'owner', 'region', 'on'] as const;

// The same patterns the backend's explain query schema applies.
const AMI_ID = /^ami-[0-9a-f]{8,17}$/;

/** The form as a link opens it: an `owner` parameter (and no `imageId`) chooses Owner. */
export function readExplainForm(params: URLSearchParams): ExplainFormValues {
  const get = (name: (typeof PARAMS)[number]) => params.get(name) ?? '';
  return {
    accountId: get('accountId'),
    choice: params.has('owner') && !params.has('imageId') ? 'owner' : 'imageId',
    imageId: get('imageId'),
    owner: get('owner'),
    region: get('region'),
    on: get('on'),
  };
}

/** True when the link asks a question (an account and an AMI or owner), so the answer is fetched at once. */
export function asksQuestion(params: URLSearchParams): boolean {
  return (
    params.has('accountId') && (params.has('imageId') || params.has('owner'))
  );
}

function imageError(values: ExplainFormValues): ExplainFormErrors {
  if (values.choice === 'imageId') {
    const imageId = values.imageId.trim();
    if (!imageId)
      return {
        imageId:
          'Enter the AMI ID, e.g. ami-0abcdef1234567890, or choose AMIs of an owner.',
      };
    return AMI_ID.test(imageId)
      ? {}
      : {
          imageId:
            'An AMI ID is ami- and 8 or 17 hexadecimal digits (0-9, a-f), e.g. ami-0abcdef1234567890.',
        };
  }
  const owner = values.owner.trim();
  if (!owner)
    return {
      owner:
        'Enter the AMI owner: a 12-digit account ID, amazon or aws-marketplace.',
    };
  return isAccountId(owner) || canonicalOwnerAlias(owner)
    ? {}
    : {
        owner:
          'The owner is a 12-digit AWS account ID or an owner alias: amazon or aws-marketplace.',
      };
}

/** What is wrong with each field, in words; empty when the question can be sent. */
export function explainFormErrors(
  values: ExplainFormValues,
): ExplainFormErrors {
  const errors: ExplainFormErrors = { ...imageError(values) };
  const account = describeAccountIdInput(values.accountId.trim());
  if (!account.ok) errors.accountId = account.message;
  const region = values.region.trim();
  if (region && !isAwsRegion(region))
    errors.region = 'A region is written like eu-west-1 (lower case).';
  const on = values.on.trim();
  if (on && !isIsoDate(on))
    errors.on = 'A date is a calendar day written YYYY-MM-DD.';
  return errors;
}

/** The backend's query for valid values: only the chosen one of AMI ID and owner, empty fields left out. */
export function explainQueryOf(values: ExplainFormValues): ExplainLaunchQuery {
  const optional = (value: string) => value.trim() || undefined;
  return {
    accountId: values.accountId.trim(),
    ...(values.choice === 'imageId'
      ? { imageId: values.imageId.trim() }
      : { owner: values.owner.trim() }),
    region: optional(values.region),
    on: optional(values.on),
  };
}

import type { AllowedImagesVerdict, CriterionMismatch } from './imageAllowed';

// The words for why Allowed AMIs refuses an image: which criterion, and which of its keys. Every
// answer that explains a refusal (the explainer, the account standing, the request preview) takes
// its sentence from here.

const day = (instant: string) => instant.slice(0, 10);
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** One criterion's refusal, e.g. "name acme-al2023-base does not match acme-golden-*". @public */
export function mismatchWords(m: CriterionMismatch): string {
  switch (m.key) {
    case 'providers':
      return `its publisher is not among ${m.providers.join(', ')}`;
    case 'imageNames':
      return m.name === undefined
        ? `the image's name is unknown, so it cannot be shown to match ${m.patterns.join(
            ' or ',
          )}`
        : `name ${m.name} does not match ${m.patterns.join(' or ')}`;
    case 'marketplaceProductCodes':
      return `${
        m.productCodes.length
          ? `product code ${m.productCodes.join(', ')}`
          : 'no marketplace product code'
      } is not ${m.codes.join(' or ')}`;
    case 'maximumDaysSinceCreated':
      return m.creationDate === undefined
        ? `its creation date is unknown, so it cannot be shown to be at most ${days(
            m.limit,
          )} old`
        : `created ${day(m.creationDate)}, ${days(
            m.days!,
          )} ago: older than the ${days(m.limit)} allowed`;
    default:
      return m.limit === 0
        ? `deprecated ${day(
            m.deprecationTime,
          )}, and no deprecated image is allowed`
        : `deprecated ${day(m.deprecationTime)}, ${days(
            m.days,
          )} ago: longer than the ${days(m.limit)} allowed`;
  }
}

/** Why Allowed AMIs refuses an image, as one key: the one readiness counts images by. @public */
export type RefusalReason = CriterionMismatch['key'] | 'no-criteria';

/**
 * The refusals that matter: those of the criteria listing the image's publisher (a criterion for
 * another publisher refusing it says nothing). Empty when no criterion lists the publisher.
 */
function relevantRefusals(
  verdict: Extract<AllowedImagesVerdict, { why: 'no-criterion-matches' }>,
) {
  return verdict.refusals.filter(r => r.mismatch.key !== 'providers');
}

/**
 * The key that refused an image: the first criterion listing its publisher says which (name, product
 * code, age, deprecation); `providers` when none lists it. Undefined when the image is allowed.
 * @public
 */
export function refusalReason(
  verdict: AllowedImagesVerdict,
): RefusalReason | undefined {
  if (verdict.allowed) return undefined;
  if (verdict.why === 'no-criteria') return 'no-criteria';
  return relevantRefusals(verdict)[0]?.mismatch.key ?? 'providers';
}

/**
 * Why no criterion allows an image, for people: the criteria that list its publisher and the key
 * each refused it on ("criteria_2 refuses it: name … does not match …"); when none lists the
 * publisher, that. Undefined when the verdict is not a refusal by the criteria.
 * @public
 */
export function refusalWords(
  verdict: AllowedImagesVerdict,
  publisher: string,
): string | undefined {
  if (verdict.allowed) return undefined;
  if (verdict.why === 'no-criteria')
    return 'No criterion is set, so no other publisher is allowed';
  const listing = relevantRefusals(verdict);
  if (listing.length === 0)
    return `No criterion matches publisher ${publisher}`;
  return listing
    .map(r => `${r.criterion} refuses it: ${mismatchWords(r.mismatch)}`)
    .join('; ');
}

import { mismatchWords, refusalReason, refusalWords } from './criterionWords';
import { evaluateAllowedImages, ImageFacts } from './imageAllowed';
import type { ImageCriterion } from './imageCriteria';
import { allowedImagesVerdict } from '../explain/launchLayerVerdicts';

const NOW = new Date('2026-11-23T12:00:00Z');
const OPS = '123456738923';
const VENDOR = '111122223333';
const image = (facts: Partial<ImageFacts> = {}): ImageFacts => ({
  ownerId: OPS,
  name: 'acme-golden-al2023-2026-11-01',
  creationDate: '2026-11-01T12:00:00.000Z',
  ...facts,
});
const judge = (facts: Partial<ImageFacts>, criteria: ImageCriterion[]) =>
  evaluateAllowedImages(image(facts), criteria, '210987654321', NOW);

// What the config generates for "ops golden images named acme-golden-*, vendors unconstrained,
// nothing older than 180 days, nothing deprecated".
const CRITERIA: ImageCriterion[] = [
  {
    name: 'criteria_1',
    providers: [VENDOR],
    maximumDaysSinceCreated: 180,
    maximumDaysSinceDeprecated: 0,
  },
  {
    name: 'criteria_2',
    providers: [OPS],
    imageNames: ['acme-golden-*'],
    maximumDaysSinceCreated: 180,
    maximumDaysSinceDeprecated: 0,
  },
];

describe('why a criterion refuses an image', () => {
  it('says which criterion refused and on which key, leaving out criteria for other publishers', () => {
    const verdict = judge({ name: 'acme-al2023-base' }, CRITERIA);
    expect(verdict).toEqual({
      allowed: false,
      why: 'no-criterion-matches',
      refusals: [
        {
          criterion: 'criteria_1',
          mismatch: { key: 'providers', providers: [VENDOR] },
        },
        {
          criterion: 'criteria_2',
          mismatch: {
            key: 'imageNames',
            name: 'acme-al2023-base',
            patterns: ['acme-golden-*'],
          },
        },
      ],
    });
    expect(refusalWords(verdict, OPS)).toBe(
      'criteria_2 refuses it: name acme-al2023-base does not match acme-golden-*',
    );
  });

  it('checks the keys of one criterion in turn: a matching name does not save a too-old image', () => {
    expect(
      refusalWords(
        judge({ creationDate: '2026-05-01T00:00:00.000Z' }, CRITERIA),
        OPS,
      ),
    ).toBe(
      'criteria_2 refuses it: created 2026-05-01, 206 days ago: older than the 180 days allowed',
    );
  });

  it('counts age up to the boundary: exactly 180 days old is allowed, a second more is not', () => {
    const at = (creationDate: string) =>
      judge({ creationDate }, CRITERIA).allowed;
    expect(at('2026-05-27T12:00:00.000Z')).toBe(true);
    expect(at('2026-05-27T11:59:59.000Z')).toBe(false);
  });

  it('refuses any deprecated image at max_days_since_deprecated 0, and lets a future deprecation through', () => {
    const verdict = judge(
      { deprecationTime: '2026-11-23T11:00:00.000Z' },
      CRITERIA,
    );
    expect(refusalWords(verdict, OPS)).toBe(
      'criteria_2 refuses it: deprecated 2026-11-23, and no deprecated image is allowed',
    );
    expect(
      judge({ deprecationTime: '2026-12-01T00:00:00.000Z' }, CRITERIA).allowed,
    ).toBe(true);
  });

  it('ORs the criteria: an image one criterion refuses is allowed by another', () => {
    const criteria: ImageCriterion[] = [
      ...CRITERIA,
      { name: 'criteria_3', providers: [OPS], imageNames: ['legacy-??-*'] },
    ];
    expect(judge({ name: 'legacy-01-batch' }, criteria)).toEqual({
      allowed: true,
      why: 'criterion',
      criterion: 'criteria_3',
    });
    // `?` is exactly one character.
    expect(refusalWords(judge({ name: 'legacy-1-batch' }, criteria), OPS)).toBe(
      'criteria_2 refuses it: name legacy-1-batch does not match acme-golden-*; ' +
        'criteria_3 refuses it: name legacy-1-batch does not match legacy-??-*',
    );
  });

  it('says when no criterion lists the publisher at all', () => {
    expect(
      refusalWords(
        judge({ ownerId: '999988887777' }, CRITERIA),
        '999988887777',
      ),
    ).toBe('No criterion matches publisher 999988887777');
  });

  it.each([
    [
      { key: 'imageNames', patterns: ['a-*', 'b-*'] },
      "the image's name is unknown, so it cannot be shown to match a-* or b-*",
    ],
    [
      { key: 'marketplaceProductCodes', productCodes: [], codes: ['abc'] },
      'no marketplace product code is not abc',
    ],
    [
      {
        key: 'marketplaceProductCodes',
        productCodes: ['xyz'],
        codes: ['abc', 'def'],
      },
      'product code xyz is not abc or def',
    ],
    [
      { key: 'maximumDaysSinceCreated', limit: 1 },
      'its creation date is unknown, so it cannot be shown to be at most 1 day old',
    ],
    [
      {
        key: 'maximumDaysSinceDeprecated',
        deprecationTime: '2026-11-01T00:00:00.000Z',
        days: 22,
        limit: 7,
      },
      'deprecated 2026-11-01, 22 days ago: longer than the 7 days allowed',
    ],
  ] as const)('words %j', (mismatch, words) => {
    expect(mismatchWords(mismatch as any)).toBe(words);
  });
});

describe('refusalReason', () => {
  it('names the key of the first criterion listing the publisher, else providers', () => {
    expect(refusalReason(judge({}, CRITERIA))).toBeUndefined();
    expect(refusalReason(judge({ name: 'other' }, CRITERIA))).toBe(
      'imageNames',
    );
    expect(
      refusalReason(judge({ creationDate: '2025-01-01T00:00:00Z' }, CRITERIA)),
    ).toBe('maximumDaysSinceCreated');
    expect(
      refusalReason(
        judge({ deprecationTime: '2026-11-01T00:00:00Z' }, CRITERIA),
      ),
    ).toBe('maximumDaysSinceDeprecated');
    expect(refusalReason(judge({ ownerId: '999988887777' }, CRITERIA))).toBe(
      'providers',
    );
    expect(refusalReason(judge({}, []))).toBe('no-criteria');
  });
});

describe('Allowed AMIs layer verdicts', () => {
  const layer = {
    source: 'config' as const,
    state: 'enabled',
    criteria: CRITERIA,
  };

  it('judges a question about a publisher (owner only) on the publisher, saying which AMIs of it are allowed', () => {
    expect(allowedImagesVerdict(layer, { ownerId: OPS }, '', NOW)).toEqual({
      source: 'config',
      state: 'enabled',
      verdict: 'allowed',
      matched: 'criteria_2',
      why: `criteria_2 lists publisher ${OPS}, and allows only its AMIs with image names acme-golden-*, created at most 180 days ago, not deprecated.`,
    });
  });

  it('judges one AMI on every key and says which criterion refused it', () => {
    expect(
      allowedImagesVerdict(
        layer,
        image({ imageId: 'ami-0base', name: 'acme-al2023-base' }),
        '210987654321',
        NOW,
      ),
    ).toEqual({
      source: 'config',
      state: 'enabled',
      verdict: 'not-allowed',
      why: 'criteria_2 refuses it: name acme-al2023-base does not match acme-golden-*.',
    });
  });
});

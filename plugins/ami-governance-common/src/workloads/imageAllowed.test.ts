import {
  criteriaFromDeclarativePolicy,
  criteriaFromEc2Api,
  ImageCriterion,
} from './imageCriteria';
import {
  evaluateAllowedImages,
  ImageFacts,
  matchesImageName,
} from './imageAllowed';

const NOW = new Date('2026-11-23T12:00:00Z');
const LAUNCHING = '210987654321';
const image = (facts: Partial<ImageFacts> = {}): ImageFacts => ({
  imageId: 'ami-0123456789abcdef0',
  ownerId: '111122223333',
  name: 'golden-al2023-2026-11-01',
  creationDate: '2026-11-01T00:00:00.000Z',
  ...facts,
});
const allowed = (facts: Partial<ImageFacts>, criteria: ImageCriterion[]) =>
  evaluateAllowedImages(image(facts), criteria, LAUNCHING, NOW);

describe('matchesImageName', () => {
  it.each([
    ['golden-*', 'golden-al2023', true],
    ['golden-*', 'golden-', true],
    ['golden-*', 'xgolden-al2023', false],
    ['al2023-ami-2023.?.*', 'al2023-ami-2023.6.20261101', true],
    ['al2023-ami-2023.?.*', 'al2023-ami-2023.10.2026', false],
    ['*-minimal-*', 'al2023-ami-minimal-2023', true],
    ['exact', 'exact', true],
    ['exact', 'Exact', false],
    ['*', '', true],
    ['?', '', false],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'aXbYbZ', false],
  ])('%s against %s is %s', (pattern, name, expected) => {
    expect(matchesImageName(pattern, name)).toBe(expected);
  });

  it('takes linear time on a pathological pattern', () => {
    expect(matchesImageName(`${'*a'.repeat(50)}b`, 'a'.repeat(10_000))).toBe(
      false,
    );
  });
});

describe('evaluateAllowedImages', () => {
  it('always allows an image the launching account owns, even with no criteria', () => {
    expect(allowed({ ownerId: LAUNCHING }, [])).toEqual({
      allowed: true,
      why: 'self-owned',
    });
  });

  it('allows nothing else when there are no criteria', () => {
    expect(allowed({}, [])).toEqual({ allowed: false, why: 'no-criteria' });
  });

  it('ORs the values within a key and the criteria, ANDs the keys of one criterion', () => {
    const criteria: ImageCriterion[] = [
      {
        name: 'criteria_1',
        providers: ['999999999999', '111122223333'],
        imageNames: ['golden-*'],
      },
      { name: 'criteria_2', providers: ['amazon'] },
    ];
    expect(allowed({}, criteria)).toEqual({
      allowed: true,
      why: 'criterion',
      criterion: 'criteria_1',
    });
    // Provider matches criteria_1 but the name does not: both keys must match.
    expect(allowed({ name: 'custom-build' }, criteria).allowed).toBe(false);
    // An Amazon-owned image (alias) matches criteria_2.
    expect(
      allowed({ ownerId: '137112412989', ownerAlias: 'amazon' }, criteria),
    ).toMatchObject({ allowed: true, criterion: 'criteria_2' });
  });

  it('treats an alias spelled as in a declarative policy as the same provider', () => {
    const criteria = criteriaFromDeclarativePolicy({
      criteria_1: {
        allowed_image_providers: { '@@assign': ['aws_marketplace'] },
      },
    });
    expect(
      allowed(
        { ownerId: '679593333241', ownerAlias: 'aws-marketplace' },
        criteria,
      ).allowed,
    ).toBe(true);
  });

  it('matches marketplace product codes', () => {
    const criteria = [
      { name: 'c', marketplaceProductCodes: ['abcdefg1234567890'] },
    ];
    expect(
      allowed({ productCodes: ['abcdefg1234567890'] }, criteria).allowed,
    ).toBe(true);
    expect(allowed({ productCodes: ['other'] }, criteria).allowed).toBe(false);
    expect(allowed({}, criteria).allowed).toBe(false);
  });

  it('counts days since creation at the boundary', () => {
    const criteria = [{ name: 'c', maximumDaysSinceCreated: 22 }];
    // Created 2026-11-01T00:00Z: 22.5 days before NOW.
    expect(allowed({}, criteria).allowed).toBe(false);
    expect(
      allowed({}, [{ name: 'c', maximumDaysSinceCreated: 23 }]).allowed,
    ).toBe(true);
    expect(
      allowed({ creationDate: '2026-11-01T12:00:00.000Z' }, criteria).allowed,
    ).toBe(true);
    expect(allowed({ creationDate: undefined }, criteria).allowed).toBe(false);
  });

  it('lets images that are not deprecated, or deprecated within the window, through', () => {
    const criteria = [{ name: 'c', maximumDaysSinceDeprecated: 10 }];
    expect(allowed({}, criteria).allowed).toBe(true);
    expect(
      allowed({ deprecationTime: '2026-12-31T00:00:00.000Z' }, criteria)
        .allowed,
    ).toBe(true);
    expect(
      allowed({ deprecationTime: '2026-11-13T12:00:00.000Z' }, criteria)
        .allowed,
    ).toBe(true);
    expect(
      allowed({ deprecationTime: '2026-11-13T11:59:59.000Z' }, criteria)
        .allowed,
    ).toBe(false);
  });
});

describe('reading criteria', () => {
  it('reads every key of a declarative policy criterion, operators or not', () => {
    expect(
      criteriaFromDeclarativePolicy({
        '@@assign': {
          criteria_1: {
            allowed_image_providers: { '@@assign': ['111122223333', 'amazon'] },
            image_names: ['golden-*'],
            marketplace_product_codes: { '@@assign': ['abc'] },
            creation_date_condition: {
              maximum_days_since_created: { '@@assign': 300 },
            },
            deprecation_time_condition: { maximum_days_since_deprecated: 0 },
          },
        },
      }),
    ).toEqual([
      {
        name: 'criteria_1',
        providers: ['111122223333', 'amazon'],
        imageNames: ['golden-*'],
        marketplaceProductCodes: ['abc'],
        maximumDaysSinceCreated: 300,
        maximumDaysSinceDeprecated: 0,
      },
    ]);
  });

  it('reads the EC2 API shape of GetAllowedImagesSettings', () => {
    expect(
      criteriaFromEc2Api([
        {
          ImageProviders: ['aws-backup-vault', '111122223333'],
          CreationDateCondition: { MaximumDaysSinceCreated: 90 },
        },
        { ImageNames: ['ubuntu-*'] },
      ]),
    ).toEqual([
      {
        name: 'criterion 1',
        providers: ['aws-backup-vault', '111122223333'],
        maximumDaysSinceCreated: 90,
      },
      { name: 'criterion 2', imageNames: ['ubuntu-*'] },
    ]);
  });
});

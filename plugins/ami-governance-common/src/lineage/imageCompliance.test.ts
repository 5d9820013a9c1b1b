import { imageComplianceFindings } from './imageCompliance';
import { parseGovernanceConfig } from '../config/parseConfig';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('imageComplianceFindings', () => {
  const rules = {
    required_tag_keys: ['Owner', 'CostCenter'],
    encrypted_snapshots: true,
    max_age_days: 90,
    not_deprecated: true,
    not_public: true,
    required_provenance: 'golden-derived' as const,
  };

  it('names every rule failed, and says unknown for what was not seen', () => {
    const found = imageComplianceFindings(
      {
        tags: { Owner: 'team' },
        snapshotsEncrypted: false,
        creationDate: '2026-06-01T00:00:00Z',
        deprecationTime: '2026-11-01T00:00:00Z',
      },
      'foreign',
      rules,
      NOW,
    );
    expect(found.map(f => [f.rule, f.status])).toEqual([
      ['required_tag_keys', 'fail'],
      ['encrypted_snapshots', 'fail'],
      ['max_age_days', 'fail'],
      ['not_deprecated', 'fail'],
      ['not_public', 'unknown'],
      ['required_provenance', 'fail'],
    ]);
    expect(found[0].message).toBe('Missing tag key(s): CostCenter.');
  });

  it('passes a compliant golden-derived image; a deprecation still ahead is no failure', () => {
    expect(
      imageComplianceFindings(
        {
          tags: { Owner: 'a', CostCenter: 'b' },
          snapshotsEncrypted: true,
          creationDate: '2026-11-01T00:00:00Z',
          deprecationTime: '2027-01-01T00:00:00Z',
          isPublic: false,
        },
        'golden-derived',
        rules,
        NOW,
      ),
    ).toEqual([]);
  });

  it('is validated like every other key, errors naming the JSON path', () => {
    const result = parseGovernanceConfig(
      JSON.stringify({
        ops_publisher_account: { account_id: '111111111111' },
        image_compliance: { max_age_days: 0, required_provenance: 'gold' },
      }),
    );
    expect(result.ok).toBe(false);
    const paths = (result.ok ? [] : result.findings).map(f => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'image_compliance.max_age_days',
        'image_compliance.required_provenance',
      ]),
    );
  });
});

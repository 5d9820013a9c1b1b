import {
  allowlistText,
  criteriaText,
  ownerText,
  provenanceHealth,
  standingHealth,
} from './provenanceText';

describe('provenance words', () => {
  it('says unknown rather than guess', () => {
    expect(allowlistText(undefined)).toBe('Allowlist standing unknown');
    // An owner nobody knows is neither allowed nor refused.
    const unknownOwner = { status: 'unknown' as const, reason: 'not known' };
    expect(allowlistText(unknownOwner)).toBe('Allowlist standing unknown');
    expect(standingHealth(unknownOwner)).toBe('unknown');
    expect(criteriaText(undefined)).toBe(
      'Allowed AMIs criteria in Git: unknown',
    );
    expect(standingHealth(undefined)).toBe('unknown');
    expect(ownerText({})).toBe('owner unknown');
    expect(provenanceHealth(undefined)).toBe('unknown');
    expect(provenanceHealth('unknown')).toBe('unknown');
  });

  it('names the allowlist entry that allows the owner', () => {
    expect(
      allowlistText({
        status: 'allowed',
        reason: 'listed',
        category: 'vendor',
        name: 'InfoBlox',
      }),
    ).toBe('Owner allowed (vendor: InfoBlox)');
    const notListed = { status: 'not-allowed' as const, reason: 'on no entry' };
    expect(allowlistText(notListed)).toBe('Owner not on the allowlist');
    expect(standingHealth(notListed)).toBe('error');
    expect(
      criteriaText({ status: 'allowed', criterion: 'criteria_2', reason: '' }),
    ).toBe('Allowed AMIs criteria in Git: allowed (criteria_2)');
    expect(standingHealth({ status: 'refused', reason: '' })).toBe('error');
    expect(ownerText({ ownerId: '099720109477', ownerAlias: 'amazon' })).toBe(
      '099720109477 (amazon)',
    );
    expect(provenanceHealth('foreign')).toBe('warning');
    expect(provenanceHealth('golden-derived')).toBe('ok');
  });
});

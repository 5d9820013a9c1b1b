import { allowlistText, ownerText, provenanceHealth } from './provenanceText';

describe('provenance words', () => {
  it('says unknown rather than guess', () => {
    expect(allowlistText(undefined)).toBe('Allowlist standing unknown');
    expect(ownerText({})).toBe('owner unknown');
    expect(provenanceHealth(undefined)).toBe('unknown');
    expect(provenanceHealth('unknown')).toBe('unknown');
  });

  it('names the allowlist entry that allows the owner', () => {
    expect(
      allowlistText({ allowed: true, category: 'vendor', name: 'InfoBlox' }),
    ).toBe('Owner allowed (vendor: InfoBlox)');
    expect(allowlistText({ allowed: false })).toBe(
      'Owner not on the allowlist',
    );
    expect(ownerText({ ownerId: '099720109477', ownerAlias: 'amazon' })).toBe(
      '099720109477 (amazon)',
    );
    expect(provenanceHealth('foreign')).toBe('warning');
    expect(provenanceHealth('golden-derived')).toBe('ok');
  });
});

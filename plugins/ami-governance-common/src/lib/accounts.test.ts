import {
  canonicalProvider,
  isAccountId,
  providerSpelling,
  sortProviders,
} from './accounts';

describe('accounts and aliases', () => {
  it('keeps 12-digit IDs as strings, leading zeros included', () => {
    expect(isAccountId('012345678901')).toBe(true);
    expect(isAccountId('12345678901')).toBe(false);
    expect(isAccountId('1234567890123')).toBe(false);
    expect(isAccountId('12345678901a')).toBe(false);
  });

  it('spells aliases per document from one table and reads any spelling back', () => {
    expect(providerSpelling('aws-marketplace', 'declarativePolicy')).toBe(
      'aws_marketplace',
    );
    expect(providerSpelling('aws-marketplace', 'scp')).toBe('aws-marketplace');
    expect(providerSpelling('amazon', 'declarativePolicy')).toBe('amazon');
    expect(providerSpelling('012345678901', 'scp')).toBe('012345678901');
    expect(canonicalProvider('aws_backup_vault')).toBe('aws-backup-vault');
    expect(canonicalProvider('something-else')).toBe('something-else');
  });

  it('sorts IDs before aliases, without duplicates', () => {
    expect(
      sortProviders(['amazon', '222233334444', '012345678901', '222233334444']),
    ).toEqual(['012345678901', '222233334444', 'amazon']);
  });
});

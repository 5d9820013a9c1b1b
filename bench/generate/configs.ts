/**
 * Deterministic synthetic `ami_publishers.json` configs. No randomness, no clock: the same
 * arguments always give the same file.
 */
import {
  addDays,
  IsoDate,
} from '@ami-governance/backstage-plugin-ami-governance-common';

/** The fixed evaluation date of every benchmark (`--today`). */
export const TODAY: IsoDate = '2026-11-23';

/**
 * The i-th synthetic account ID. Even counters are zero-padded (`000000000042`, leading zeros
 * that a number would lose), odd ones start at 1 (`100000000043`); the two ranges never meet.
 */
export function accountId(i: number): string {
  return i % 2 === 0
    ? String(i).padStart(12, '0')
    : String(100_000_000_000 + i);
}

const OPS = '123456738923';
const VENDORS = ['111122223333', '444455556666'];

type Kind = 'active' | 'expiring' | 'expired' | 'untyped' | 'too-long';

function exception(i: number, kind: Kind) {
  const expires = {
    active: addDays(TODAY, 60),
    expiring: addDays(TODAY, 1 + (i % 14)),
    expired: addDays(TODAY, -1 - (i % 400)),
    untyped: addDays(TODAY, -5 - (i % 100)),
    'too-long': addDays(TODAY, -5 - (i % 100)),
  }[kind];
  const approved = addDays(expires, kind === 'too-long' ? -120 : -30);
  return {
    account_id: accountId(i),
    expires_on: expires,
    reason: `Synthetic exception ${i} (${kind})`,
    ...(kind === 'untyped' ? {} : { exception_type: 'migration' }),
    ticket: `CLOUD-${10_000 + i}`,
    requested_by: `team-${i % 37}`,
    approved_by: 'security-lead',
    approval_date: approved,
    notes: '',
  };
}

function config(exceptions: object[]) {
  return {
    ops_publisher_account: {
      account_id: OPS,
      description: 'Ops golden AMI publisher',
      purpose: 'Hardened base images',
    },
    vendor_publisher_accounts: VENDORS.map((id, n) => ({
      account_id: id,
      vendor_name: `Vendor ${n}`,
      description: 'Appliance',
      business_justification: 'Platform tooling',
    })),
    exception_accounts: exceptions,
    policy_config: {
      enforcement_mode: 'audit_mode',
      block_public_ami_sharing: true,
      deny_ami_creation_in_workloads: true,
    },
    metadata: { version: '1.0', contact: 'bench@example.com' },
  };
}

/**
 * `count` exceptions as a long-lived governance repository accumulates them: 50 in the allowlist
 * (so generation succeeds at every size and the cross-check runs), the rest expired, some of those
 * also untyped or over their maximum duration. Validation reports errors, as it would on such a file.
 */
export function historyConfig(count: number) {
  const kinds: Kind[] = [
    'expired',
    'expired',
    'expired',
    'untyped',
    'too-long',
  ];
  return config(
    Array.from({ length: count }, (_, i) => {
      if (i < 40) return exception(i, 'active');
      if (i < 50) return exception(i, 'expiring');
      return exception(i, kinds[i % kinds.length]);
    }),
  );
}

/** Every exception active: the allowlist is the ops publisher, 2 vendors and `count` exceptions. */
export function allActiveConfig(count: number) {
  return config(
    Array.from({ length: count }, (_, i) => exception(i, 'active')),
  );
}

/** A config whose allowlist holds exactly `providers` providers (at least 3). */
export function providersConfig(providers: number) {
  return allActiveConfig(providers - 1 - VENDORS.length);
}

import {
  describeCountdown,
  exceptionStatus,
  matchesExceptionStateFilter,
} from './exceptionStatus';

describe('exceptionStatus', () => {
  const today = '2026-11-23';

  it('keeps an exception expiring today active with 0 days left, and drops it tomorrow', () => {
    expect(exceptionStatus('2026-11-23', today)).toEqual({
      state: 'expiring',
      daysRemaining: 0,
      inAllowlist: true,
    });
    expect(exceptionStatus('2026-11-22', today)).toEqual({
      state: 'expired',
      daysRemaining: -1,
      inAllowlist: false,
    });
  });

  it('warns at 14 days left and not at 15', () => {
    expect(exceptionStatus('2026-12-07', today).state).toBe('expiring');
    expect(exceptionStatus('2026-12-07', today).daysRemaining).toBe(14);
    expect(exceptionStatus('2026-12-08', today).state).toBe('active');
  });

  it('honours a configured warning window', () => {
    expect(exceptionStatus('2026-12-08', today, 30).state).toBe('expiring');
    expect(exceptionStatus('2026-11-24', today, 0).state).toBe('active');
  });

  it('counts across a leap day', () => {
    expect(exceptionStatus('2028-03-01', '2028-02-28').daysRemaining).toBe(2);
  });

  it('words the countdown at its boundaries', () => {
    expect(describeCountdown(12)).toBe('12 days left');
    expect(describeCountdown(1)).toBe('1 day left');
    expect(describeCountdown(0)).toBe('expires today');
    expect(describeCountdown(-1)).toBe('expired yesterday');
    expect(describeCountdown(-3)).toBe('expired 3 days ago');
  });
});

describe('matchesExceptionStateFilter', () => {
  it('lists expiring exceptions as active, since both are in the allowlist', () => {
    const listed = (filter: 'active' | 'expiring' | 'expired') =>
      (['active', 'expiring', 'expired'] as const).filter(state =>
        matchesExceptionStateFilter(filter, state),
      );
    expect(listed('active')).toEqual(['active', 'expiring']);
    expect(listed('expiring')).toEqual(['expiring']);
    expect(listed('expired')).toEqual(['expired']);
  });
});

import { addDays, daysBetween, isIsoDate, utcDateOf } from './dates';

describe('dates', () => {
  it('accepts real calendar days only, leap days included', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-28')).toBe(false);
    expect(isIsoDate('2026-02-28T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('counts whole UTC days across a leap day and a year end', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });

  it('adds days and reads the UTC date of an instant', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    // 23:30 in UTC-5 is already the next day in UTC.
    expect(utcDateOf(new Date('2026-11-23T23:30:00-05:00'))).toBe('2026-11-24');
  });

  it('refuses malformed dates instead of guessing', () => {
    expect(() => daysBetween('2026-13-01', '2026-11-23')).toThrow(/YYYY-MM-DD/);
  });
});

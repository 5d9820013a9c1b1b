// Calendar dates as `YYYY-MM-DD` strings, always interpreted in UTC.
// No function here reads the clock: callers pass `today` explicitly.

/** A calendar date written `YYYY-MM-DD`. @public */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date, or undefined when malformed or not a real day. */
function toEpochDay(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a round trip catches impossible days.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  ) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/** True when `value` is a real calendar day written `YYYY-MM-DD` (2028-02-29 yes, 2026-02-29 no). @public */
export function isIsoDate(value: string): boolean {
  return toEpochDay(value) !== undefined;
}

function epochDayOrThrow(date: string): number {
  const day = toEpochDay(date);
  if (day === undefined) {
    throw new TypeError(`"${date}" is not a calendar date written YYYY-MM-DD`);
  }
  return day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). @public */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayOrThrow(to) - epochDayOrThrow(from);
}

/** The date `days` after `date` (before, when negative). @public */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((epochDayOrThrow(date) + days) * MS_PER_DAY)
    .toISOString()
    .slice(0, 10);
}

/** The UTC calendar date of an instant, e.g. for turning `new Date()` into `today` at the edge. @public */
export function utcDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

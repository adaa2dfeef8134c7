/**
 * Plain calendar dates as `YYYY-MM-DD` strings, with arithmetic on day numbers.
 *
 * Legal periods are counted in calendar days of China, never in instants: a `Date` object would
 * carry the machine's time zone into the answer. Everything here is integer arithmetic, so the
 * results are identical under any `TZ`.
 */

/** A valid proleptic-Gregorian calendar date written `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __isoDate: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses `YYYY-MM-DD`, rejecting impossible dates.
 *
 * @example
 * parseIsoDate('2026-02-28') //=> '2026-02-28'
 * parseIsoDate('2026-02-30') //=> undefined
 */
export function parseIsoDate(text: string): IsoDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return text as IsoDate;
}

/** Like {@link parseIsoDate} but throws; for dates the program itself produced or already validated. */
export function isoDate(text: string): IsoDate {
  const d = parseIsoDate(text);
  if (d === undefined) throw new RangeError(`not a valid YYYY-MM-DD date: ${text}`);
  return d;
}

const num = (d: string, i: number) => d.charCodeAt(i) - 48;

function parts(d: IsoDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/** Calendar year of a date. */
export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

/**
 * Days since 1970-01-01 (H. Hinnant's days_from_civil), so that date differences are integer sums.
 *
 * @example
 * toDayNumber('1970-01-02') //=> 1
 */
export function toDayNumber(d: IsoDate): number {
  // Digits read in place, without slicing: this runs for every date of every count.
  const y0 = num(d, 0) * 1000 + num(d, 1) * 100 + num(d, 2) * 10 + num(d, 3);
  const m = num(d, 5) * 10 + num(d, 6);
  const day = num(d, 8) * 10 + num(d, 9);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * dayOfWeek('2026-02-14') //=> 6 (a Saturday, yet a make-up working day in 2026)
 */
export function dayOfWeek(d: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Short English weekday name, e.g. `Sat`. */
export function weekdayName(d: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(d)] as string;
}

/** `d` plus `n` calendar days (`n` may be negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Adds months the way Civil Code art. 202 counts them: the period ends on the corresponding day
 * of the final month, or on that month's last day when it has no corresponding day.
 *
 * @example
 * addMonthsClamped('2025-08-31', 6) //=> '2026-02-28'
 */
export function addMonthsClamped(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parts(d);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}` as IsoDate;
}

/** Orders two dates; `YYYY-MM-DD` strings sort chronologically. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

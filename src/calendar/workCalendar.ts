/**
 * China's working-day calendar: weekdays, declared rest days and weekend make-up working days
 * (调休上班日), answered in constant time from a precomputed index.
 *
 * A year whose State Council arrangement is published is taken as published. Any other year is
 * provisional: its statutory holidays (fixed by the Holiday Measures, art. 2) are closed, but its
 * bridge days and make-up working days are unknown, so weekends and those holidays are the only
 * closed days and anything computed across it is reported as provisional.
 */
import type { Bilingual } from '../core/vocabulary.js';
import { fromDayNumber, type IsoDate, toDayNumber, yearOf } from './isoDate.js';

/** One year of the State Council's holiday arrangement. */
export interface CalendarYear {
  year: number;
  /** Declared rest dates (weekday or weekend). */
  off: readonly IsoDate[];
  /** Weekend dates declared working days (make-up working days). */
  work: readonly IsoDate[];
  notice: { title: string; urls: readonly string[] };
}

/** A statutory holiday of a year, from data/calendar/statutory.yaml. */
export interface StatutoryDay {
  date: IsoDate;
  /** Holiday id, e.g. `spring-festival-eve`; named in {@link StatutoryHolidays.names}. */
  holiday: string;
}

/** The statutory holidays of the years after the published ones, and their names. */
export interface StatutoryHolidays {
  names: Readonly<Record<string, Bilingual>>;
  years: ReadonlyMap<number, readonly StatutoryDay[]>;
}

const NO_STATUTORY: StatutoryHolidays = { names: {}, years: new Map() };

/** What kind of day a date is, for explanations. */
export type DayKind = 'workday' | 'makeup-workday' | 'weekend' | 'rest-day';

/** How a working-day count treats make-up working days (ambiguity A1 of the research notes). */
export type MakeupDays = 'counted' | 'not-counted';

/** A date the calendar cannot compute, even provisionally. */
export class CalendarRangeError extends RangeError {
  override name = 'CalendarRangeError';
}

const KIND_CODE: Record<DayKind, number> = { workday: 0, 'makeup-workday': 1, weekend: 2, 'rest-day': 3 };
const KINDS: DayKind[] = ['workday', 'makeup-workday', 'weekend', 'rest-day'];

/** Prefix counts over the span: `cum[i]` working days in span days `[0, i)`, and their positions. */
interface WorkdayIndex {
  cum: Int32Array;
  days: Int32Array;
}

function buildIndex(kinds: Uint8Array, isWork: (code: number) => boolean): WorkdayIndex {
  const cum = new Int32Array(kinds.length + 1);
  const days: number[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const work = isWork(kinds[i] as number);
    cum[i + 1] = (cum[i] as number) + (work ? 1 : 0);
    if (work) days.push(i);
  }
  return { cum, days: Int32Array.from(days) };
}

export class WorkCalendar {
  /** Years whose holiday arrangement is published, ascending. */
  readonly coveredYears: readonly number[];
  /** First and last day the calendar can compute: published years, then provisional ones. */
  readonly spanStart: IsoDate;
  readonly spanEnd: IsoDate;
  private readonly years: ReadonlyMap<number, CalendarYear>;
  private readonly statutory: StatutoryHolidays;
  /** Statutory holiday id by date, for the provisional years only. */
  private readonly holidays: ReadonlyMap<IsoDate, string>;
  /** The same dates in order, so a span's holidays are found without walking its days. */
  private readonly holidayDates: readonly IsoDate[];
  private readonly start: number;
  private readonly kinds: Uint8Array;
  private readonly official: WorkdayIndex;
  private readonly withoutMakeup: WorkdayIndex;

  /**
   * @param published years with a State Council arrangement (a later one of the same year wins)
   * @param statutory statutory holidays for the years after them; the calendar reaches as far as
   *   either goes, so a date past the last statutory year cannot be computed at all
   */
  constructor(published: Iterable<CalendarYear>, statutory: StatutoryHolidays = NO_STATUTORY) {
    const byYear = new Map<number, CalendarYear>();
    for (const y of published) byYear.set(y.year, y);
    if (byYear.size === 0) throw new Error('a calendar needs at least one published year');
    this.years = byYear;
    this.statutory = statutory;
    this.coveredYears = [...byYear.keys()].sort((a, b) => a - b);
    const first = this.coveredYears[0] as number;
    const last = Math.max(this.coveredYears.at(-1) as number, ...statutory.years.keys());
    this.spanStart = `${String(first).padStart(4, '0')}-01-01` as IsoDate;
    this.spanEnd = `${String(last).padStart(4, '0')}-12-31` as IsoDate;
    this.start = toDayNumber(this.spanStart);
    const length = toDayNumber(this.spanEnd) - this.start + 1;
    this.kinds = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const dow = (((this.start + i + 4) % 7) + 7) % 7;
      this.kinds[i] = dow === 0 || dow === 6 ? KIND_CODE.weekend : KIND_CODE.workday;
    }
    const holidays = new Map<IsoDate, string>();
    for (const [year, days] of statutory.years) {
      // A published arrangement replaces the provisional year entirely.
      if (byYear.has(year)) continue;
      for (const d of days) {
        this.kinds[this.offset(d.date)] = KIND_CODE['rest-day'];
        holidays.set(d.date, d.holiday);
      }
    }
    this.holidays = holidays;
    this.holidayDates = [...holidays.keys()].sort();
    for (const y of byYear.values()) {
      for (const d of y.off) this.kinds[this.offset(d)] = KIND_CODE['rest-day'];
      for (const d of y.work) this.kinds[this.offset(d)] = KIND_CODE['makeup-workday'];
    }
    this.official = buildIndex(
      this.kinds,
      (c) => c === KIND_CODE.workday || c === KIND_CODE['makeup-workday'],
    );
    this.withoutMakeup = buildIndex(this.kinds, (c) => c === KIND_CODE.workday);
  }

  private offset(d: IsoDate): number {
    const i = toDayNumber(d) - this.start;
    if (i < 0 || i >= this.kinds.length) {
      throw new CalendarRangeError(
        `${d} is outside the dates this calendar can compute (${this.spanStart} to ${this.spanEnd})`,
      );
    }
    return i;
  }

  private toDate(i: number): IsoDate {
    if (i < 0 || i >= this.kinds.length) {
      throw new CalendarRangeError(`the result falls outside ${this.spanStart} to ${this.spanEnd}`);
    }
    return fromDayNumber(this.start + i);
  }

  private index(makeup: MakeupDays): WorkdayIndex {
    return makeup === 'counted' ? this.official : this.withoutMakeup;
  }

  /** Whether `d` lies in the range this calendar can compute, published or provisional. */
  contains(d: IsoDate): boolean {
    return d >= this.spanStart && d <= this.spanEnd;
  }

  /**
   * The statutory holiday a date of a provisional year is, with its name; undefined for any
   * other date (published years name their rest days in their notice, not here).
   *
   * @example
   * cal.statutoryHoliday('2027-02-05') //=> { id: 'spring-festival-eve', name: { en: 'Spring Festival Eve', zh: '除夕' } }
   */
  statutoryHoliday(d: IsoDate): { id: string; name: Bilingual } | undefined {
    const id = this.holidays.get(d);
    if (id === undefined) return undefined;
    return { id, name: this.statutory.names[id] ?? { en: id, zh: id } };
  }

  /**
   * @example
   * cal.dayKind('2026-02-14') //=> 'makeup-workday'
   * cal.dayKind('2026-02-16') //=> 'rest-day'
   */
  dayKind(d: IsoDate): DayKind {
    return KINDS[this.kinds[this.offset(d)] as number] as DayKind;
  }

  /**
   * A working day is Monday–Friday and not a declared rest day, or a make-up working day.
   *
   * @example
   * cal.isWorkday('2026-02-14') //=> true (Saturday, make-up working day)
   * cal.isWorkday('2026-02-16') //=> false (Monday, Spring Festival)
   */
  isWorkday(d: IsoDate, makeup: MakeupDays = 'counted'): boolean {
    const i = this.offset(d);
    const { cum } = this.index(makeup);
    return (cum[i + 1] as number) - (cum[i] as number) === 1;
  }

  /**
   * The `n`th working day after `d` (`d` itself not counted; Civil Code art. 201); a negative `n`
   * counts back the same way. `n` = 0 returns `d`.
   *
   * @example
   * cal.addWorkdays('2025-09-26', 10) //=> '2025-10-16' (counts Sun 09-28 and Sat 10-11, skips 10-01..08)
   */
  addWorkdays(d: IsoDate, n: number, makeup: MakeupDays = 'counted'): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
    if (n === 0) return d;
    const i = this.offset(d);
    const { cum, days } = this.index(makeup);
    const k = n > 0 ? (cum[i + 1] as number) + n - 1 : (cum[i] as number) + n;
    if (k < 0 || k >= days.length) {
      throw new CalendarRangeError(
        `${n} working days from ${d} falls outside ${this.spanStart} to ${this.spanEnd}`,
      );
    }
    return this.toDate(days[k] as number);
  }

  /**
   * `d` if it is a working day, else the closest earlier working day.
   *
   * @example
   * cal.lastWorkdayOnOrBefore('2026-03-01') //=> '2026-02-28' (Saturday make-up working day)
   */
  lastWorkdayOnOrBefore(d: IsoDate, makeup: MakeupDays = 'counted'): IsoDate {
    const i = this.offset(d);
    const { cum, days } = this.index(makeup);
    const k = (cum[i + 1] as number) - 1;
    if (k < 0) throw new CalendarRangeError(`no working day on or before ${d} in this calendar`);
    return this.toDate(days[k] as number);
  }

  /**
   * `d` if it is a working day, else the closest later working day.
   *
   * @example
   * cal.firstWorkdayOnOrAfter('2026-10-01') //=> '2026-10-08'
   */
  firstWorkdayOnOrAfter(d: IsoDate, makeup: MakeupDays = 'counted'): IsoDate {
    const i = this.offset(d);
    const { cum, days } = this.index(makeup);
    const k = cum[i] as number;
    if (k >= days.length) throw new CalendarRangeError(`no working day on or after ${d} in this calendar`);
    return this.toDate(days[k] as number);
  }

  /**
   * Working days after `from` up to and including `to` (negative when `to` is earlier).
   *
   * @example
   * cal.workdaysBetween('2026-02-13', '2026-02-24') //=> 2 (Sat 02-14 make-up, then Tue 02-24)
   */
  workdaysBetween(from: IsoDate, to: IsoDate, makeup: MakeupDays = 'counted'): number {
    const { cum } = this.index(makeup);
    return (cum[this.offset(to) + 1] as number) - (cum[this.offset(from) + 1] as number);
  }

  /** Days of a given kind in `[from, to]`, e.g. the make-up working days inside a counted period. */
  daysOfKind(from: IsoDate, to: IsoDate, kind: DayKind): IsoDate[] {
    const out: IsoDate[] = [];
    const code = KIND_CODE[kind];
    for (let i = this.offset(from), end = this.offset(to); i <= end; i++) {
      if (this.kinds[i] === code) out.push(this.toDate(i));
    }
    return out;
  }

  /** The statutory holidays of provisional years in `[from, to]`, in date order. */
  statutoryHolidaysBetween(from: IsoDate, to: IsoDate): { date: IsoDate; name: Bilingual }[] {
    this.offset(from); // the same range check as every other query
    this.offset(to);
    const out: { date: IsoDate; name: Bilingual }[] = [];
    const dates = this.holidayDates;
    // The first holiday on or after `from` (binary search), then on to `to`.
    let lo = 0;
    for (let hi = dates.length; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if ((dates[mid] as IsoDate) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < dates.length && (dates[i] as IsoDate) <= to; i++) {
      const date = dates[i] as IsoDate;
      out.push({ date, name: (this.statutoryHoliday(date) as { name: Bilingual }).name });
    }
    return out;
  }

  /**
   * Years between two dates (inclusive, either order) whose holiday arrangement is not published,
   * so that anything computed across them is provisional.
   */
  uncoveredYears(a: IsoDate, b: IsoDate): number[] {
    const [lo, hi] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
    const out: number[] = [];
    for (let y = lo; y <= hi; y++) if (!this.years.has(y)) out.push(y);
    return out;
  }
}

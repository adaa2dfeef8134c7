/**
 * Flags several commands share, defined once: --as-of, --calendar, --format, --lang, --color,
 * and the date parser. Also the check that a flag is not given twice (last-one-wins would be a
 * silent wrong answer), and how colour and width are decided.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type IsoDate, parseIsoDate } from '../calendar/isoDate.js';
import type { LangChoice } from '../core/vocabulary.js';
import { DEFAULT_REMIND } from '../report/calendar/defaults.js';
import { isTrue, todayInChina } from './environment.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';

/** commander's parser for dates: real dates only, `2026-02-30` refused. */
export function parseDateArgument(value: string): string {
  if (parseIsoDate(value) === undefined) {
    throw new InvalidArgumentError(`expected a real date written YYYY-MM-DD (e.g. 2026-11-18), got "${value}"`);
  }
  return value;
}

export const asOfOption = (what = 'judge statuses as of this date') =>
  new Option('--as-of <YYYY-MM-DD>', `${what} (default: today in Asia/Shanghai)`).argParser(parseDateArgument);

/** `--calendar FILE`, repeatable: each file is applied in order, after PERMIT_CALENDAR. */
export const calendarOption = () =>
  new Option(
    '--calendar <file>',
    'extra or corrected calendar years (format of data/calendar/cn.yaml); repeatable; also PERMIT_CALENDAR',
  ).argParser((v: string, prev: string[] | undefined) => {
    if (v.trim() === '') throw new InvalidArgumentError('expected a file name, got an empty one');
    return [...(prev ?? []), v];
  });

export { DEFAULT_REMIND };

/** `--remind 10,5,1`: whole numbers of working days, for every command with an ics format. */
export const remindOption = () =>
  new Option('--remind <days>', `with --format ics: reminders this many working days before each due date (default: ${DEFAULT_REMIND.join(',')})`).argParser(
    (v: string) => {
      const days = v.split(',').map((x) => x.trim());
      if (days.some((d) => !/^\d+$/.test(d)) || days.some((d) => Number(d) > 250))
        throw new InvalidArgumentError(`--remind takes whole numbers of working days up to 250, separated by commas, e.g. 10,5,1; got "${v}"`);
      return [...new Set(days.map(Number))].sort((a, b) => b - a);
    },
  );

export const formatOption = (choices: readonly string[], fallback = 'text') =>
  new Option('--format <format>', `output format (default: ${fallback})`).choices(choices);

export const langOption = () =>
  new Option('--lang <lang>', 'language of every text: en, zh or both (default: both)').choices(['en', 'zh', 'both']);

/** `--color` / `--no-color`. */
export function addColorOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--color', 'colour the output even when it is not a terminal'))
    .addOption(new Option('--no-color', 'never colour the output'));
}

/** The as-of date: the flag, else today in Asia/Shanghai. */
export function asOfFrom(opts: { asOf?: string }, io: Io): IsoDate {
  return (opts.asOf ?? todayInChina(io.now())) as IsoDate;
}

/** The calendar overlays in order: PERMIT_CALENDAR, then each --calendar. */
export function calendarFiles(opts: { calendar?: string[] }, io: Io): string[] {
  const fromEnv = io.env.PERMIT_CALENDAR;
  if (fromEnv !== undefined && fromEnv.trim() === '') throw new UsageError('PERMIT_CALENDAR is set but empty; unset it or name a calendar file');
  return [...(fromEnv ? [fromEnv] : []), ...(opts.calendar ?? [])];
}

export function langFrom(opts: { lang?: string }): LangChoice {
  return (opts.lang ?? 'both') as LangChoice;
}

/**
 * Whether to colour: `--no-color` and NO_COLOR win, then `--color` and FORCE_COLOR (0 = off),
 * else colour on a terminal that is not dumb. chalk alone ignores NO_COLOR, so decide here.
 */
export function colorFrom(opts: { color?: boolean }, io: Io): boolean {
  if (opts.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (opts.color === true) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdoutTty && io.env.TERM !== 'dumb';
}

/** The width to lay text out in: COLUMNS when set, the terminal's width, else 80. */
export function widthFrom(io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv >= 20) return Math.min(fromEnv, 400);
  if (io.stdoutTty && io.columns && io.columns >= 20) return io.columns;
  return 80;
}

/** In CI: the CI variable set to a true value (CI=false and CI=0 are not CI). */
export function inCi(io: Io): boolean {
  return isTrue(io.env.CI);
}

/** Flags that may be given more than once. */
const REPEATABLE = new Set(['--calendar']);

/**
 * Refuses a flag given twice (`--event-date A --event-date B`, or `--x` with `--no-x`): commander
 * would keep the last one silently. Reads argv up to `--`.
 */
export function refuseRepeatedFlags(args: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const a of args) {
    if (a === '--') break;
    if (!a.startsWith('--')) continue;
    const name = a.split('=')[0] as string;
    const base = name.startsWith('--no-') ? `--${name.slice(5)}` : name;
    if (REPEATABLE.has(base)) continue;
    const before = seen.get(base);
    if (before !== undefined)
      throw new UsageError(
        before === name ? `${name} is given twice; give it once` : `${before} and ${name} are both given; give one of them`,
      );
    seen.set(base, name);
  }
}

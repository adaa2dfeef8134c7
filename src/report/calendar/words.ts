/**
 * The words every deadline report shares (Markdown, the calendar file, the agenda): a deadline's
 * status as the checklist shows it, how far away it is, and its date with the weekday.
 */
import { dayOfWeek, type IsoDate, weekdayName } from '../../calendar/isoDate.js';
import { message, quantity, type Text } from '../../core/message.js';
import { render } from '../../core/render.js';
import type { Lang } from '../../core/vocabulary.js';
import type { PlanDeadline } from '../../rules/plan.js';

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/**
 * A date with its weekday, as a table cell shows it.
 *
 * @example
 * dateWithWeekday('2026-12-08', 'en') //=> '2026-12-08 Tue'
 * dateWithWeekday('2026-12-08', 'zh') //=> '2026-12-08 周二'
 */
export function dateWithWeekday(date: IsoDate, lang: Lang): string {
  return lang === 'zh' ? `${date} ${WEEKDAY_ZH[dayOfWeek(date)]}` : `${date} ${weekdayName(date)}`;
}

/** Working days when the calendar reaches the date, else calendar days. */
export function distance(d: Pick<PlanDeadline, 'daysLeft' | 'workingDaysLeft'>): { n: number; unit: 'working-day' | 'day' } {
  return d.workingDaysLeft !== undefined ? { n: d.workingDaysLeft, unit: 'working-day' } : { n: d.daysLeft, unit: 'day' };
}

/** How far away a date is: `3 working days left`, `1 working day ago`. */
export function leftText(d: Pick<PlanDeadline, 'daysLeft' | 'workingDaysLeft'>): Text {
  const { n, unit } = distance(d);
  return n >= 0 ? message('quantity.left', { n: quantity(n, unit) }) : message('quantity.ago', { n: quantity(-n, unit) });
}

/** The status in words, as the text checklist shows it (`open since …` for an earliest date). */
export function statusText(d: PlanDeadline, asOf: IsoDate): Text {
  if (d.status === 'met' && d.met) return message(d.met.on > asOf ? 'status.planned-on' : 'status.met-on', { date: d.met.on });
  if (d.kind === 'earliest') return message(d.status === 'upcoming' ? 'status.opens-on' : 'status.open-since', { date: d.date });
  if (d.status === 'not-yet-open' && d.opens) return message('status.opens-on', { date: d.opens });
  return message(`status.${d.status}`);
}

/** A due deadline that still calls for a filing. */
export const isOpenDue = (d: PlanDeadline): boolean => d.kind === 'due' && d.status !== 'met';

/** Statuses that call for action now: shown in red. */
export const PRESSING_STATUSES: ReadonlySet<string> = new Set(['overdue', 'past-plan-date', 'due-today']);

/** `label: text` with the colon of the language (`来源：…`). */
export function labelled(labelId: string, text: string, l: Lang): string {
  return `${render(message(labelId), l)}${l === 'zh' ? '：' : ': '}${text}`;
}

/** A sentence's full stop in the language. */
export const fullStop = (l: Lang): string => (l === 'zh' ? '。' : '.');

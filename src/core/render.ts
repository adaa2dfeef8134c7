/**
 * Renders messages in one language. The only place where message ids become sentences; the
 * templates live in ./messages.ts.
 */
import { weekdayName } from '../calendar/isoDate.js';
import { type DayValue, isBilingual, type MessageValue, type QuantityValue, type Text } from './message.js';
import { MESSAGES } from './messages.js';
import { safeText } from './safeText.js';
import type { Bilingual, Lang } from './vocabulary.js';

const WEEKDAY_ZH: Record<string, string> = {
  Sun: '周日',
  Mon: '周一',
  Tue: '周二',
  Wed: '周三',
  Thu: '周四',
  Fri: '周五',
  Sat: '周六',
};

const DAY_KIND: Record<NonNullable<DayValue['dayKind']>, Bilingual> = {
  'makeup-workday': { en: 'make-up working day', zh: '调休上班日' },
  weekend: { en: 'weekend', zh: '周末' },
  'rest-day': { en: 'public holiday', zh: '法定节假日' },
};

const UNITS: Record<QuantityValue['unit'], { one: string; other: string; zh: string }> = {
  'working-day': { one: 'working day', other: 'working days', zh: '个工作日' },
  'calendar-day': { one: 'calendar day', other: 'calendar days', zh: '个自然日' },
  day: { one: 'day', other: 'days', zh: '天' },
  month: { one: 'month', other: 'months', zh: '个月' },
  year: { one: 'year', other: 'years', zh: '年' },
  error: { one: 'error', other: 'errors', zh: '个错误' },
  warning: { one: 'warning', other: 'warnings', zh: '个警告' },
  notice: { one: 'notice', other: 'notices', zh: '条提示' },
  deadline: { one: 'deadline', other: 'deadlines', zh: '个期限' },
  case: { one: 'case', other: 'cases', zh: '个案卷' },
  file: { one: 'file', other: 'files', zh: '个文件' },
  finding: { one: 'finding', other: 'findings', zh: '个问题' },
};

/** `2026-02-14 (Sat, make-up working day)` / `2026-02-14（周六，调休上班日）`. */
export function renderDay(v: DayValue, lang: Lang): string {
  const wd = weekdayName(v.date);
  const what = v.holiday ?? (v.dayKind ? DAY_KIND[v.dayKind] : undefined);
  if (lang === 'zh') return `${v.date}（${WEEKDAY_ZH[wd]}${what ? `，${what.zh}` : ''}）`;
  return `${v.date} (${wd}${what ? `, ${what.en}` : ''})`;
}

function renderQuantity(q: QuantityValue, lang: Lang): string {
  const u = UNITS[q.unit];
  if (lang === 'zh') return `${q.n}${u.zh}`;
  return `${q.n} ${Math.abs(q.n) === 1 ? u.one : u.other}`;
}

/** Renders one value of a message's data. */
export function renderValue(v: MessageValue, lang: Lang): string {
  if (typeof v === 'string') return safeText(v);
  if (typeof v === 'number') return String(v);
  if (isBilingual(v)) return safeText(v[lang]);
  if ('kind' in v) {
    if (v.kind === 'day') return renderDay(v, lang);
    if (v.kind === 'quantity') return renderQuantity(v, lang);
    const parts = v.items.map((i) => renderValue(i, lang));
    if (v.joiner === ';') return parts.join(lang === 'zh' ? '；' : '; ');
    if (parts.length <= 1) return parts.join('');
    const last = parts.pop() as string;
    if (lang === 'zh') return `${parts.join('、')}${v.joiner === 'or' ? '或' : '和'}${last}`;
    return `${parts.join(', ')} ${v.joiner === 'or' ? 'or' : 'and'} ${last}`;
  }
  return render(v, lang);
}

/**
 * Renders text in `lang`. A message's `{name}` placeholders are filled from its data; a missing
 * one is left visible as `{name}` (the message tests make sure none is).
 *
 * @example
 * render({ id: 'quantity.left', data: { n: { kind: 'quantity', n: 1, unit: 'working-day' } } }, 'en') //=> '1 working day left'
 */
export function render(t: Text, lang: Lang): string {
  // Text from rule and case files may hold control characters: never let them reach a terminal raw.
  if (isBilingual(t)) return safeText(t[lang]);
  const template = MESSAGES[t.id as keyof typeof MESSAGES];
  if (template === undefined) return `[${t.id}]`;
  return template[lang].replace(/\{([a-zA-Z][\w-]*)\}/g, (whole, name: string) => {
    const v = t.data?.[name];
    return v === undefined ? whole : renderValue(v, lang);
  });
}

/** Both languages at once, for JSON and for `--lang both`. */
export function renderBoth(t: Text): Bilingual {
  return isBilingual(t) ? t : { en: render(t, 'en'), zh: render(t, 'zh') };
}

/**
 * Structured text: a message is an id from the message table plus its data, rendered in English
 * or Chinese only when a report is written. The core never builds English sentences, so every
 * output can be given in either language and tests can assert ids instead of wording.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { Bilingual } from './vocabulary.js';

/** A date as a message shows it: with its weekday, and what kind of day it is where that matters. */
export interface DayValue {
  readonly kind: 'day';
  readonly date: IsoDate;
  /** Set when the day is not an ordinary working day (or is a make-up working day). */
  readonly dayKind?: 'makeup-workday' | 'weekend' | 'rest-day';
  /** The statutory holiday it is, in a provisional year. */
  readonly holiday?: Bilingual;
}

/** The units a count is written in; the renderer knows their singular and plural. */
export type Unit = 'working-day' | 'calendar-day' | 'day' | 'month' | 'year' | 'error' | 'warning' | 'notice' | 'deadline' | 'case' | 'file' | 'finding';

/** A number with its unit, e.g. 1 working day, 10 working days, 10个工作日. */
export interface QuantityValue {
  readonly kind: 'quantity';
  readonly n: number;
  readonly unit: Unit;
}

/** A list joined for reading: "a, b and c" / "a、b和c", or clauses joined by semicolons. */
export interface ListValue {
  readonly kind: 'list';
  readonly items: readonly MessageValue[];
  /** `and` (default), `or`, or `;` for clauses of one sentence. */
  readonly joiner?: 'and' | 'or' | ';';
}

/**
 * What a message's data may hold. Plain strings and numbers are shown as they are (ids, fact
 * values, years); Bilingual text comes from rule files and data.
 */
export type MessageValue = string | number | Bilingual | DayValue | QuantityValue | ListValue | Message;

/** A message by id, with the data its template names. */
export interface Message {
  readonly id: string;
  readonly data?: Readonly<Record<string, MessageValue>>;
}

/** Either literal bilingual text (from rules and data) or a message of the table. */
export type Text = Bilingual | Message;

export const day = (date: IsoDate, extra: Omit<DayValue, 'kind' | 'date'> = {}): DayValue => ({
  kind: 'day',
  date,
  ...extra,
});

export const quantity = (n: number, unit: Unit): QuantityValue => ({ kind: 'quantity', n, unit });

export const list = (items: readonly MessageValue[], joiner: ListValue['joiner'] = 'and'): ListValue => ({
  kind: 'list',
  items,
  joiner,
});

export const message = (id: string, data?: Record<string, MessageValue>): Message =>
  data === undefined ? { id } : { id, data };

export function isMessage(t: Text | MessageValue): t is Message {
  return typeof t === 'object' && 'id' in t;
}

export function isBilingual(t: unknown): t is Bilingual {
  return typeof t === 'object' && t !== null && 'en' in t && 'zh' in t && !('id' in t);
}

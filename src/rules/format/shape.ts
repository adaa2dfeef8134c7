/**
 * The shapes of conditions, dates and counts of the rule format, and the few helpers the
 * evaluator needs on them, with no schema library: the evaluator loads at start-up, the zod
 * schemas (./condition.ts, ./count.ts, ./dateRef.ts) only when a file is parsed.
 */

/** Every status a deadline can have; which ones a deadline can reach depends on its kind. */
export const DUE_STATUSES = [
  'not-yet-open',
  'upcoming',
  'due-soon',
  'due-today',
  'past-plan-date',
  'overdue',
  'met',
] as const;
export const OTHER_STATUSES = ['upcoming', 'today', 'passed'] as const;
export const DEADLINE_STATUSES = [...new Set([...DUE_STATUSES, ...OTHER_STATUSES])] as const;
export type DeadlineStatus = (typeof DUE_STATUSES)[number] | (typeof OTHER_STATUSES)[number];

/** How two dates compare in a `compare` condition. */
export const DATE_RELATIONS = ['before', 'after', 'on-or-before', 'on-or-after'] as const;
export type DateRelation = (typeof DATE_RELATIONS)[number];

/** Where a count starts or what a date condition compares. */
export type DateRef =
  /** A date fact; `else` is used when the fact is not given, and is reported as an assumption. */
  | { fact: string; else?: DateRef }
  /** A deadline declared earlier in the file. */
  | { deadline: string }
  /** A derived date of the file's `dates:` (declared earlier). */
  | { date: string }
  /** The as-of date ("today"). */
  | { 'as-of': true }
  /** The latest of several dates (all must be known). */
  | { 'later-of': DateRef[] };

export type Condition =
  | { fact: string; is: string | boolean | number }
  | { fact: string; in: (string | number)[] }
  | { fact: string; known: boolean }
  /** A date fact strictly before the as-of date (an expiry that has passed). */
  | { fact: string; passed: boolean }
  | ({ compare: DateRef } & Partial<Record<DateRelation, DateRef>>)
  | { deadline: string; status: DeadlineStatus[] }
  /** A condition named under the file's `conditions:`. */
  | { condition: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export type Roll = 'back' | 'forward' | 'none';

export type Count =
  | {
      'working-days': number;
      after: DateRef;
      'makeup-days'?: 'counted' | 'not-counted';
      'start-day'?: 'excluded' | 'counted';
    }
  | { 'calendar-days': number; after: DateRef; roll: Roll }
  | { 'calendar-days': number; before: DateRef; roll: Roll }
  | { months: number; after: DateRef; roll: Roll }
  | { months: number; before: DateRef; roll: Roll }
  | { years: number; after: DateRef; roll: Roll }
  | { years: number; before: DateRef; roll: Roll };

/** The relation and right-hand date of a `compare` condition. */
export function comparison(c: { compare: DateRef } & Partial<Record<DateRelation, DateRef>>): {
  relation: DateRelation;
  other: DateRef;
} {
  for (const relation of DATE_RELATIONS) {
    const other = c[relation];
    if (other !== undefined) return { relation, other };
  }
  throw new Error('compare condition without a relation');
}

/** The date a count starts from. */
export function countStart(c: Count): DateRef {
  return 'after' in c ? c.after : c.before;
}

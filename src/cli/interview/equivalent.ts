/**
 * The command that gives the same result without questions, printed at the end of an
 * interview so the next run can skip them: `permit check cancel --reason resignation …`.
 */
import type { FactValue } from '../../rules/conditions.js';
import type { RuleSet } from '../../rules/ruleSet.js';

/** Quotes a word for a POSIX shell when it needs it. */
export function shellWord(w: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** Flags besides the facts that change the result: --as-of, --calendar, --lang, --format. */
export interface PassThrough {
  asOf?: string;
  calendar?: readonly string[];
  lang?: string;
  format?: string;
}

/**
 * `permit check <procedure>` with one flag per fact, in the rule file's order.
 *
 * @example
 * equivalentCommand(cancel, new Map([['reason', 'resignation'], ['salary-commitment', false]]), {})
 * //=> 'permit check cancel --reason resignation --no-salary-commitment'
 */
export function equivalentCommand(rules: RuleSet, facts: ReadonlyMap<string, FactValue>, pass: PassThrough): string {
  const words = ['permit', 'check', rules.procedure];
  for (const f of rules.facts) {
    const v = facts.get(f.id);
    if (v === undefined) continue;
    if (typeof v === 'boolean') words.push(v ? `--${f.id}` : `--no-${f.id}`);
    else words.push(`--${f.id}`, v);
  }
  if (pass.asOf !== undefined) words.push('--as-of', pass.asOf);
  for (const c of pass.calendar ?? []) words.push('--calendar', c);
  if (pass.lang !== undefined) words.push('--lang', pass.lang);
  if (pass.format !== undefined && pass.format !== 'text') words.push('--format', pass.format);
  return words.map(shellWord).join(' ');
}

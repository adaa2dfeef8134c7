/**
 * Turns a procedure's declared facts into command-line flags (`--reason`, `--event-date`, …)
 * and the parsed flags back into fact values, and says which flags a plan still needs.
 */
import { type Command, Option } from 'commander';
import type { Bilingual } from '../core/vocabulary.js';
import type { FactValue } from '../rules/conditions.js';
import type { Condition } from '../rules/format/condition.js';
import type { ResolvedFact, RuleSet } from '../rules/ruleSet.js';
import type { OpenQuestion } from '../rules/plan.js';
import { parseDateArgument } from './options.js';

function accepts(fact: ResolvedFact): string {
  if (fact.type === 'date') return 'YYYY-MM-DD';
  if (fact.type === 'boolean') return `--${fact.id} or --no-${fact.id}`;
  return `one of: ${(fact.values ?? []).map((v) => v.value).join(', ')}`;
}

/** The help line of a fact's flag: its question, and its default when it has one. */
function helpOf(fact: ResolvedFact): string {
  return `${fact.question.en}${fact.default !== undefined ? ` (default: ${String(fact.default)})` : ''}`;
}

/** Adds one flag per fact to `cmd`. */
export function addFactOptions(cmd: Command, rules: RuleSet): void {
  for (const fact of rules.facts) {
    if (fact.type === 'boolean') {
      cmd.addOption(new Option(`--${fact.id}`, helpOf(fact)));
      cmd.addOption(new Option(`--no-${fact.id}`, 'the opposite').hideHelp());
    } else if (fact.type === 'date') {
      cmd.addOption(new Option(`--${fact.id} <YYYY-MM-DD>`, helpOf(fact)).argParser(parseDateArgument));
    } else {
      cmd.addOption(new Option(`--${fact.id} <value>`, helpOf(fact)).choices((fact.values ?? []).map((v) => String(v.value))));
    }
  }
}

/** Fact values from parsed options (own properties only); facts not given are left out. */
export function factsFromOptions(cmd: Command, rules: RuleSet): Map<string, FactValue> {
  const opts = cmd.opts() as Record<string, unknown>;
  const facts = new Map<string, FactValue>();
  for (const fact of rules.facts) {
    const option = cmd.options.find((o) => o.long === `--${fact.id}`);
    if (!option) continue;
    const key = option.attributeName();
    if (!Object.hasOwn(opts, key)) continue;
    const value = opts[key];
    if (typeof value === 'string' || typeof value === 'boolean') facts.set(fact.id, value);
  }
  return facts;
}

/** One line naming the flag to pass, what it accepts and what it decides. */
export function missingFactLine(rules: RuleSet, q: OpenQuestion): string {
  const fact = rules.factsById.get(q.fact);
  if (!fact) return `--${q.fact}`;
  const shown = q.affects.slice(0, 3).join(', ');
  const more = q.affects.length > 3 ? ` and ${q.affects.length - 3} more` : '';
  return `--${fact.id} (${accepts(fact)}): ${fact.question.en} Needed for ${shown}${more}.`;
}

/** Every missing required fact as the flags to pass, one per line after a first line. */
export function missingFactsMessage(rules: RuleSet, open: readonly OpenQuestion[]): string {
  if (open.length === 1) return `missing ${missingFactLine(rules, open[0] as OpenQuestion)}`;
  const flags = open.map((q) => `--${q.fact}`).join(' ');
  return [`missing ${open.length} required facts; pass ${flags}:`, ...open.map((q) => `  ${missingFactLine(rules, q)}`)].join('\n');
}

/** The help text of a fact for the answers so far: the first variant whose condition holds. */
export function helpFor(fact: ResolvedFact, holds: (c: Condition) => boolean): Bilingual | undefined {
  const h = fact.help;
  if (!h) return undefined;
  if (!Array.isArray(h)) return h;
  const hit = h.find((v) => v.when === undefined || holds(v.when));
  return hit ? { en: hit.en, zh: hit.zh } : undefined;
}


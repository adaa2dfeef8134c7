/**
 * Turns a procedure's declared facts into command-line flags (`--reason`, `--event-date`, …)
 * and the parsed flags back into fact values.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseIsoDate } from '../calendar/isoDate.js';
import type { FactValues } from '../rules/conditions.js';
import type { OpenQuestion } from '../rules/evaluate.js';
import type { LoadedRules } from '../rules/load.js';
import type { Fact } from '../rules/schema.js';

/** commander's parser for YAML-style dates: real dates only, `2026-02-30` refused. */
export function parseDateArgument(value: string): string {
  if (parseIsoDate(value) === undefined) {
    throw new InvalidArgumentError(
      `expected a real date written YYYY-MM-DD (e.g. 2026-11-18), got "${value}"`,
    );
  }
  return value;
}

function describeValues(fact: Fact): string {
  if (fact.type === 'date') return 'YYYY-MM-DD';
  if (fact.type === 'boolean') return `--${fact.id} or --no-${fact.id}`;
  return `one of: ${(fact.values ?? []).map((v) => v.value).join(', ')}`;
}

/** Adds one flag per fact to `cmd`. */
export function addFactOptions(cmd: Command, rules: LoadedRules): void {
  for (const fact of rules.facts) {
    const help = `${fact.question.en}${fact.default !== undefined ? ` (default: ${String(fact.default)})` : ''}`;
    if (fact.type === 'boolean') {
      cmd.addOption(new Option(`--${fact.id}`, help));
      cmd.addOption(new Option(`--no-${fact.id}`, 'the opposite').hideHelp());
    } else if (fact.type === 'date') {
      cmd.addOption(new Option(`--${fact.id} <YYYY-MM-DD>`, help).argParser(parseDateArgument));
    } else {
      cmd.addOption(
        new Option(`--${fact.id} <value>`, help).choices((fact.values ?? []).map((v) => String(v.value))),
      );
    }
  }
}

/** Fact values from parsed options; facts not given are left out. */
export function factsFromOptions(cmd: Command, rules: LoadedRules): FactValues {
  const opts = cmd.opts() as Record<string, unknown>;
  const facts: Record<string, string | boolean> = {};
  for (const fact of rules.facts) {
    const option = cmd.options.find((o) => o.long === `--${fact.id}`);
    const value = option ? opts[option.attributeName()] : undefined;
    if (value !== undefined && (typeof value === 'string' || typeof value === 'boolean'))
      facts[fact.id] = value;
  }
  return facts;
}

/** One line naming the flag to pass, what it accepts and what it decides. */
export function missingFactMessage(rules: LoadedRules, q: OpenQuestion): string {
  const fact = rules.facts.find((f) => f.id === q.fact);
  if (!fact) return `missing --${q.fact}`;
  const shown = q.affects.slice(0, 3).join(', ');
  const more = q.affects.length > 3 ? ` and ${q.affects.length - 3} more` : '';
  return `missing --${fact.id} (${describeValues(fact)}): ${fact.question.en} Needed for ${shown}${more}.`;
}

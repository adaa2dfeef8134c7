/**
 * The interactive interview: asks, one at a time, only the facts whose answers can still change
 * the plan, re-evaluating after each answer. The prompt library is loaded only here.
 */
import { evaluateCondition, type FactValues } from '../rules/conditions.js';
import type { LoadedRules } from '../rules/load.js';
import type { Fact } from '../rules/schema.js';
import { parseDateArgument } from './factOptions.js';

/** Asks for one fact; replaceable in tests. An optional one may be skipped (undefined). */
export type AskFact = (fact: Fact, optional: boolean) => Promise<string | boolean | undefined>;

/** Runs the interview loop until nothing open remains; `openFacts` re-evaluates the plan. */
export async function interview(
  rules: LoadedRules,
  given: FactValues,
  openFacts: (facts: FactValues) => string[],
  ask: AskFact,
): Promise<FactValues> {
  const facts: Record<string, string | boolean | undefined> = { ...given };
  for (let guard = 0; guard < rules.facts.length + 1; guard++) {
    const next = openFacts(facts).find((id) => facts[id] === undefined);
    const fact = rules.facts.find((f) => f.id === next);
    if (!fact) break;
    facts[fact.id] = await ask(fact, false);
  }
  // Then the optional dates this case can use (estimates, freshness checks), each skippable.
  const ctx = { facts, deadlineStatus: () => undefined, deadlineDate: () => undefined };
  for (const fact of rules.facts) {
    if (
      facts[fact.id] !== undefined ||
      fact.default !== undefined ||
      fact.type !== 'date' ||
      !fact['ask-when']
    )
      continue;
    if (evaluateCondition(fact['ask-when'], ctx).value !== true) continue;
    const answer = await ask(fact, true);
    if (answer !== undefined) facts[fact.id] = answer;
  }
  return facts;
}

/** Prompts on the terminal with @inquirer, writing the prompt UI to stderr so stdout stays clean. */
export async function askOnTerminal(fact: Fact, optional: boolean): Promise<string | boolean | undefined> {
  const context = { output: process.stderr };
  const message = `${fact.question.en} ${fact.question.zh}`;
  if (fact.type === 'enum') {
    const { default: select } = await import('@inquirer/select');
    return select(
      {
        message,
        choices: (fact.values ?? []).map((v) => ({
          value: String(v.value),
          name: `${v.label.en} · ${v.label.zh}`,
        })),
        ...(typeof fact.default === 'string' ? { default: fact.default } : {}),
      },
      context,
    );
  }
  if (fact.type === 'boolean') {
    const { default: confirm } = await import('@inquirer/confirm');
    return confirm({ message, default: fact.default === true }, context);
  }
  const { default: input } = await import('@inquirer/input');
  return input(
    {
      message: `${message}${fact.help ? ` (${fact.help.en})` : ''}${optional ? ' [optional: Enter to skip]' : ''}`,
      validate: (v: string) => {
        if (optional && v.trim() === '') return true;
        try {
          parseDateArgument(v.trim());
          return true;
        } catch (e) {
          return (e as Error).message;
        }
      },
    },
    context,
  ).then((v) => (v.trim() === '' ? undefined : v.trim()));
}

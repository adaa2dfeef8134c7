/**
 * The interactive interview: asks, one at a time, only the facts whose answers can still change
 * the plan, re-evaluating after each answer. The prompt library is loaded only here, and only
 * when a prompt is shown.
 */
import type { IsoDate } from '../calendar/isoDate.js';
import { evaluateCondition, type FactValue } from '../rules/conditions.js';
import type { ResolvedFact, RuleSet } from '../rules/ruleSet.js';
import type { LangChoice } from '../core/vocabulary.js';
import type { Io } from './io.js';
import { parseDateArgument } from './options.js';

/** Asks for one fact; replaceable in tests. An optional one may be skipped (undefined). */
export type AskFact = (fact: ResolvedFact, optional: boolean) => Promise<FactValue | undefined>;

/** Runs the interview loop until nothing open remains; `openFacts` lists what is still worth asking. */
export async function interview(
  rules: RuleSet,
  given: ReadonlyMap<string, FactValue>,
  openFacts: (facts: ReadonlyMap<string, FactValue>) => string[],
  ask: AskFact,
): Promise<Map<string, FactValue>> {
  const facts = new Map(given);
  const asked = new Set<string>();
  for (let guard = 0; guard < rules.facts.length + 1; guard++) {
    const next = openFacts(facts).find((id) => !facts.has(id) && !asked.has(id));
    const fact = next === undefined ? undefined : rules.factsById.get(next);
    if (!fact) break;
    asked.add(fact.id);
    const answer = await ask(fact, false);
    if (answer !== undefined) facts.set(fact.id, answer);
  }
  // Then the optional dates this case can use (estimates, freshness checks), each skippable.
  const ctx = {
    facts,
    asOf: '9999-12-31' as IsoDate,
    named: rules.named,
    deadlineStatus: () => undefined,
    resolveDate: () => undefined,
  };
  for (const fact of rules.facts) {
    if (facts.has(fact.id) || asked.has(fact.id) || fact.default !== undefined || fact.type !== 'date' || !fact['ask-when'])
      continue;
    if (evaluateCondition(fact['ask-when'], ctx).value !== true) continue;
    const answer = await ask(fact, true);
    if (answer !== undefined) facts.set(fact.id, answer);
  }
  return facts;
}

export interface InterviewInput {
  io: Io;
  rules: RuleSet;
  /** Facts already given (flags, a case file); never asked again. */
  given: ReadonlyMap<string, FactValue>;
  /** The facts still worth asking given the answers so far, in order (the core's `questions`). */
  questions: (facts: ReadonlyMap<string, FactValue>) => readonly string[];
  lang: LangChoice;
}

/** The interview `permit check` runs on a terminal when facts are missing. */
export async function runInterview(input: InterviewInput): Promise<Map<string, FactValue>> {
  return interview(input.rules, input.given, (f) => [...input.questions(f)], askOnTerminal(input.io));
}

/** Prompts on the terminal with @inquirer, drawing on stderr so stdout stays clean. */
export function askOnTerminal(io: Io): AskFact {
  void io;
  return async (fact, optional) => {
    const context = { output: process.stderr };
    const message = `${fact.question.en} ${fact.question.zh}`;
    if (fact.type === 'enum') {
      const { default: select } = await import('@inquirer/select');
      return select(
        {
          message,
          choices: (fact.values ?? []).map((v) => ({ value: String(v.value), name: `${v.label.en} · ${v.label.zh}` })),
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
    const v = await input(
      {
        message: `${message}${optional ? ' [optional: Enter to skip]' : ''}`,
        validate: (text: string) => {
          if (optional && text.trim() === '') return true;
          try {
            parseDateArgument(text.trim());
            return true;
          } catch (e) {
            return e instanceof Error ? e.message : String(e);
          }
        },
      },
      context,
    );
    return v.trim() === '' ? undefined : v.trim();
  };
}

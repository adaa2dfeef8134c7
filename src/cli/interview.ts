/**
 * The interactive interview on a terminal, shared by `permit interview` and by `permit check`
 * when facts are missing: only the facts whose answers can change the plan, with progress, back,
 * a review, and the equivalent command at the end. The pure part is ./interview/model.ts; the
 * prompt library is loaded only when a prompt is shown (./interview/terminal.ts).
 */
import type { IsoDate } from '../calendar/isoDate.js';
import type { WorkCalendar } from '../calendar/workCalendar.js';
import type { LangChoice } from '../core/vocabulary.js';
import type { FactValue } from '../rules/conditions.js';
import type { RuleSet } from '../rules/ruleSet.js';
import { type Outcome, UsageError } from './errors.js';
import type { Io } from './io.js';
import { conduct } from './interview/drive.js';
import { equivalentCommand, type PassThrough } from './interview/equivalent.js';
import { Interview } from './interview/model.js';
import { Interrupted, TerminalPrompter } from './interview/terminal.js';

export { Interview } from './interview/model.js';

export interface InterviewInput {
  io: Io;
  rules: RuleSet;
  /** Facts already given (flags, a case file); never asked, shown in the review. */
  given: ReadonlyMap<string, FactValue>;
  asOf: IsoDate;
  calendar: WorkCalendar;
  /** Deadlines recorded as met (a case file's `done:`). */
  done?: ReadonlyMap<string, IsoDate>;
  lang: LangChoice;
  /** Flags to repeat in the equivalent command printed at the end. */
  pass?: PassThrough;
}

/** The facts, or the outcome of an interrupted interview (130, 143 or 129; already reported). */
export type InterviewResult = { ok: true; facts: Map<string, FactValue> } | { ok: false; outcome: Outcome };

/** The interview `permit check` runs on a terminal when facts are missing. */
export async function runInterview(input: InterviewInput): Promise<InterviewResult> {
  const { io } = input;
  if (!io.terminal) throw new UsageError('no terminal to ask on');
  const iv = new Interview({
    rules: input.rules,
    asOf: input.asOf,
    calendar: input.calendar,
    given: input.given,
    ...(input.done ? { done: input.done } : {}),
  });
  const prompter = new TerminalPrompter(io.terminal, input.lang);
  try {
    await conduct(iv, prompter, { review: true });
    prompter.finish();
  } catch (e) {
    prompter.dispose();
    if (!(e instanceof Interrupted)) throw e;
    io.stderr(`permit: ${prompter.words.say({ id: 'interview.interrupted' })}\n`);
    return { ok: false, outcome: { exitCode: e.exitCode } };
  }
  const facts = iv.facts();
  io.stderr(`permit: ${prompter.words.say({ id: 'interview.rerun' })}\n  ${equivalentCommand(input.rules, facts, input.pass ?? {})}\n`);
  return { ok: true, facts };
}

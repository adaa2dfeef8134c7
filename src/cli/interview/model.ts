/**
 * The interview as a pure state machine, apart from any terminal: which question comes next,
 * how many may still come, going back one question, changing an answer from the review, and
 * checking a typed answer. Nothing here reads the clock, the environment or a stream.
 *
 * The answers are kept by fact; the sequence is replayed from the start after every change, so
 * an answer that no longer matters (the last contact after the reason became a resignation) is
 * dropped from the result, and one that newly matters is asked.
 */
import { addMonthsClamped, type IsoDate, parseIsoDate } from '../../calendar/isoDate.js';
import type { WorkCalendar } from '../../calendar/workCalendar.js';
import type { Finding } from '../../core/finding.js';
import { message, type Text } from '../../core/message.js';
import type { Bilingual } from '../../core/vocabulary.js';
import { type ConditionContext, evaluateCondition, type FactValue } from '../../rules/conditions.js';
import { evaluate, questions } from '../../rules/evaluate.js';
import type { Condition, DateRef } from '../../rules/format/shape.js';
import type { Plan } from '../../rules/plan.js';
import type { ResolvedFact, RuleSet } from '../../rules/ruleSet.js';
import { helpFor } from '../factOptions.js';
import { planFacts } from './relevance.js';

export interface InterviewSetup {
  rules: RuleSet;
  /** Today (or --as-of): date answers are judged against it. */
  asOf: IsoDate;
  calendar: WorkCalendar;
  /** Facts already known (flags, a case file): never asked, shown in the review. */
  given: ReadonlyMap<string, FactValue>;
  /** Deadlines recorded as met (a case file's `done:`). */
  done?: ReadonlyMap<string, IsoDate>;
}

/** What the user said to one question: a value, or nothing (an optional question skipped). */
export type Answer = { value: FactValue } | { skipped: true };

export interface Choice {
  value: FactValue;
  label: Bilingual;
}

/** The question to show now, with everything the terminal needs to draw it. */
export interface Question {
  fact: ResolvedFact;
  /** An optional question may be skipped (Enter on an empty date, or the Skip choice). */
  optional: boolean;
  /** 1-based, counting only questions asked (not facts given). */
  number: number;
  /** The questions asked so far plus every one that could still be asked given the answers. */
  atMost: number;
  /** The help variant that fits the answers so far. */
  help?: Bilingual;
  /** Enum values whose `when` holds, or yes/no for a boolean; absent for a date. */
  choices?: readonly Choice[];
  /** What to preselect or prefill: the earlier answer when asked again, else the fact's default. */
  default?: FactValue;
  /** The answer given before, when the question is asked again (back, or a change from the review). */
  previous?: Answer;
  /** For a date: how far from today it may lie (`not after 2026-11-22`). */
  range?: Text;
  /** Shown when a replayed answer no longer fits the others (a date now before another). */
  problem?: Text;
  canGoBack: boolean;
}

export interface ReviewEntry {
  fact: ResolvedFact;
  answer: Answer;
  /** Given on the command line or by the case file, not asked. */
  given: boolean;
  /** Whether the review may change it (a given fact only when the interview would ask it). */
  changeable: boolean;
}

interface Step {
  fact: string;
  optional: boolean;
  answer: Answer;
}

interface Candidate {
  fact: string;
  optional: boolean;
}

interface Walked {
  steps: Step[];
  pending?: Candidate & { problem?: Text };
  facts: Map<string, FactValue>;
  /** Facts visited in the walk (given, asked, skipped), for the "at most" count. */
  visited: Set<string>;
}

export const YES_NO: readonly Choice[] = [
  { value: true, label: { en: 'Yes', zh: '是' } },
  { value: false, label: { en: 'No', zh: '否' } },
];

const has = (a: Answer): a is { value: FactValue } => 'value' in a;

export class Interview {
  readonly rules: RuleSet;
  private readonly setup: InterviewSetup;
  private readonly given: Map<string, FactValue>;
  private readonly answers = new Map<string, Answer>();
  /** The fact to ask again even though it has an answer (back, or a change from the review). */
  private reopened: string | undefined;
  /** Answered facts stepped back over: asked again, their answers preselected, when reached. */
  private readonly revisit = new Set<string>();
  private readonly usable: ReadonlySet<string>;
  private cache: Walked | undefined;
  /** Replays repeat the same prefixes: their candidates and date checks are kept by state. */
  private readonly memo = new Map<string, Candidate | undefined | Text>();

  constructor(setup: InterviewSetup) {
    this.setup = setup;
    this.rules = setup.rules;
    this.given = new Map(setup.given);
    this.usable = planFacts(setup.rules);
  }

  /** The question to ask now, or undefined when every question that matters is answered. */
  next(): Question | undefined {
    const w = this.walk();
    if (!w.pending) return undefined;
    return this.question(w, w.pending);
  }

  /** Whether any question was asked (a review is shown only then). */
  get askedAny(): boolean {
    return this.walk().steps.length > 0;
  }

  canGoBack(): boolean {
    return this.walk().steps.length > 0;
  }

  answer(fact: string, value: FactValue): void {
    this.expectPending(fact);
    this.answers.set(fact, { value });
    this.revisit.delete(fact);
    this.reopened = undefined;
    this.cache = undefined;
  }

  skip(fact: string): void {
    const p = this.expectPending(fact);
    if (!p.optional) throw new Error(`${fact} is required and cannot be skipped`);
    this.answers.set(fact, { skipped: true });
    this.revisit.delete(fact);
    this.reopened = undefined;
    this.cache = undefined;
  }

  /** Goes back one question: the last one answered is asked again. False when there is none. */
  back(): boolean {
    const w = this.walk();
    const last = w.steps.at(-1);
    if (!last) return false;
    // Walking forward again shows the question being left too, not only the ones before it.
    if (w.pending && this.answers.has(w.pending.fact)) this.revisit.add(w.pending.fact);
    this.reopened = last.fact;
    this.cache = undefined;
    return true;
  }

  /** Asks `fact` again from the review; the answers after it are kept where they still matter. */
  change(fact: string): boolean {
    if (this.given.has(fact)) {
      if (!this.changeableGiven(fact)) return false;
      this.answers.set(fact, { value: this.given.get(fact) as FactValue });
      this.given.delete(fact);
    } else if (!this.walk().steps.some((s) => s.fact === fact)) return false;
    this.reopened = fact;
    this.cache = undefined;
    return true;
  }

  /** Every fact known now: the given ones, then the answers in the order asked. */
  review(): ReviewEntry[] {
    const w = this.walk();
    const out: ReviewEntry[] = [];
    for (const f of this.rules.facts) {
      const v = this.given.get(f.id);
      if (v !== undefined) out.push({ fact: f, answer: { value: v }, given: true, changeable: this.changeableGiven(f.id) });
    }
    for (const s of w.steps) {
      const fact = this.rules.factsById.get(s.fact) as ResolvedFact;
      out.push({ fact, answer: s.answer, given: false, changeable: true });
    }
    return out;
  }

  /** The facts to evaluate: the given ones and the answers that still matter. */
  facts(): Map<string, FactValue> {
    return new Map(this.walk().facts);
  }

  /**
   * Checks a typed date for the pending question: a real date, plausible for the fact's range,
   * and not making another date impossible (a notice before its earliest day). Undefined: fine.
   */
  validate(fact: string, text: string): Text | undefined {
    const f = this.rules.factsById.get(fact);
    if (!f || f.type !== 'date') return undefined;
    const t = text.trim();
    const pending = this.walk().pending;
    if (t === '') return pending?.optional ? undefined : message('interview.answer-needed');
    if (parseIsoDate(t) === undefined) return message('interview.bad-date', { text: t });
    return this.problemWith(this.walk().facts, fact, t);
  }

  // The walk: the sequence replayed from the given facts with the answers kept so far.
  private walk(): Walked {
    if (this.cache) return this.cache;
    const facts = new Map(this.given);
    const visited = new Set(this.given.keys());
    const steps: Step[] = [];
    let pending: Walked['pending'];
    for (let guard = 0; guard <= this.rules.facts.length; guard++) {
      const c = this.nextCandidate(facts, visited);
      if (!c) break;
      const kept = this.answers.get(c.fact);
      if (kept === undefined || this.reopened === c.fact || this.revisit.has(c.fact)) {
        pending = c;
        break;
      }
      if (has(kept) && typeof kept.value === 'string' && this.rules.factsById.get(c.fact)?.type === 'date') {
        // A replayed date that no longer fits the answers before it is asked again.
        const problem = this.problemWith(facts, c.fact, kept.value);
        if (problem) {
          pending = { ...c, problem };
          break;
        }
      }
      visited.add(c.fact);
      if (has(kept)) facts.set(c.fact, kept.value);
      steps.push({ fact: c.fact, optional: c.optional, answer: kept });
    }
    this.cache = { steps, facts, visited, ...(pending ? { pending } : {}) };
    return this.cache;
  }

  /** The next fact worth asking: the required ones in rule order, then the optional ones. */
  private nextCandidate(facts: ReadonlyMap<string, FactValue>, visited: ReadonlySet<string>): Candidate | undefined {
    const key = `next\u0000${JSON.stringify([...facts])}\u0000${[...visited].join(',')}`;
    if (this.memo.has(key)) return this.memo.get(key) as Candidate | undefined;
    const found = this.findCandidate(facts, visited);
    this.memo.set(key, found);
    return found;
  }

  private findCandidate(facts: ReadonlyMap<string, FactValue>, visited: ReadonlySet<string>): Candidate | undefined {
    const { ctx } = this.contexts(facts);
    const open = this.openFacts(facts);
    for (const id of open) {
      const f = this.rules.factsById.get(id);
      if (!f || visited.has(id) || facts.has(id)) continue;
      if (evaluateCondition(f['ask-when'], ctx).value === false) continue;
      if (f.type === 'enum' && this.choicesFor(f, ctx).length === 0) continue;
      return { fact: id, optional: false };
    }
    for (const f of this.rules.facts) {
      if (visited.has(f.id) || facts.has(f.id) || !this.usable.has(f.id)) continue;
      // Optional questions only where their ask-when holds: nothing is left to decide it.
      if (evaluateCondition(f['ask-when'], ctx).value !== true) continue;
      if (f.type === 'enum' && this.choicesFor(f, ctx).length === 0) continue;
      return { fact: f.id, optional: true };
    }
    return undefined;
  }

  private question(w: Walked, c: Candidate & { problem?: Text }): Question {
    const f = this.rules.factsById.get(c.fact) as ResolvedFact;
    const { ctx } = this.contexts(w.facts);
    const holds = (cond: Condition) => evaluateCondition(cond, ctx).value === true;
    const previous = this.answers.get(c.fact);
    const choices = f.type === 'enum' ? this.choicesFor(f, ctx) : f.type === 'boolean' ? YES_NO : undefined;
    let fallback: FactValue | undefined = previous && has(previous) ? previous.value : f.default;
    if (choices && fallback !== undefined && !choices.some((x) => x.value === fallback)) fallback = undefined;
    const help = helpFor(f, holds);
    const number = w.steps.length + 1;
    const range = f.type === 'date' ? dateHint(f, this.setup.asOf) : undefined;
    return {
      fact: f,
      optional: c.optional,
      number,
      atMost: Math.max(number, w.steps.length + this.stillPossible(w)),
      ...(help ? { help } : {}),
      ...(range ? { range } : {}),
      ...(choices ? { choices } : {}),
      ...(fallback !== undefined ? { default: fallback } : {}),
      ...(previous ? { previous } : {}),
      ...(c.problem ? { problem: c.problem } : {}),
      canGoBack: w.steps.length > 0,
    };
  }

  /**
   * How many questions could still be asked, the pending one included: facts not known or
   * visited that the plan could use and whose ask-when is not yet false. Facts that will never
   * be asked count with their defaults, so they do not keep a question open.
   */
  private stillPossible(w: Walked): number {
    const open = new Set(this.openFacts(w.facts));
    const askable = (id: string) => !w.visited.has(id) && !w.facts.has(id) && (open.has(id) || this.usable.has(id));
    const facts = new Map(w.facts);
    for (const f of this.rules.facts) if (!facts.has(f.id) && !askable(f.id) && f.default !== undefined) facts.set(f.id, f.default);
    const ctx = this.contextFor(facts, this.contexts(w.facts).plan);
    let n = 0;
    for (const f of this.rules.facts) {
      if (!askable(f.id)) continue;
      if (evaluateCondition(f['ask-when'], ctx).value === false) continue;
      if (f.type === 'enum' && !(f.values ?? []).some((v) => evaluateCondition(v.when, ctx).value !== false)) continue;
      n++;
    }
    return n;
  }

  private choicesFor(f: ResolvedFact, ctx: ConditionContext): Choice[] {
    return (f.values ?? [])
      .filter((v) => evaluateCondition(v.when, ctx).value === true)
      .map((v) => ({ value: String(v.value), label: v.label }));
  }

  private openFacts(facts: ReadonlyMap<string, FactValue>): string[] {
    const { rules, asOf, calendar, done } = this.setup;
    return questions({ rules, facts, asOf, calendar, ...(done ? { done } : {}) }).map((q) => q.fact);
  }

  private evaluate(facts: ReadonlyMap<string, FactValue>): Plan | undefined {
    const { rules, asOf, calendar, done } = this.setup;
    try {
      return evaluate({ rules, facts, asOf, calendar, ...(done ? { done } : {}) });
    } catch {
      // A given fact the rules refuse is reported by the command; asking goes on without a plan.
      return undefined;
    }
  }

  /** Conditions judged on the answers so far, the defaults standing in for facts not known. */
  private contexts(facts: ReadonlyMap<string, FactValue>): { ctx: ConditionContext; plan: Plan | undefined } {
    const plan = this.evaluate(facts);
    const withDefaults = new Map(facts);
    for (const f of this.rules.facts) if (!withDefaults.has(f.id) && f.default !== undefined) withDefaults.set(f.id, f.default);
    return { ctx: this.contextFor(withDefaults, plan), plan };
  }

  private contextFor(facts: ReadonlyMap<string, FactValue>, plan: Plan | undefined): ConditionContext {
    const { asOf } = this.setup;
    const resolveDate = (ref: DateRef): IsoDate | undefined => {
      if ('fact' in ref) {
        const v = facts.get(ref.fact);
        return typeof v === 'string' ? (v as IsoDate) : ref.else ? resolveDate(ref.else) : undefined;
      }
      if ('deadline' in ref) return plan?.deadlines.find((d) => d.id === ref.deadline)?.date;
      if ('as-of' in ref) return asOf;
      if ('later-of' in ref) {
        const parts = ref['later-of'].map(resolveDate);
        return parts.some((p) => p === undefined) ? undefined : (parts as IsoDate[]).reduce((a, b) => (b > a ? b : a));
      }
      return undefined;
    };
    return {
      facts,
      asOf,
      named: this.rules.named,
      deadlineStatus: (id) => plan?.deadlines.find((d) => d.id === id)?.status,
      resolveDate,
    };
  }

  /** A finding about a fact that giving `fact` = `value` causes (its range, or an order rule). */
  private problemWith(facts: ReadonlyMap<string, FactValue>, fact: string, value: string): Text | undefined {
    const memoKey = `problem\u0000${JSON.stringify([...facts])}\u0000${fact}\u0000${value}`;
    if (this.memo.has(memoKey)) return this.memo.get(memoKey) as Text | undefined;
    const found = this.findProblem(facts, fact, value);
    this.memo.set(memoKey, found);
    return found;
  }

  private findProblem(facts: ReadonlyMap<string, FactValue>, fact: string, value: string): Text | undefined {
    const key = (w: Finding) => `${w.ruleId}\u0000${w.target ?? ''}`;
    const without = new Map(facts);
    without.delete(fact);
    const before = new Set(this.factFindings(without).map(key));
    const after = this.factFindings(new Map([...without, [fact, value]]));
    const caused = after.filter((w) => !before.has(key(w)));
    const own = caused.find((w) => w.target === fact) ?? caused[0];
    return own?.message;
  }

  private factFindings(facts: ReadonlyMap<string, FactValue>): Finding[] {
    const plan = this.evaluate(facts);
    if (!plan) return [];
    const orderIds = new Set(this.rules.facts.flatMap((f) => (f['not-before'] ?? []).flatMap((n) => (n.id ? [n.id] : []))));
    return plan.warnings.filter((w) => w.severity === 'error' && (w.ruleId === 'fact-invalid' || orderIds.has(w.ruleId)));
  }

  private changeableGiven(fact: string): boolean {
    // A given fact may be changed when the interview would ask it without it.
    const without = new Map(this.given);
    without.delete(fact);
    const facts = new Map(without);
    const visited = new Set(without.keys());
    for (let guard = 0; guard <= this.rules.facts.length; guard++) {
      const c = this.nextCandidate(facts, visited);
      if (!c) return false;
      if (c.fact === fact) return true;
      visited.add(c.fact);
      const kept = this.answers.get(c.fact);
      if (kept && has(kept)) facts.set(c.fact, kept.value);
      else {
        const f = this.rules.factsById.get(c.fact);
        if (f?.default !== undefined) facts.set(c.fact, f.default);
      }
    }
    return false;
  }

  private expectPending(fact: string): Candidate {
    const p = this.walk().pending;
    if (!p || p.fact !== fact) throw new Error(`${fact} is not the question being asked`);
    return p;
  }
}

/** `past` dates may not be after today, `near` ones at most a year ahead (the evaluator's ranges). */
export function dateHint(f: ResolvedFact, asOf: IsoDate): Text | undefined {
  if (f.range === 'past') return message('interview.range-past', { asOf });
  if (f.range === 'near') return message('interview.range-near', { latest: addMonthsClamped(asOf, 12) });
  return undefined;
}

/**
 * The interview loop over a prompter: ask, go back, review, change. The prompter is the only
 * part that touches a terminal (./terminal.ts), so tests drive this loop with scripted replies.
 */
import type { Text } from '../../core/message.js';
import type { Bilingual } from '../../core/vocabulary.js';
import type { FactValue } from '../../rules/conditions.js';
import type { Interview, Question, ReviewEntry } from './model.js';

export type Reply = { kind: 'answer'; value: FactValue } | { kind: 'skip' } | { kind: 'back' };
export type ReviewReply = { kind: 'continue' } | { kind: 'change'; fact: string } | { kind: 'back' };

/** A document of the plan, for the "in hand?" questions at the end. */
export interface DocumentChoice {
  id: string;
  title: Bilingual;
  /** What to preselect: in hand when its issue date is known. */
  inHand: boolean;
}

export interface Prompter {
  /** Asks one question; `validate` checks a typed date (undefined: accepted). */
  ask(q: Question, validate: (text: string) => Text | undefined): Promise<Reply>;
  review(entries: readonly ReviewEntry[], canGoBack: boolean): Promise<ReviewReply>;
  /** Which documents are in hand; undefined when the user skips the question. */
  documents(docs: readonly DocumentChoice[]): Promise<Map<string, boolean> | undefined>;
}

/** Runs the questions, then (when any was asked and `review` is set) the review, until done. */
export async function conduct(iv: Interview, prompter: Prompter, opts: { review: boolean }): Promise<void> {
  for (;;) {
    const q = iv.next();
    if (q) {
      const r = await prompter.ask(q, (text) => iv.validate(q.fact.id, text));
      if (r.kind === 'back') iv.back();
      else if (r.kind === 'skip') iv.skip(q.fact.id);
      else iv.answer(q.fact.id, r.value);
      continue;
    }
    if (!opts.review || !iv.askedAny) return;
    const r = await prompter.review(iv.review(), iv.canGoBack());
    if (r.kind === 'continue') return;
    if (r.kind === 'back') iv.back();
    else iv.change(r.fact);
  }
}

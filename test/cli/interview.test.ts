/** The interview asks only the facts whose answers can still change the plan, in order. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import { interview } from '../../src/cli/interview.js';
import type { FactValue } from '../../src/rules/conditions.js';
import { questions } from '../../src/rules/evaluate.js';
import { shippedCalendar } from '../helpers/calendar.js';
import { shippedRules } from '../helpers/rules.js';

const rules = shippedRules('cancel');
const open = (facts: ReadonlyMap<string, FactValue>) =>
  questions({ rules, facts, asOf: '2026-11-22' as IsoDate, calendar: shippedCalendar }).map((q) => q.fact);

async function run(answers: Record<string, string | boolean>, given: Record<string, FactValue> = {}) {
  const asked: string[] = [];
  const result = await interview(rules, new Map(Object.entries(given)), open, async (fact, optional) => {
    asked.push(optional ? `${fact.id}?` : fact.id);
    const answer = answers[fact.id];
    if (answer === undefined && !optional) throw new Error(`unexpected question ${fact.id}`);
    return answer;
  });
  return { asked, facts: Object.fromEntries(result) };
}

describe('interview', () => {
  it('keeps an optional date it was given and skips one left empty', async () => {
    const { facts } = await run({ reason: 'permit-expired' });
    expect(facts).toEqual({ reason: 'permit-expired' });
    const given = await run(
      { category: 'B', city: 'other', 'salary-commitment': false, 'submission-date': '2026-11-20' },
      { reason: 'resignation', 'event-date': '2026-11-18' },
    );
    expect(given.facts['submission-date']).toBe('2026-11-20');
  });

  it('asks nothing beyond the reason when the permit simply expired', async () => {
    expect((await run({ reason: 'permit-expired' })).asked).toEqual(['reason']);
  });

  it('asks the date and the facts that change documents or steps for a resignation', async () => {
    const { asked, facts } = await run({
      reason: 'resignation',
      'event-date': '2026-11-18',
      category: 'A',
      city: 'beijing',
      'salary-commitment': false,
    });
    expect(asked).toEqual([
      'reason',
      'event-date',
      'category',
      'city',
      'salary-commitment',
      'submission-date?',
    ]);
    expect(facts).toMatchObject({ reason: 'resignation', 'event-date': '2026-11-18', category: 'A' });
  });

  it('asks for the last contact, not an event date, when the employee absconded', async () => {
    const { asked } = await run({
      reason: 'absconded',
      'last-contact': '2026-03-02',
      category: 'B',
      city: 'other',
      'salary-commitment': false,
    });
    expect(asked).toEqual([
      'reason',
      'last-contact',
      'category',
      'city',
      'salary-commitment',
      'notice-date?',
      'submission-date?',
    ]);
  });

  it('never asks what flags already answered', async () => {
    const { asked } = await run(
      { category: 'B', city: 'other', 'salary-commitment': true },
      { reason: 'death', 'event-date': '2026-10-03' },
    );
    expect(asked).toEqual(['category', 'city', 'salary-commitment', 'submission-date?']);
  });
});

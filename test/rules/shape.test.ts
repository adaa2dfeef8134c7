/** The small helpers on the rule format's shapes, and where an item is said to be defined. */
import { describe, expect, it } from 'vitest';
import { comparison, countStart, DEADLINE_STATUSES, DUE_STATUSES, OTHER_STATUSES } from '../../src/rules/format/shape.js';
import { ruleLocation } from '../../src/rules/ruleSet.js';

describe('comparison', () => {
  it.each(['before', 'after', 'on-or-before', 'on-or-after'] as const)('finds the relation %s and its date', (relation) => {
    expect(comparison({ compare: { fact: 'a' }, [relation]: { deadline: 'b' } })).toEqual({ relation, other: { deadline: 'b' } });
  });
  it('throws on a compare without a relation', () => {
    expect(() => comparison({ compare: { fact: 'a' } })).toThrow('compare condition without a relation');
  });
});

describe('countStart', () => {
  it('is the date a count runs after or before', () => {
    expect(countStart({ 'working-days': 1, after: { fact: 'a' } })).toEqual({ fact: 'a' });
    expect(countStart({ 'calendar-days': 1, before: { deadline: 'b' }, roll: 'none' })).toEqual({ deadline: 'b' });
  });
});

describe('deadline statuses', () => {
  it('lists the statuses of a due deadline, of the other kinds, and all of them once', () => {
    expect(DUE_STATUSES).toEqual(['not-yet-open', 'upcoming', 'due-soon', 'due-today', 'past-plan-date', 'overdue', 'met']);
    expect(OTHER_STATUSES).toEqual(['upcoming', 'today', 'passed']);
    expect(DEADLINE_STATUSES).toEqual(['not-yet-open', 'upcoming', 'due-soon', 'due-today', 'past-plan-date', 'overdue', 'met', 'today', 'passed']);
  });
});

describe('ruleLocation', () => {
  it('gives file:line for an item it knows, and the file alone otherwise', () => {
    const rules = { file: 'cancel.yaml', lines: new Map([['apply', 285]]) };
    expect(ruleLocation(rules, 'apply')).toBe('cancel.yaml:285');
    expect(ruleLocation(rules, 'other')).toBe('cancel.yaml');
  });
});

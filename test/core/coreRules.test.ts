/** The core findings: every one is either waivable or not, and the lists name only real ids. */
import { describe, expect, it } from 'vitest';
import { CORE_RULE_IDS, CORE_RULES, NOT_WAIVABLE, WAIVABLE_CORE } from '../../src/core/coreRules.js';

describe('CORE_RULES', () => {
  it('puts every core finding in exactly one of NOT_WAIVABLE and WAIVABLE_CORE', () => {
    const neither = CORE_RULES.filter((r) => !NOT_WAIVABLE.has(r.id) && !WAIVABLE_CORE.has(r.id)).map((r) => r.id);
    const both = CORE_RULES.filter((r) => NOT_WAIVABLE.has(r.id) && WAIVABLE_CORE.has(r.id)).map((r) => r.id);
    expect({ neither, both }).toEqual({ neither: [], both: [] });
    for (const id of [...NOT_WAIVABLE, ...WAIVABLE_CORE]) expect(CORE_RULE_IDS.has(id), id).toBe(true);
  });

  it('gives each a unique id and a text in both languages', () => {
    expect(CORE_RULE_IDS.size).toBe(CORE_RULES.length);
    for (const r of CORE_RULES) expect(r.short.en && r.short.zh && r.when.en && r.when.zh, r.id).toBeTruthy();
  });
});

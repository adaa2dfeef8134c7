/** The message table: both languages of every message name the same placeholders. */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages.js';

const placeholders = (t: string) => [...t.matchAll(/\{([a-zA-Z0-9-]+)\}/g)].map((m) => m[1]).sort();

describe('MESSAGES', () => {
  it.each(Object.entries(MESSAGES))('%s uses the same placeholders in English and Chinese', (_id, m) => {
    expect(placeholders(m.zh)).toEqual(placeholders(m.en));
  });

  it('writes every Chinese text in Chinese where the English has words', () => {
    const untranslated = Object.entries(MESSAGES)
      .filter(([, m]) => /[a-z]{3,}/.test(m.en.replace(/\{[^}]+\}/g, '')) && m.zh === m.en)
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
  });
});

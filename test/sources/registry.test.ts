/**
 * The source registry, ESLint-style: the shipped file loads, a broken entry is pinned to its
 * line, column and code, and a citation is resolved with the checked date of its own file.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/isoDate.js';
import {
  loadSourcesFile,
  parseSourcesFile,
  resolveCitation,
  UnknownSourceError,
} from '../../src/sources/registry.js';
import { DiagnosticError } from '../../src/yaml/diagnostics.js';
import { repoRoot } from '../helpers/calendar.js';

// Line 1 is `checked:`; the entry starts on line 3.
const VALID = `checked: 2026-11-22
sources:
  nanjing-faq:
    kind: official-guide
    title: { en: FAQ, zh: 常见问题 }
    publisher: { en: Nanjing Municipal Bureau of Science and Technology, zh: 南京市科学技术局 }
    date: "2025-03-06"
    url: https://example.org/faq
    seed: 002_946c329a002ef5ae.txt
  agency-guide:
    kind: secondary
    title: { en: Guide, zh: 指南 }
    publisher: { en: An agency, zh: 中介 }
`;

function where(text: string): string[] {
  try {
    parseSourcesFile('sources.yaml', text);
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`);
    throw e;
  }
  return [];
}

const edit = (from: string, to: string) => {
  expect(VALID).toContain(from);
  return VALID.replace(from, to);
};

describe('parseSourcesFile', () => {
  it('accepts the fixture and keeps file order and ids', () => {
    const r = parseSourcesFile('sources.yaml', VALID);
    expect(r.checked).toBe('2026-11-22');
    expect(r.sources.map((s) => s.id)).toEqual(['nanjing-faq', 'agency-guide']);
    expect(r.sources[0]).toMatchObject({ kind: 'official-guide', date: '2025-03-06' });
  });

  it('loads the shipped data/sources.yaml', () => {
    const r = loadSourcesFile(repoRoot);
    expect(r.file).toBe('data/sources.yaml');
    expect(r.sources.length).toBeGreaterThan(30);
    expect(r.sources.find((s) => s.id === 'agency-cancellation-guide')?.kind).toBe('secondary');
  });

  it.each([
    ['an unknown key, at the key', edit('    seed: 002', '    colour: red\n    seed: 002'), ['9:5 unknown-key']],
    ['a kind that is not one of the four', edit('kind: secondary', 'kind: blog'), ['11:11 invalid-value']],
    ['a title without its Chinese', edit('{ en: Guide, zh: 指南 }', '{ en: Guide }'), ['12:12 invalid-type']],
    ['a month that does not exist', edit('"2025-03-06"', '"2025-13"'), ['7:11 invalid-value']],
    ['a day that does not exist', edit('"2025-03-06"', '"2025-02-30"'), ['7:11 invalid-value']],
    ['a year written as a number', edit('"2025-03-06"', '2025'), ['7:11 invalid-type']],
    ['an address that is not one', edit('https://example.org/faq', 'example.org/faq'), ['8:10 invalid-value']],
    ['an id that is not kebab-case (pinned to the id itself)', edit('  agency-guide:', '  Agency_Guide:'), ['10:3 invalid-key']],
  ])('refuses %s', (_name, text, expected) => {
    expect(where(text)).toEqual(expected);
  });

  it('says what a date should look like', () => {
    try {
      parseSourcesFile('sources.yaml', edit('"2025-03-06"', '"March 2025"'));
      expect.unreachable();
    } catch (e) {
      expect((e as DiagnosticError).message).toContain('"YYYY", "YYYY-MM" or "YYYY-MM-DD"');
    }
  });
});

describe('resolveCitation', () => {
  const registry = parseSourcesFile('sources.yaml', VALID);
  const fileChecked = '2026-11-22' as IsoDate;

  it("applies the file-level checked date when the citation gives none, and the source's address", () => {
    expect(resolveCitation(registry, { source: 'nanjing-faq', ref: 'question 3, item 4' }, fileChecked)).toEqual({
      source: 'nanjing-faq',
      kind: 'official-guide',
      title: { en: 'FAQ', zh: '常见问题' },
      publisher: { en: 'Nanjing Municipal Bureau of Science and Technology', zh: '南京市科学技术局' },
      ref: 'question 3, item 4',
      checked: '2026-11-22',
      url: 'https://example.org/faq',
    });
  });

  it("keeps a citation's own checked date and deep link, and never carries the seed", () => {
    const c = resolveCitation(
      registry,
      { source: 'nanjing-faq', ref: 'question 5', checked: '2026-12-01' as IsoDate, url: 'https://example.org/faq#5' },
      fileChecked,
    );
    expect(c).toMatchObject({ checked: '2026-12-01', url: 'https://example.org/faq#5' });
    expect(JSON.stringify(c)).not.toMatch(/seed|\.txt/);
  });

  it('gives no url when neither the citation nor the source has one', () => {
    expect(resolveCitation(registry, { source: 'agency-guide', ref: 'step 1' }, fileChecked)).not.toHaveProperty('url');
  });

  it('throws UnknownSourceError for an id the registry does not have', () => {
    expect(() => resolveCitation(registry, { source: 'nope', ref: 'x' }, fileChecked)).toThrow(UnknownSourceError);
  });
});

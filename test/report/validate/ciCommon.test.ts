/** What the CI formats share: order, fingerprints unique in a run, severities, rule metadata, the header. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/calendar/isoDate.js';
import { CORE_RULES } from '../../../src/core/coreRules.js';
import { gitlabSeverity, headerFacts, headerSentence, messageEn, oneLine, openFindings, ruleMetadata, uniqueFingerprints, waivedFindings } from '../../../src/report/validate/ciCommon.js';
import { fingerprint } from '../../../src/report/validate/findingJson.js';
import { fileOf, finding, HEADER, runOf } from '../../fixtures/validate/runs.js';

const due = (date: string, legalEnd = date) => ({ date: date as IsoDate, legalEnd: legalEnd as IsoDate, daysLeft: 0, basis: { en: 'b', zh: 'b' } });

describe('openFindings', () => {
  it('orders errors, warnings, notices; then due date, then file and line — never line before file', () => {
    const run = runOf([
      fileOf('b.yaml', [finding('b.yaml', { ruleId: 'case-schema', severity: 'error', line: 1 }), finding('b.yaml', { ruleId: 'x/n', severity: 'notice' })]),
      fileOf('a.yaml', [
        finding('a.yaml', { ruleId: 'case-schema', severity: 'error', line: 9 }),
        finding('a.yaml', { ruleId: 'deadline-due-soon', severity: 'warning', due: due('2026-12-03') }),
        finding('a.yaml', { ruleId: 'deadline-overdue', severity: 'error', due: due('2026-11-20') }),
      ]),
    ]);
    expect(openFindings(run).map((l) => `${l.file}:${l.finding.line} ${l.finding.ruleId}`)).toEqual([
      'a.yaml:3 deadline-overdue',
      'a.yaml:9 case-schema',
      'b.yaml:1 case-schema',
      'a.yaml:3 deadline-due-soon',
      'b.yaml:3 x/n',
    ]);
  });

  it('keeps waived findings apart, whatever their severity', () => {
    const waived = finding('a.yaml', { ruleId: 'document-missing', severity: 'error', waived: { reason: 'r', approvedBy: 'p', expires: '2026-12-31' as IsoDate } });
    const run = runOf([fileOf('a.yaml', [waived, finding('a.yaml', { ruleId: 'document-missing', severity: 'warning', target: 'other' })])]);
    expect(openFindings(run).map((l) => l.finding.target)).toEqual(['other']);
    expect(waivedFindings(run).map((l) => l.finding)).toEqual([waived]);
  });
});

describe('uniqueFingerprints', () => {
  it('keeps the plain fingerprint for a single finding, and tells apart two of one rule, case and target', () => {
    const one = finding('a.yaml', { ruleId: 'case-schema', severity: 'error', target: 'case', line: 4 });
    const two = finding('a.yaml', { ruleId: 'case-schema', severity: 'error', target: 'case', line: 2 });
    const other = finding('b.yaml', { ruleId: 'document-stale', severity: 'error' });
    const fps = uniqueFingerprints(runOf([fileOf('a.yaml', [one, two]), fileOf('b.yaml', [other])]));
    expect(fps.get(two)).toBe(fingerprint(two));
    expect(fps.get(one)).not.toBe(fingerprint(one));
    expect(fps.get(one)).toMatch(/^[0-9a-f]{64}$/);
    expect(fps.get(other)).toBe(fingerprint(other));
  });

  it('tells apart the same finding in two files that share a case id', () => {
    const a = finding('a.yaml', { ruleId: 'extension-not-started', severity: 'warning', caseId: 'same' });
    const b = finding('b.yaml', { ruleId: 'extension-not-started', severity: 'warning', caseId: 'same' });
    const fps = uniqueFingerprints(runOf([fileOf('a.yaml', [a], 'same'), fileOf('b.yaml', [b], 'same')]));
    expect(new Set(fps.values()).size).toBe(2);
  });

  it('does not depend on the line or the date, so an escalating deadline keeps its fingerprint', () => {
    const soon = finding('a.yaml', { ruleId: 'deadline-overdue', severity: 'error', line: 3, due: due('2026-12-01') });
    const later = { ...soon, line: 40, due: due('2026-12-09') };
    expect(uniqueFingerprints(runOf([fileOf('a.yaml', [soon])])).get(soon)).toBe(uniqueFingerprints(runOf([fileOf('a.yaml', [later])])).get(later));
  });
});

describe('gitlabSeverity', () => {
  it.each([
    ['deadline-overdue', 'error', undefined, 'critical'],
    ['waiver-expired', 'error', undefined, 'critical'],
    ['permit-expired', 'error', undefined, 'critical'],
    ['cancel/cancellation-overdue', 'error', undefined, 'critical'],
    ['document-stale', 'error', undefined, 'major'],
    ['case-parse', 'error', undefined, 'major'],
    ['change/some-error', 'error', '2026-11-30', 'critical'],
    ['change/some-error', 'error', '2026-12-01', 'major'],
    ['deadline-due-soon', 'warning', undefined, 'minor'],
    ['cancel/card-integration', 'notice', undefined, 'info'],
  ] as const)('maps %s (%s, legal end %s) to %s', (ruleId, severity, legalEnd, want) => {
    const f = finding('a.yaml', { ruleId, severity, ...(legalEnd ? { due: due(legalEnd) } : {}) });
    expect(gitlabSeverity(f, '2026-12-01')).toBe(want);
  });
});

describe('ruleMetadata', () => {
  it('lists every core rule, then each rule-file warning of the run once, described from its first finding', () => {
    const w = finding('a.yaml', {
      ruleId: 'cancel/absconded-practice',
      severity: 'warning',
      message: { en: 'the 15-day figure comes from an agency', zh: '15日出自中介' },
      rule: 'cancel.yaml:812',
      source: { source: 's', kind: 'secondary', title: { en: 'T', zh: 'T' }, publisher: { en: 'P', zh: 'P' }, ref: 'note 3', checked: '2026-11-22' as IsoDate },
    });
    const meta = ruleMetadata(runOf([fileOf('a.yaml', [w, { ...w, line: 9 }])]));
    expect(meta.map((m) => m.id)).toEqual([...CORE_RULES.map((r) => r.id), 'cancel/absconded-practice']);
    expect(meta.at(-1)).toMatchObject({
      severity: 'warning',
      ruleFile: true,
      short: { en: 'Absconded practice (cancel rules)' },
      full: { en: 'A warning of the cancel rules (cancel.yaml:812), as first reported in this run: The 15-day figure comes from an agency.' },
      definedAt: 'cancel.yaml:812',
      source: { ref: 'note 3' },
    });
    expect(meta.find((m) => m.id === 'deadline-overdue')?.full.en).toBe('Deadline overdue: reported for a due deadline whose legal end has passed, not met.');
  });
});

describe('the run header and messages', () => {
  it('gives the as-of date, how it was decided, version, rules, digest and calendar', () => {
    expect(Object.fromEntries(headerFacts(HEADER))).toMatchObject({
      'permit.version': '1.2.3',
      'as-of': '2026-12-01',
      'as-of.decided-by': '--as-of',
      'rules.folder': 'rules',
      'rules.digest': 'abc123',
      'calendar.published-through': '2026',
    });
    expect(Object.fromEntries(headerFacts({ ...HEADER, asOfFrom: 'Asia/Shanghai' }))['as-of.decided-by']).toBe('today in Asia/Shanghai');
    expect(headerSentence(HEADER)).toBe(
      'permit 1.2.3 · as of 2026-12-01 (--as-of) · rules rules (2 procedures, digest abc123) · calendar published through 2026, statutory holidays to 2060',
    );
  });

  it('puts a message on one line, control characters escaped, and adds an action the message does not already say', () => {
    expect(oneLine('a\nb\r\n\tc \u001b[2J')).toBe('a b c \\x1b[2J');
    const f = finding('a.yaml', { ruleId: 'document-missing', severity: 'warning', message: { en: 'Form missing.', zh: '缺表' }, action: { en: 'Prepare the form.', zh: '准备' } });
    expect(messageEn(f)).toBe('Form missing. Prepare the form.');
    expect(messageEn({ ...f, action: { en: 'Form', zh: '表' } })).toBe('Form missing.');
  });
});

/** The sarif format on hand-built runs: results always present, levels, URIs, waived results left out. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/calendar/isoDate.js';
import { artifactUri, sarifFormat } from '../../../src/report/validate/sarif.js';
import { fileOf, finding, runOf } from '../../fixtures/validate/runs.js';

const OPTS = { lang: 'both', color: false, width: 100 } as const;
const sarif = (...args: Parameters<typeof runOf>) => JSON.parse(sarifFormat.tail(runOf(...args), OPTS)).runs[0];

describe('sarifFormat', () => {
  it('writes results: [] and every core rule for a run without findings, and for a run without files', () => {
    for (const run of [sarif([fileOf('a.yaml', [])]), sarif([])]) {
      expect(run.results).toEqual([]);
      expect(run.tool.driver.rules.length).toBeGreaterThan(10);
    }
  });

  it('maps error, warning and notice to error, warning and note, and leaves a waived finding out', () => {
    const run = sarif([
      fileOf('a.yaml', [
        finding('a.yaml', { ruleId: 'document-stale', severity: 'error' }),
        finding('a.yaml', { ruleId: 'deadline-due-soon', severity: 'warning' }),
        finding('a.yaml', { ruleId: 'document-not-required', severity: 'notice' }),
        finding('a.yaml', { ruleId: 'document-missing', severity: 'warning', waived: { reason: 'r', approvedBy: 'p', expires: '2026-12-31' as IsoDate } }),
      ]),
    ]);
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['document-stale', 'error'],
      ['deadline-due-soon', 'warning'],
      ['document-not-required', 'note'],
    ]);
    expect(run.properties.waived).toMatchObject([{ ruleId: 'document-missing', waiver: { approvedBy: 'p' } }]);
    expect(run.results[0].suppressions).toBeUndefined();
  });

  it('never writes a line or column below 1', () => {
    const run = sarif([fileOf('a.yaml', [finding('a.yaml', { ruleId: 'case-parse', severity: 'error', line: 0, column: 0 })])]);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it('writes paths as URI references: relative stays relative, unsafe characters percent-encoded', () => {
    expect(artifactUri('cases/wang-li.yaml')).toBe('cases/wang-li.yaml');
    expect(artifactUri('cases/María García #2.yaml')).toBe('cases/Mar%C3%ADa%20Garc%C3%ADa%20%232.yaml');
    expect(artifactUri('/srv/hr/cases/a.yaml')).toBe('file:///srv/hr/cases/a.yaml');
  });
});

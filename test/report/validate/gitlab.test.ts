/** The gitlab format on hand-built runs: an array always, no waived issue, paths without ./. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/calendar/isoDate.js';
import { gitlabFormat } from '../../../src/report/validate/gitlab.js';
import { fileOf, finding, runOf } from '../../fixtures/validate/runs.js';

const OPTS = { lang: 'both', color: false, width: 100 } as const;

describe('gitlabFormat', () => {
  it('writes [] for no finding and for no file', () => {
    expect(gitlabFormat.tail(runOf([fileOf('a.yaml', [])]), OPTS)).toBe('[]\n');
    expect(gitlabFormat.tail(runOf([]), OPTS)).toBe('[]\n');
  });

  it('writes one issue per open finding with the fields GitLab requires, never a waived one', () => {
    const issues = JSON.parse(
      gitlabFormat.tail(
        runOf([
          fileOf('./cases/a.yaml', [
            finding('./cases/a.yaml', { ruleId: 'document-stale', severity: 'error', line: 12, message: { en: 'Stale.', zh: '过期' } }),
            finding('./cases/a.yaml', { ruleId: 'document-missing', severity: 'warning', waived: { reason: 'r', approvedBy: 'p', expires: '2026-12-31' as IsoDate } }),
          ]),
        ]),
        OPTS,
      ),
    );
    expect(issues).toEqual([
      {
        type: 'issue',
        engine_name: 'permit',
        check_name: 'document-stale',
        description: 'Stale.',
        severity: 'major',
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        location: { path: 'cases/a.yaml', lines: { begin: 12 } },
      },
    ]);
  });
});

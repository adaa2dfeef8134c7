/**
 * `permit validate --format gitlab`: a GitLab Code Quality report, one JSON array of issues
 * (notes §4.4), `[]` when there is none.
 *
 * GitLab checks each issue against its schema (description, fingerprint, severity, location)
 * and stops reading at the first that fails, and keeps one issue per fingerprint; so every issue
 * has all four, and fingerprints are unique in the run and leave out lines and dates (an issue
 * stays the same issue while its deadline escalates). Waived findings are left out (the GitHub
 * summary, JUnit and JSON show them). The format has no place for the run header (as-of date,
 * rules, calendar): write `--format junit` or `json` beside it for that.
 */
import type { ValidateRun } from '../../validate/run.js';
import { gitlabSeverity, messageEn, oneLine, openFindings, uniqueFingerprints } from './ciCommon.js';
import type { ValidateFormatter } from './formatter.js';

export const gitlabFormat: ValidateFormatter = {
  tail(run: ValidateRun) {
    const fingerprints = uniqueFingerprints(run);
    const issues = openFindings(run).map((l) => ({
      type: 'issue',
      engine_name: 'permit',
      check_name: l.finding.ruleId,
      description: messageEn(l.finding),
      severity: gitlabSeverity(l.finding, run.header.asOf),
      fingerprint: fingerprints.get(l.finding) as string,
      // Repository-relative, as the findings carry it (never with ./).
      location: { path: oneLine(l.file).replace(/^\.\//, ''), lines: { begin: Math.max(1, l.finding.line ?? 1) } },
    }));
    if (issues.length === 0) return '[]\n';
    return `[\n${issues.map((i) => JSON.stringify(i)).join(',\n')}\n]\n`;
  },
};

/**
 * `permit validate --format json` (permit/validate@1, schemas/validate.schema.json): the run
 * header, one entry per file, the totals and the status. Streamed: each file is written as soon
 * as it is checked, so memory stays flat on a large folder.
 */
import { runExitCode, VALIDATE_SCHEMA_ID } from '../../validate/run.js';
import { findingToJson } from './findingJson.js';
import type { ValidateFormatter } from './formatter.js';

export const jsonFormat: ValidateFormatter = {
  streamed: true,
  head(h) {
    const header = {
      schema: VALIDATE_SCHEMA_ID,
      tool: { name: 'permit', version: h.version },
      asOf: h.asOf,
      asOfFrom: h.asOfFrom,
      timeZone: 'Asia/Shanghai',
      rules: { folder: h.rules.folder, procedures: [...h.rules.procedures], digest: h.rules.digest },
      calendar: { ...h.calendar, files: [...h.calendar.files], replaced: h.calendar.replaced.map((r) => ({ file: r.file, years: [...r.years] })) },
      options: { warnWithin: h.warnWithin, waivers: h.waivers, ...(h.maxWarnings !== undefined ? { maxWarnings: h.maxWarnings } : {}) },
    };
    const text = JSON.stringify(header);
    return `${text.slice(0, -1)},"files":[\n`;
  },
  file(f, index) {
    const entry = {
      file: f.file,
      ...(f.caseId !== undefined ? { caseId: f.caseId } : {}),
      ...(f.name !== undefined ? { name: f.name } : {}),
      procedures: [...f.procedures],
      findings: f.findings.map(findingToJson),
    };
    return `${index > 0 ? ',\n' : ''}${JSON.stringify(entry)}`;
  },
  tail(run) {
    const status = runExitCode(run) === 0 ? 'ok' : 'findings';
    return `\n],"totals":${JSON.stringify(run.totals)},"status":"${status}"}\n`;
  },
};

/**
 * The commented case-file template `permit init` writes: every block of the format, the facts
 * and documents of the chosen procedure, optional keys commented out so the file is valid as is.
 */
import type { RuleSet } from '../rules/ruleSet.js';
import { CASE_SCHEMA_ID, type Catalog } from './schema.js';

const valuesOf = (r: RuleSet, place: string) =>
  r.facts.find((f) => f.case === place)?.values?.map((v) => String(v.value)).join(' | ') ?? '';

/** A case id from a file name: `Ana Lima.yaml` → `ana-lima`. */
export function caseIdFrom(fileName: string): string {
  const id = fileName
    .replace(/\.ya?ml$/i, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'employee';
}

export function caseTemplate(id: string, catalog: Catalog, procedure?: RuleSet): string {
  const any = procedure ?? [...catalog.procedures.values()][0];
  const cities = any ? valuesOf(any, 'employer.city') : '';
  const categories = any ? valuesOf(any, 'permit.category') : '';
  const lines = [
    '# yaml-language-server: $schema=./case.schema.json',
    '# One employee\'s case. Check it with `permit validate <folder>` or `permit check --case <file>`.',
    '# Dates are YYYY-MM-DD. Lines starting with "# " are optional: remove the "# " to give the value.',
    '# `permit schema case --out case.schema.json` writes the schema named on the first line.',
    `schema: ${CASE_SCHEMA_ID}`,
    `id: ${id}                       # unique in the folder; reports and calendar entries use it`,
    'employee:',
    '  name: Employee Name',
    '  # birth-date: 1985-04-12',
    '  # passport: { last4: "4821", expiry: 2031-06-30 }   # only the last four characters of the number',
    'employer:',
    '  name: Employer Co., Ltd.',
    `  city: other                      # ${cities}`,
    '  # district: chaoyang             # with a city permit has offices for: where the employer is registered',
    'permit:',
    `  category: B                      # ${categories}`,
    '  # expiry: 2027-03-31             # the last valid day',
    '  # salary-commitment: false',
    '  # last4: "7712"                  # only the last four characters of the permit number',
    '# residence-permit: { expiry: 2027-03-31 }',
  ];
  if (!procedure) {
    lines.push(
      '# Procedures in progress; none: only the permit and residence-permit expiries are watched.',
      `# One of: ${[...catalog.procedures.keys()].join(', ')} (permit init <file> --procedure <name> fills one in).`,
      'procedures: []',
    );
  } else {
    lines.push('procedures:', `  - procedure: ${procedure.procedure}     # ${procedure.title.en}`);
    // A key whose entries are all commented out would be empty (null), which the format refuses:
    // such a key is commented out too, and the note says to uncomment it with its first entry.
    const facts = procedure.facts.filter((f) => !f.case);
    if (facts.length > 0) lines.push('    # facts:                       # remove the # here too when you give one of these facts');
    for (const f of facts) {
      const accepts = f.type === 'enum' ? (f.values ?? []).map((v) => String(v.value)).join(' | ') : f.type === 'date' ? 'YYYY-MM-DD' : 'true | false';
      lines.push(`    #   ${f.id}: ${f.default !== undefined ? String(f.default) : ''}   # ${accepts}: ${f.question.en}`);
    }
    lines.push(
      '    # submitted: 2027-01-10        # the online submission, done or planned: it meets the main deadline',
      '    # done: {}                     # other deadlines of the plan met: { deadline-id: YYYY-MM-DD }',
    );
    const always = procedure.documents.filter((d) => !d.when);
    lines.push(
      always.length > 0
        ? "    documents:                     # status: ready | pending; issued: where the document's validity counts"
        : "    # documents:                   # remove the # here too when you list one; status: ready | pending; issued: where validity counts",
    );
    for (const d of procedure.documents) {
      const entry = `${d.id}: { status: pending }`;
      lines.push(d.when ? `    #   ${entry}   # when it applies: ${d.title.en}` : `      ${entry}   # ${d.title.en}`);
    }
  }
  lines.push(
    '# Waivers: a finding accepted for a while, with a reason, an approver and an expiry (at most a year).',
    '# - { finding: document-missing, target: <procedure>/<document-id>, reason: ..., approved-by: ..., expires: 2027-01-31 }',
    'waivers: []',
    '',
  );
  return lines.join('\n');
}

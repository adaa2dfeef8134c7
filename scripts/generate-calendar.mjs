// One-off: turns the verified facts in ../shared/data/cn-calendar-facts.json into
// data/calendar/cn.yaml, the calendar permit ships. Kept for provenance; the YAML is the source
// of truth from then on (add a year by editing it, or with --calendar FILE).
import { readFileSync, writeFileSync } from 'node:fs';

const factsPath = process.argv[2] ?? '../shared/data/cn-calendar-facts.json';
const facts = JSON.parse(readFileSync(factsPath, 'utf8'));
const out = [];
out.push('# China national working-day calendar: declared rest days and weekend make-up working days');
out.push('# (调休上班日) per year, from the State Council General Office holiday notices.');
out.push('# A date is a working day iff it is Mon-Fri and not in `off`, or it is in `work`.');
out.push(
  '# Generated once by scripts/generate-calendar.mjs from the verified facts file; edit by hand from now on.',
);
out.push('# Add next year the day its notice is published, here or in a file passed with --calendar.');
out.push(`source: ${JSON.stringify(facts.source)}`);
out.push('checked: 2026-11-22');
out.push('years:');
for (const [year, y] of Object.entries(facts.years)) {
  out.push(`  "${year}":`);
  out.push('    notice:');
  out.push(`      title: 国务院办公厅关于${year}年部分节假日安排的通知`);
  out.push('      urls:');
  for (const n of y.notices) for (const u of n.urls) out.push(`        - ${u}`);
  const notes = facts.notes.filter((n) => n.startsWith(`${year}`) || n.startsWith(`${year}-`));
  if (notes.length) {
    out.push('    notes:');
    for (const n of notes) out.push(`      - ${JSON.stringify(n)}`);
  }
  out.push(`    off: [${y.off.join(', ')}]`);
  out.push(`    work: [${y.work.join(', ')}]`);
}
writeFileSync('data/calendar/cn.yaml', `${out.join('\n')}\n`);
console.log(`wrote data/calendar/cn.yaml: ${Object.keys(facts.years).length} years`);

// Evaluation benchmark, in-process: for each shipped example case, the CPU µs to parse and
// validate it (readCase), to evaluate each of its procedures with the rule engine (evaluate),
// and to evaluate the whole case (evaluateCase: its procedures, the watched deadlines of the
// others, the findings, the waivers). Loads the data as the CLI does. CPU time, not wall time,
// so that other work on the machine disturbs it less. Prints figures; asserts nothing.
// Usage: npm run bench:evaluate [-- --ms 1000]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const msArg = process.argv.indexOf('--ms');
const budget = msArg > 0 ? Number(process.argv[msArg + 1]) : 1000;
const AS_OF = '2026-12-01';

// Bundle the core once, unminified, into a scratch folder (the CLI bundle exports nothing).
const out = mkdtempSync(join(tmpdir(), 'permit-bench-'));
await build({
  stdin: {
    contents: `
      export { DataStore } from './src/data/loadData.ts';
      export { readSnapshot } from './src/data/snapshot.ts';
      export { dataLocations } from './src/cli/environment.ts';
      export { caseSchemaFor } from './src/cases/schema.ts';
      export { readCase } from './src/cases/read.ts';
      export { evaluateCase } from './src/core/evaluateCase.ts';
      export { evaluate } from './src/rules/evaluate.ts';
      export { caseFacts } from './src/cases/facts.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(out, 'core.mjs'),
  logLevel: 'warning',
  banner: { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' },
});
const core = await import(pathToFileURL(join(out, 'core.mjs')).href);
rmSync(out, { recursive: true, force: true });

const data = new core.DataStore(core.dataLocations(root, {}, root), core.readSnapshot(root));
const catalog = await data.catalog();
const { calendar, sources } = await data.calendar([]);
const schema = core.caseSchemaFor(catalog);
const env = { catalog, calendar, calendarSources: sources, asOf: AS_OF };

/** Runs `fn` repeatedly for about `budget` ms (after a warm-up) and returns CPU µs a call. */
function perCall(fn) {
  for (let i = 0; i < 300; i++) fn();
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (performance.now() - t0 < budget) {
    for (let i = 0; i < 50; i++) fn();
    n += 50;
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

console.log(`node ${process.version}, as of ${AS_OF}, ${budget} ms a measurement, CPU µs a call`);
console.log(`${'case'.padEnd(16)} ${'readCase'.padStart(9)} ${'evaluate (each procedure)'.padEnd(30)} ${'evaluateCase'.padStart(12)}`);
const engine = [];
const whole = [];
const parses = [];
const dir = join(root, 'examples/cases');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
  const text = readFileSync(join(dir, f), 'utf8');
  const read = core.readCase(`examples/cases/${f}`, text, schema);
  if (!read.ok) throw new Error(`${f} does not read: ${JSON.stringify(read.findings)}`);
  const parse = perCall(() => core.readCase(f, text, schema));
  const each = (read.case.data.procedures ?? []).map((entry, index) => {
    const rules = catalog.procedures.get(entry.procedure);
    const { facts } = core.caseFacts(read.case.data, rules, { value: entry, index });
    const input = { rules, facts, asOf: AS_OF, calendar, calendarSources: sources, done: new Map(Object.entries(entry.done ?? {})) };
    const us = perCall(() => core.evaluate(input));
    engine.push(us);
    return `${entry.procedure} ${us.toFixed(0)}`;
  });
  const all = perCall(() => core.evaluateCase(read.case, env));
  parses.push(parse);
  whole.push(all);
  console.log(`${f.replace('.yaml', '').padEnd(16)} ${parse.toFixed(0).padStart(9)} ${(each.join(', ') || '(nothing in progress)').padEnd(30)} ${all.toFixed(0).padStart(12)}`);
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `mean: readCase ${mean(parses).toFixed(0)} µs a case; evaluate ${mean(engine).toFixed(0)} µs a procedure (target < 50); evaluateCase ${mean(whole).toFixed(0)} µs a case`,
);

// Validate benchmark: generates N case files (the shipped examples, each copied with its own id,
// and dates shifted by up to a year), then times `permit validate` over them against the floor
// of merely reading and YAML-parsing the same files, and reports peak memory. Also times a
// shell loop of `permit check --case` over 100 files, the way a script would do it without
// validate. Prints figures; asserts nothing.
// Usage: npm run bench:validate [-- 10000 [100000]] [-- --loop 100 (0: no loop)] [-- --formats json,text,sarif]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const positional = process.argv.slice(2).filter((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== '--loop');
const sizes = positional.length > 0 ? positional.map(Number) : [1000, 10000];
const loopFiles = Number(arg('loop', '100'));
const formats = arg('formats', 'json,text,sarif').split(',');
const AS_OF = '2026-12-01';

const examples = readdirSync(join(root, 'examples/cases'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(root, 'examples/cases', f), 'utf8'));

/** Shifts every date of a case text by `days` (whole days; dates stay real). */
function shift(text, days) {
  return text.replace(/\b(20\d\d)-(\d\d)-(\d\d)\b/g, (_m, y, mo, d) => {
    const t = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)) + days * 86_400_000);
    return t.toISOString().slice(0, 10);
  });
}

// Every 50th file is broken the way people break them: a date that does not exist, a key misspelt.
const BREAKS = [(t) => t.replace(/\b(20\d\d)-(\d\d)-\d\d\b/, '$1-02-30'), (t) => t.replace(/^employer:/m, 'employeer:')];

function generate(dir, n) {
  for (let i = 0; i < n; i++) {
    const base = examples[i % examples.length];
    let text = shift(base, (i * 7) % 365).replace(/^id: .*$/m, `id: case-${i}`);
    if (i % 50 === 49) text = BREAKS[(i / 50) % 2 | 0](text);
    // 1000 files a folder, as a company would split them by team or office.
    const sub = join(dir, `team-${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `case-${i}.yaml`), text);
  }
}

/** Runs node with `script`, returning wall ms and the peak resident memory in MB. */
function measure(args) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return { ms, mb: kb / 1024, status: r.status };
}

// The floor: read every file and parse its YAML with the same library, nothing else.
const floorScript = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from ${JSON.stringify(join(root, 'node_modules/yaml/dist/index.js'))};
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]);
let n = 0;
for (const f of walk(process.argv[1])) { parseDocument(readFileSync(f, 'utf8')).toJS(); n++; }
`;

console.log(`node ${process.version}, ${examples.length} example cases (every procedure) copied with shifted dates, 1 in 50 broken, as of ${AS_OF}`);
const scratch = mkdtempSync(join(tmpdir(), 'permit-bench-'));
try {
  for (const n of sizes) {
    const dir = join(scratch, String(n));
    generate(dir, n);
    const floor = measure(['--input-type=module', '-e', floorScript, dir]);
    const rows = {};
    for (const format of formats) {
      const m = measure([join(root, 'bin/permit.js'), 'validate', dir, '--as-of', AS_OF, '--format', format]);
      if (m.status !== 0 && m.status !== 1) throw new Error(`validate --format ${format} exited ${m.status}`);
      rows[format] = m;
    }
    console.log(`\n${n} case files`);
    console.log(`  read + YAML parse only   ${(floor.ms / 1000).toFixed(2)} s  ${floor.mb.toFixed(0)} MB peak`);
    for (const [format, m] of Object.entries(rows))
      console.log(
        `  validate --format ${format.padEnd(5)}  ${(m.ms / 1000).toFixed(2)} s  ${m.mb.toFixed(0)} MB peak  ${(m.ms / floor.ms).toFixed(2)}× the floor  ${((m.ms * 1000) / n).toFixed(0)} µs a file`,
      );
  }

  if (loopFiles > 0) {
    const loopDir = join(scratch, 'loop');
    generate(loopDir, loopFiles);
    const files = readdirSync(join(loopDir, 'team-0')).map((f) => join(loopDir, 'team-0', f));
    const t0 = performance.now();
    for (const f of files) {
      try {
        execFileSync(process.execPath, [join(root, 'bin/permit.js'), 'check', '--case', f, '--as-of', AS_OF, '--format', 'json'], { stdio: 'ignore' });
      } catch {
        // a case with several procedures asks which one; the time of the refusal still counts
      }
    }
    const loop = performance.now() - t0;
    const once = measure([join(root, 'bin/permit.js'), 'validate', loopDir, '--as-of', AS_OF, '--format', 'json']);
    console.log(`\n${files.length} files, one process each (a shell loop of permit check --case): ${(loop / 1000).toFixed(2)} s`);
    console.log(`${files.length} files, one permit validate: ${(once.ms / 1000).toFixed(2)} s (${(loop / once.ms).toFixed(0)}× faster)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Start-up benchmark: median wall time of `permit check cancel …`, as JSON and as text, against
// bare `node -e 0`, run alternately so machine noise hits all three. Prints figures; asserts nothing.
// Usage: npm run bench [-- --runs 21]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21;
const permit = [
  'bin/permit.js',
  'check',
  'cancel',
  '--reason',
  'resignation',
  '--event-date',
  '2026-11-18',
  '--as-of',
  '2026-11-22',
  '--format',
  'json',
];
const text = permit.slice(0, -2);
const cases = { 'node -e 0': ['-e', '0'], 'permit check cancel --format json': permit, 'permit check cancel (text)': text };

function time(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (const args of Object.values(cases)) time(args); // warm the file cache
for (let i = 0; i < runs; i++)
  for (const [name, args] of Object.entries(cases)) samples[name].push(time(args));

const base = median(samples['node -e 0']);
const json = median(samples['permit check cancel --format json']);
const shown = median(samples['permit check cancel (text)']);
console.log(`runs: ${runs} each, node ${process.version}`);
for (const [name, xs] of Object.entries(samples)) {
  console.log(
    `${name.padEnd(36)} median ${median(xs).toFixed(1)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`,
  );
}
console.log(`ratio json / node: ${(json / base).toFixed(2)} (target ≤ 1.40)`);
console.log(`ratio text / node: ${(shown / base).toFixed(2)} (target ≤ 1.50)`);

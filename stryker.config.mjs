// Mutation testing of the date arithmetic and the rule engine (`npm run mutate`; not part of
// `npm test`). Reports go to reports/mutation/ (html, json) and the console (clear-text).
// While working on one file: npx stryker run --mutate src/calendar/isoDate.ts
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  mutate: [
    'src/calendar/**/*.ts',
    'src/rules/**/*.ts',
  ],
  testRunner: 'vitest',
  // Only the tests that import src/ directly; see the comment at the top of that file for why
  // test/cli/ (which spawns the built bundle in dist/) is left out.
  vitest: { configFile: 'vitest.mutate.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants are those executed while modules load: the shipped calendar and rules are
  // built when the test helpers are imported, so without this every mutant in the loaders and
  // the calendar constructor would reload and rerun all 369 tests (hours on two cores), and a
  // mutant that makes that import throw is reported as *survived* with 0 tests run, because the
  // vitest runner does not count a file that fails to load as a failure. With it, a mutant that
  // tests also reach at run time (most of them) is tested at run time by the tests covering it;
  // only mutants that run at load time alone (zod schema construction in src/rules/format/,
  // constant tables) are reported as Ignored and left out of the score. The report lists them.
  ignoreStatic: true,
  // Two cores, shared with other engineers' test runs.
  concurrency: 2,
  // The sandbox needs src/, test/, rules/, data/ and the configs; not the build or old reports.
  ignorePatterns: ['dist', 'reports', 'coverage', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportTests: false, logTests: false, allowColor: false },
  thresholds: { high: 90, low: 80, break: 80 },
};

export default config;

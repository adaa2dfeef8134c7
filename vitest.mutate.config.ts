/**
 * The tests Stryker runs against each mutant (`npm run mutate`): only those that import src/
 * directly. The tests under test/cli/ spawn bin/permit.js, i.e. the esbuild bundle in dist/, so a
 * mutant in the sandbox's src/ never reaches them; they would only make every run slower. The
 * offices and report tests are left out too: they do not exercise src/calendar or src/rules.
 */
import { defineConfig } from 'vitest/config';

// Stryker's vitest runner runs the files in worker threads of one process (it overrides `pool`),
// so test/calendar/oracle.test.ts cannot pin its own process to China's zone as it does under
// `npm test`; pin the whole process here, before any worker starts. permit's own answers do not
// depend on TZ; the chinese-days package the oracle compares with does.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  test: {
    include: ['test/calendar/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/golden.test.ts', 'test/data/**/*.test.ts', 'test/sources/**/*.test.ts'],
    testTimeout: 20000,
  },
});

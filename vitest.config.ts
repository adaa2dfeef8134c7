import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file in its own process, so a test may pin process.env.TZ for itself.
    pool: 'forks',
    testTimeout: 20000,
  },
});

import { defineConfig } from 'vitest/config';

// Deliberate limits, one place per package. A timeout here is a hang guard, not
// a speed assertion: `pnpm test` runs lint and three packages' suites at once
// on shared 2-core machines, where a test that takes 0.5 s alone can take ten
// times that. Tests that guard linear time set their own, tighter timeout.
export default defineConfig({
  test: {
    // in-process CLI runs change process.cwd(): worker threads cannot, child processes can
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

// Deliberate limits, one place per package. A timeout here is a hang guard, not
// a speed assertion: `pnpm test` runs lint and three packages' suites at once
// on shared 2-core machines, where a test that takes 0.5 s alone can take ten
// times that. Tests that guard linear time set their own, tighter timeout.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // No test here mocks a module or changes a global: test files can share one
    // module graph per worker instead of re-importing ajv and yaml for each
    // (4.6 -> 3.6 s CPU; the engine's suite, which does the same, 54 -> 10 s).
    isolate: false,
  },
});

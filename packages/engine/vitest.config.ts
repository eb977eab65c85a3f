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
    // The package is pure (its tests mock no module and change no global): test
    // files can share one module graph per worker. Re-importing it for each of
    // ~100 files was most of the suite's CPU (engine: 54 s -> 10 s).
    isolate: false,
  },
});

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
    // Test files share one module graph per worker instead of importing the
    // built CLI, the engine and their dependencies again for each of ~70 files
    // (suite without the Dask test: 129 -> 83 s CPU). Safe because no test
    // leaves global state behind: in-process runs restore the working
    // directory, and the one module mock (internal-error) is of a source file
    // no other test imports.
    isolate: false,
  },
});

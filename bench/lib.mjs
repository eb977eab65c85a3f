// Shared timing helpers for the benchmarks. Absolute times on a shared
// 2-core machine are noisy, so every benchmark times its subject and its
// peer (or floor) alternately in one run and reports the ratio of medians.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const workDir = path.join(root, 'bench', '.work');
export const cli = path.join(root, 'apps', 'checker', 'dist', 'cli.js');

/** Run a command once; returns wall time in ms. Exit codes in `okCodes` are fine. */
export function timeOnce(command, args, { cwd = root, okCodes = [0, 1], input } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: ['pipe', 'ignore', 'pipe'], input, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(result.status ?? -1)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  }
  return ms;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Time two subjects alternately `runs` times; returns medians and the ratio a/b. */
export function compare(runs, a, b) {
  const ta = [];
  const tb = [];
  a.run(); // warm the file cache for both before measuring
  b.run();
  for (let i = 0; i < runs; i++) {
    ta.push(a.run());
    tb.push(b.run());
  }
  return { a: median(ta), b: median(tb), ratio: median(ta) / median(tb), minA: Math.min(...ta), minB: Math.min(...tb) };
}

export function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

// `check promotion` on the benchmark's generated store (bench/promotion-inputs.mjs,
// 2,000 SKUs x 5 tiers x 10 promotions) against outputs recorded before the
// dry-run was sped up (issue 14): every format that prints prices, line for
// line. Speed work must not change a price, a floor, a mark, a finding or the
// order of the table.
//
// The goldens are the CLI's output as it was; re-record them (UPDATE_GOLDEN=1)
// only for a change meant to alter the output, and say so in its commit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, generate } from '../../../../bench/promotion-inputs.mjs';
import { runInProcess } from '../helpers/in-process.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const temp = mkdtempSync(path.join(tmpdir(), 'sp-bench-golden-'));
beforeAll(() => {
  generate(temp, 2000);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Relative paths from the generated folder: the output names no machine's temp directory. */
const BASE = ['check', 'promotion', 'proposal.yaml', '--store', 'bench-store', '--now', NOW];

const cases: [name: string, args: string[]][] = [
  ['pretty', []],
  // a longer table than the default 50, another language, a tier filter
  ['pretty-rows-300-zh-gold-svip', ['--rows', '300', '--lang', 'zh', '--tier', 'gold,svip']],
  // a table longer than any partial selection keeps: the whole sort
  ['pretty-rows-1200-svip', ['--rows', '1200', '--tier', 'svip']],
  ['markdown', ['--format', 'markdown']],
  ['json', ['--format', 'json']],
];

/** Gzipped: the JSON alone is 7 MB (every row with its steps). */
function goldenFile(name: string): string {
  return path.join(GOLDEN, `bench-2000.${name}.gz`);
}

function readGolden(name: string): string {
  return gunzipSync(readFileSync(goldenFile(name))).toString('utf8');
}

describe('check promotion on the benchmark store, against recorded outputs', () => {
  it.each(cases)('%s: the same output, line for line, and exit code 1', async (name, extra) => {
    const result = await runInProcess([...BASE, ...extra], { cwd: temp });
    expect(result.stderr).toBe('');
    // the sample breaks floors and inverts tiers, as the full benchmark does
    expect(result.code).toBe(1);
    if (UPDATE) {
      writeFileSync(goldenFile(name), gzipSync(result.stdout, { level: 9 }));
      return;
    }
    const got = result.stdout.split('\n');
    const want = readGolden(name).split('\n');
    // the first differing line, not a 10,000-row diff
    const first = got.findIndex((line, i) => line !== want[i]);
    expect(first === -1 ? undefined : { line: first + 1, got: got[first], want: want[first] }).toBeUndefined();
    expect(got.length).toBe(want.length);
  });

  it('the recorded JSON holds every row (10,000), with stacked worst cases, breaches and tier inversions', () => {
    const report = JSON.parse(readGolden('json')) as { prices: { worst: number; floor: number; worstSteps?: unknown; paysMoreThan?: unknown }[] };
    expect(report.prices).toHaveLength(10_000);
    expect(report.prices.filter((row) => row.worst < row.floor).length).toBeGreaterThan(0);
    expect(report.prices.filter((row) => row.paysMoreThan !== undefined).length).toBeGreaterThan(0);
    expect(report.prices.filter((row) => row.worstSteps !== undefined).length).toBeGreaterThan(8000);
  });
});

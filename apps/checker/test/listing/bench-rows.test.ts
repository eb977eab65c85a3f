import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueLines } from '../../../../bench/listing-rows.mjs';
import { runInProcess } from '../helpers/in-process.js';
import { ndjsonLines } from './run.js';

// The listing benchmark's rows (bench/listing-rows.mjs: short and long rows,
// spam, evasions a naive matcher misses, damaged rows), checked on the main
// thread and on checker threads: the two must give the same bytes, line for
// line, and both must equal the recorded output (__snapshots__/; after a
// deliberate change of findings or messages, `npx vitest run -u` records the
// new output, to be reviewed in the diff). Speed work must not change a byte.

const here = path.dirname(fileURLToPath(import.meta.url));
const POLICIES = path.resolve(here, '../../../../policies');
const ROWS = 1000;
let root: string;

beforeAll(() => {
  // the benchmark's store: the demo apparel store's policies, and a compliance policy that is the law alone
  root = mkdtempSync(path.join(tmpdir(), 'storepolicy-bench-rows-'));
  cpSync(path.join(POLICIES, '_base'), path.join(root, 'policies', '_base'), { recursive: true });
  const store = path.join(root, 'policies', 'demo-apparel');
  mkdirSync(store, { recursive: true });
  for (const name of ['store.yaml', 'packing.yaml', 'after-sales.yaml']) cpSync(path.join(POLICIES, 'demo-apparel', name), path.join(store, name));
  writeFileSync(
    path.join(store, 'compliance.yaml'),
    'apiVersion: storepolicy/v1\nkind: CompliancePolicy\nmetadata: {store: demo-apparel, name: compliance}\nspec:\n  extends: ../_base/cn-regulations.yaml\n',
  );
  for (const size of ['short', 'long'] as const) writeFileSync(path.join(root, `${size}.ndjson`), `${[...catalogueLines(ROWS, size)].join('\n')}\n`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = (file: string, jobs: string) =>
  runInProcess(['check', 'listing', file, '--store', 'policies/demo-apparel', '--format', 'ndjson', '--jobs', jobs], { cwd: root });

describe.each(['short', 'long'] as const)('check listing on the benchmark rows (%s)', (size) => {
  it('gives the same output on the main thread and on two checker threads, and the recorded one', async () => {
    const [inline, threads] = await Promise.all([check(`${size}.ndjson`, '0'), check(`${size}.ndjson`, '2')]);
    expect(inline.stderr).toBe('');
    expect(threads.stderr).toBe('');
    expect(inline.code).toBe(1);
    const a = inline.stdout.split('\n');
    const b = threads.stdout.split('\n');
    expect(b.length).toBe(a.length);
    // line for line, so a difference names its row
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) expect([i + 1, b[i]]).toEqual([i + 1, a[i]]);
    const lines = ndjsonLines(inline.stdout);
    expect(lines).toHaveLength(ROWS);
    // what the rows hold: damaged rows, and spam (evasions included) found
    expect(lines.filter((l) => l.findings.some((f) => f.code === 'listing/input')).map((l) => l.row)).toEqual([500, 1000]);
    const codes = new Set(lines.flatMap((l) => l.findings.map((f) => f.code)));
    for (const code of ['listing/banned-term', 'listing/contact-info', 'listing/images']) expect(codes).toContain(code);
    await expect(inline.stdout).toMatchFileSnapshot(`__snapshots__/bench-rows-${size}.ndjson`);
  }, 120_000);
});

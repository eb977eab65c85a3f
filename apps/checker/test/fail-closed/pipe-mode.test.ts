import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ndjsonLines } from '../listing/run.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "pipe mode says ok for a bad row" (issue 9, hole 9; SPEC
// section 9): a Spark or Hadoop job keeps the rows whose `ok` is true, so `ok`
// must be false for a row with an error or a row that could not be read,
// whatever --fail-on says (--fail-on only decides the exit code).

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const row = (sku: string, title: string) => JSON.stringify({ sku, title, category: 'dresses', price: '10', size_chart: true });

async function pipe(stdin: string, failOn: string) {
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'ndjson', '--fail-on', failOn], stdin);
  return { code: result.code, lines: ndjsonLines(result.stdout).map((l) => [l.row, l.ok, l.findings.map((f) => f.code).sort()]) };
}

describe('fail closed: pipe-mode ok tells the truth', () => {
  it('--fail-on never: a banned term and an unreadable line are not ok (exit 0 all the same)', async () => {
    const stdin = `${row('M', '连衣裙 全网最低价')}\n{"sku":"X","title":\n${row('N', '碎花连衣裙')}\n`;
    const { code, lines } = await pipe(stdin, 'never');
    expect(code).toBe(0);
    expect(lines).toEqual([
      [1, false, ['listing/banned-term', 'listing/images']],
      [2, false, ['listing/input']],
      [3, true, ['listing/images']],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "nothing is lost" (issue 9, hole 11; SPEC section 9): a quote
// left open in row 2 of 10 used to swallow rows 3-10 into one field, so the
// 全网最低价 in row 5 was never checked and the summary said "2 listings".

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
  const rows = ['宝贝名称,宝贝类目,店铺类目,宝贝价格,商家编码,宝贝描述'];
  for (let i = 1; i <= 10; i++) {
    const title = i === 5 ? '连衣裙 全网最低价' : `连衣裙 款${i}`;
    const description = i === 2 ? '"半开的引号 纯棉' : i === 7 ? '"两行\n描述"' : '纯棉';
    rows.push(`${title},50010850,dresses,199.00,SKU-${i},${description}`);
  }
  repo.write('export.csv', `${rows.join('\n')}\n`);
});
afterAll(() => repo.cleanup());

describe('fail closed: an open CSV quote loses one record, reported, not the rest of the file', () => {
  it('reports the open quote at its character, checks rows 3-10 (全网最低价 in row 5), counts the unreadable row, exit 1', async () => {
    const json = await repo.run(['check', 'listing', 'export.csv', '--store', 'policies/demo-apparel', '--format', 'json']);
    expect(json.code).toBe(1);
    const errors = findings(json).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.line, f.column])).toEqual([
      ['listing/input', 3, '连衣裙 款2,50010850,dresses,199.00,SKU-2,'.length + 1],
      ['listing/banned-term', 6, 5],
    ]);
    expect(errors[0]!.message).toContain('Row 2 is not a readable CSV record: the quote opened here does not close');

    const pretty = await repo.run(['check', 'listing', 'export.csv', '--store', 'policies/demo-apparel']);
    expect(pretty.code).toBe(1);
    expect(pretty.stdout.trimEnd().split('\n').at(-1)).toMatch(/^10 listings in 1 file \(1 unreadable\), 2 failing: 2 errors/);
  });
});

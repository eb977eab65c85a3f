import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "severity drops by overlap" (issue 9, hole 1): a store's own
// warning term wrapped around or overlapping a law term used to absorb the
// law's error into one warning, and the listing passed with exit 0.

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const row = (title: string) => `${JSON.stringify({ sku: 'M', title, category: 'dresses', price: '10', size_chart: true })}\n`;
/** Column of `term` in the row's JSON line (findings point at the characters in the input). */
const col = (title: string, term: string) => row(title).indexOf(term) + 1;
const banned = async (title: string) => {
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], row(title));
  return { code: result.code, found: findings(result).filter((f) => f.code === 'listing/banned-term') };
};

describe('fail closed: a store warning term cannot swallow a law error', () => {
  it('秒杀全网最低价 (the shipped apparel-hype set over 全网最低/最低价) is a law error at 全网最低价, exit 1', async () => {
    const { code, found } = await banned('连衣裙 秒杀全网最低价');
    expect(code).toBe(1);
    expect(found.map((f) => [f.severity, f.column, f.message])).toEqual([
      ['warning', col('连衣裙 秒杀全网最低价', '秒杀全网'), expect.stringContaining('"秒杀全网" is banned by term set "apparel-hype"')],
      ['error', col('连衣裙 秒杀全网最低价', '全网最低价'), expect.stringContaining('"全网最低价" is banned by term set "ad-law-absolute" (广告法 第九条第三项')],
    ]);
  });

  it('a store warning term that contains a law term whole (顶级爆款必入 around 顶级) keeps the law term an error', async () => {
    repo.edit('policies/demo-apparel/compliance.yaml', 'terms: [闭眼入,', 'terms: [顶级爆款必入, 闭眼入,');
    const { code, found } = await banned('连衣裙 顶级爆款必入');
    expect(code).toBe(1);
    expect(found.map((f) => [f.severity, f.column])).toEqual([
      ['error', col('连衣裙 顶级爆款必入', '顶级')],
      ['warning', col('连衣裙 顶级爆款必入', '顶级')],
    ]);
  });
});

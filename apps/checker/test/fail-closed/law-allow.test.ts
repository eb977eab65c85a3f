import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "an allow-listed compound hides a real superlative": the law
// baseline allow-lists honest compounds that contain a law term (第一代, 最佳赏味期,
// 唯一码 …, per 《广告绝对化用语执法指南》). An allow entry clears only the term inside
// its own characters; a superlative beside it is still the law's error. Each case
// asserts the exact list of findings: on the old main the compound itself was a
// second error, so these fail there as well as if the allow ever widened.

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const base = { sku: 'DRS-020', title: '纯棉连衣裙', category: 'dresses', price: '99.00', size_chart: true };
const check = async (description: string) => {
  const line = `${JSON.stringify({ ...base, description })}\n`;
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], line);
  const found = findings(result).filter((f) => f.pointer === '/description');
  return { code: result.code, line, found };
};

describe('fail closed: an allow-listed law compound does not hide a superlative beside it', () => {
  it.each([
    // [description, the banned characters that must still be reported, which occurrence]
    ['第一代 全网第一', '全网第一', 0],
    ['最佳赏味期 最佳产品', '最佳', 1],
    ['唯一码 全网唯一', '唯一', 1],
    ['第二件半价 第一件原价 销量第一', '销量第一', 0],
    ['万能胶万能', '万能', 1],
    ['国家级非遗传承人 国家级品质', '国家级', 1],
  ] as const)('%s: only %s is reported, as the law error', async (description, term, nth) => {
    const { code, line, found } = await check(description);
    let at = line.indexOf(term);
    for (let i = 0; i < nth; i++) at = line.indexOf(term, at + 1);
    expect(code).toBe(1);
    expect(found.map((f) => [f.code, f.severity, f.column, f.message])).toEqual([
      ['listing/banned-term', 'error', at + 1, expect.stringContaining(`"${term}" is banned by term set "ad-law-absolute"`)],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "a value the checker did not read" (SPEC section 9): an NDJSON
// row with a key written twice. JSON.parse keeps the last value, so the banned
// term in the first one passed with no finding while an importer that keeps
// the first value would publish it. The row is now refused at the key.

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const check = async (input: string) => {
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], input);
  return { code: result.code, found: findings(result) };
};
const tail = '"category":"dresses","price":"99.00","size_chart":true';

describe('fail closed: a key written twice in an NDJSON row is an error, whichever value hides the term', () => {
  it.each([
    ['the title', `{"sku":"D-1","title":"全网最低价 连衣裙","title":"纯棉连衣裙",${tail}}`, 'title'],
    ['the key escaped the second time', `{"sku":"D-2","title":"全网最低价","\\u0074itle":"纯棉连衣裙",${tail}}`, 'title'],
    ['spaces before the colon', `{"sku":"D-3","description":"加微信 shop2024" , "description" : "纯棉",${tail},"title":"纯棉连衣裙"}`, 'description'],
    ['an attribute', `{"sku":"D-4","title":"纯棉连衣裙","attributes":{"面料":"国家级","面料":"棉"},${tail}}`, 'attributes/面料'],
    ['inside a Listing document', `{"kind":"Listing","spec":{"sku":"D-5","title":"全网最低价","title":"纯棉连衣裙",${tail}}}`, 'title'],
  ])('%s', async (_name, line, key) => {
    const { code, found } = await check(`${line}\n`);
    expect(code).toBe(1);
    expect(found).toEqual([expect.objectContaining({ code: 'listing/input', severity: 'error', pointer: `/${key}` })]);
    expect(found[0]!.message).toContain(`"${key.split('/').pop()}" twice`);
  });

  it('an honest row whose text holds quote-colon pairs is not refused', async () => {
    const description = '<a href="https://shop.example/x">尺码表</a> 面料:"棉": 95%';
    const { code, found } = await check(`${JSON.stringify({ sku: 'D-6', title: '纯棉连衣裙', description, category: 'dresses', price: '99.00', size_chart: true })}\n`);
    expect(found.filter((f) => f.code === 'listing/input')).toEqual([]);
    expect(code).toBe(0);
  });
});

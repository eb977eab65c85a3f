import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "misspelt or unscanned fields pass" (issue 9, hole 6): keys
// the schema would refuse in YAML were dropped silently from NDJSON rows, and
// buyer-visible text outside title/description/attribute values (attribute
// names, the after-sales reason, a CSV attribute named __proto__) was never
// scanned.

let repo: LawRepo;
beforeAll(() => {
  repo = lawRepo(['demo-apparel']);
});
afterAll(() => repo.cleanup());

const base = { sku: 'DRS-009', title: '纯棉连衣裙', category: 'dresses', price: '99.00', size_chart: true };
const line = (extra: Record<string, unknown>) => `${JSON.stringify({ ...base, ...extra })}\n`;
const colOf = (text: string, needle: string) => text.indexOf(needle) + 1;
const check = async (input: string) => {
  const result = await repo.run(['check', 'listing', '-', '--store', 'policies/demo-apparel', '--format', 'json'], input);
  return { code: result.code, found: findings(result) };
};

describe('fail closed: an NDJSON key the Listing schema does not know is an error with did-you-mean', () => {
  it.each([
    ['descripton', { descripton: '全网最低价' }, '"descripton"', 'did you mean "description"?'],
    ['ship_within_hour', { ship_within_hour: 2000 }, '"ship_within_hour"', 'did you mean "ship_within_hours"?'],
    ['referenceprice', { referenceprice: '399.00' }, '"referenceprice"', 'did you mean "reference_price"?'],
    ['after_sales.seven_day_retrun', { after_sales: { seven_day_retrun: 'exempt_statutory' } }, '"seven_day_retrun"', 'did you mean "seven_day_return"?'],
  ])('%s: schema/unknown-key at the key, exit 1', async (_name, extra, key, hint) => {
    const input = line(extra);
    const { code, found } = await check(input);
    expect(code).toBe(1);
    const unknown = found.filter((f) => f.code === 'schema/unknown-key');
    expect(unknown.map((f) => [f.severity, f.line, f.column])).toEqual([['error', 1, colOf(input, key)]]);
    expect(unknown[0]!.message).toContain(hint);
  });

  it('the rest of a row with an unknown key is still checked', async () => {
    const { found } = await check(line({ title: '全网最低价 连衣裙', colour: '红' }));
    expect(found.filter((f) => f.severity === 'error').map((f) => f.code).sort()).toEqual(['listing/banned-term', 'schema/unknown-key']);
  });
});

describe('fail closed: every buyer-visible field is scanned', () => {
  it('an attribute name (全网最低价: 是) is reported at its characters', async () => {
    const input = line({ attributes: { 全网最低价: '是', 材质: '棉' } });
    const { code, found } = await check(input);
    expect(code).toBe(1);
    expect(found.filter((f) => f.code === 'listing/banned-term').map((f) => [f.pointer, f.column])).toEqual([
      ['/attributes/全网最低价', colOf(input, '全网最低价')],
    ]);
  });

  it('the after-sales reason shown to buyers is scanned', async () => {
    const input = line({ after_sales: { seven_day_return: 'yes', reason: '加微信 dress8888 售后更快' } });
    const { code, found } = await check(input);
    expect(code).toBe(1);
    expect(found.filter((f) => f.code === 'listing/contact-info').map((f) => [f.pointer, f.column])).toEqual([
      ['/after_sales/reason', colOf(input, '微信')],
    ]);
  });

  it('a CSV attribute named __proto__ is scanned like any other', async () => {
    repo.write('in/proto.csv', '商家编码,宝贝标题,类目,价格,尺码表,宝贝属性\nD-2,纯棉连衣裙,dresses,99,是,__proto__:全网最低价\n');
    const result = await repo.run(['check', 'listing', 'in/proto.csv', '--store', 'policies/demo-apparel', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(findings(result).filter((f) => f.code === 'listing/banned-term').map((f) => [f.pointer, f.line, f.column])).toEqual([
      ['/attributes/__proto__', 2, 34],
    ]);
  });

  it('a CSV attribute column named 属性:__proto__ is scanned too', async () => {
    repo.write('in/proto-column.csv', '商家编码,宝贝标题,类目,价格,尺码表,属性:__proto__\nD-3,纯棉连衣裙,dresses,99,是,国家级品质\n');
    const result = await repo.run(['check', 'listing', 'in/proto-column.csv', '--store', 'policies/demo-apparel', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(findings(result).filter((f) => f.code === 'listing/banned-term').map((f) => [f.pointer, f.line, f.column])).toEqual([
      ['/attributes/__proto__', 2, 24],
    ]);
  });
});

describe('fail closed: a reference price that cannot be verified is an error, not a warning', () => {
  it('reference_price without lowest_price_7d (the base requires it) exits 1', async () => {
    const input = line({ reference_price: '399.00' });
    const { code, found } = await check(input);
    expect(code).toBe(1);
    expect(found.filter((f) => f.code === 'listing/reference-price').map((f) => [f.severity, f.column])).toEqual([
      ['error', colOf(input, '"399.00"')],
    ]);
  });
});

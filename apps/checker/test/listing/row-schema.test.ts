import { describe, expect, it } from 'vitest';
import { isCleanListingRow } from '../../src/listing/row-fast-check.js';
import { listingRowSchema, parseListingRow } from '../../src/listing/row-schema.js';
import { unknownKeyFindings } from '../../src/listing/row-keys.js';

const VALID = { sku: 'DRS-001', title: '碎花连衣裙', category: 'dresses', price: 199 };

// Each row: a base valid row with one change. The fast path may only accept
// what zod accepts; for every row here it must also agree (a row zod accepts
// but the fast path rejects would only cost speed, yet none should exist).
const CASES: [string, Record<string, unknown>][] = [
  ['minimal', {}],
  ['price as string with two decimals', { price: '199.90' }],
  ['price 0', { price: 0 }],
  ['price with three decimals', { price: 19.999 }],
  ['price string with three decimals', { price: '19.999' }],
  ['negative price', { price: -1 }],
  ['price NaN-like string', { price: 'abc' }],
  ['price Infinity', { price: Number.POSITIVE_INFINITY }],
  ['price leading zero', { price: '0199' }],
  ['price missing', { price: undefined }],
  ['price null', { price: null }],
  ['reference price ok', { reference_price: 399, lowest_price_7d: '189.00' }],
  ['reference price bad', { reference_price: '3.999' }],
  ['sku with space', { sku: 'DRS 001' }],
  ['sku empty', { sku: '' }],
  ['sku too long', { sku: `A${'b'.repeat(64)}` }],
  ['sku number', { sku: 1001 }],
  ['title empty', { title: '' }],
  ['title number', { title: 5 }],
  ['category upper-case', { category: 'Dresses' }],
  ['category Taobao cid', { category: '50010850' }],
  ['description text', { description: '100%棉' }],
  ['description number', { description: 5 }],
  ['attributes ok', { attributes: { 材质: '棉' } }],
  ['attributes with number', { attributes: { 尺码: 5 } }],
  ['attributes array', { attributes: ['棉'] }],
  ['images ok', { images: [{ url: 'a.jpg', real_shot: true, main: true }, { url: 'b.jpg' }] }],
  ['image without url', { images: [{ real_shot: true }] }],
  ['image empty url', { images: [{ url: '' }] }],
  ['image real_shot string', { images: [{ url: 'a.jpg', real_shot: 'yes' }] }],
  ['images not array', { images: 'a.jpg' }],
  ['qualifications ok', { qualifications: { sc: 'SC10644011500123' } }],
  ['qualification number', { qualifications: { sc: 10644011500123 } }],
  ['after_sales ok', { after_sales: { seven_day_return: 'exempt_confirmed', reason: '贴身衣物' } }],
  ['after_sales unknown promise', { after_sales: { seven_day_return: 'no' } }],
  ['after_sales reason number', { after_sales: { reason: 1 } }],
  ['hours ok', { ship_within_hours: 48 }],
  ['hours fraction', { ship_within_hours: 1.5 }],
  ['hours too many', { ship_within_hours: 2161 }],
  ['hours string', { ship_within_hours: '48' }],
  ['inserts ok', { inserts: ['感谢卡'] }],
  ['inserts empty string', { inserts: [''] }],
  ['inserts not array', { inserts: '感谢卡' }],
  ['size chart url', { size_chart: 'https://img.example.com/size.png' }],
  ['size chart number', { size_chart: 1 }],
];

describe('listing rows: the fast path agrees with the zod schema', () => {
  it.each(CASES)('%s', (_name, change) => {
    const row = { ...VALID, ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete (row as Record<string, unknown>)[key];
    const zodAccepts = listingRowSchema().safeParse(row).success;
    expect(isCleanListingRow(row)).toBe(zodAccepts);
    expect(parseListingRow(row).ok).toBe(zodAccepts);
  });
});

describe('listing rows: errors say which field and why', () => {
  it.each([
    [{ ...VALID, sku: undefined }, [{ messageId: 'missing', pointer: '/sku', params: { field: 'sku' } }]],
    [{ ...VALID, price: '19.999' }, [{ messageId: 'money', pointer: '/price', params: { field: 'price', value: '19.999' } }]],
    [{ ...VALID, ship_within_hours: 1.5 }, [{ messageId: 'hours', pointer: '/ship_within_hours', params: { field: 'ship_within_hours', value: '1.5' } }]],
    [
      { ...VALID, images: [{ real_shot: true }] },
      [{ messageId: 'missing', pointer: '/images/0/url', params: { field: 'images.0.url' } }],
    ],
    [
      { ...VALID, after_sales: { seven_day_return: 'no' } },
      [{ messageId: 'returnPromise', pointer: '/after_sales/seven_day_return', params: { field: 'after_sales.seven_day_return', value: 'no' } }],
    ],
    [{ ...VALID, attributes: ['棉'] }, [{ messageId: 'shape', pointer: '/attributes', params: { field: 'attributes', value: '["棉"]', expected: 'record' } }]],
  ])('%j', (row, errors) => {
    const parsed = parseListingRow(row);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual(errors);
  });

  it('a CSV column name labels the field', () => {
    const parsed = parseListingRow({ ...VALID, price: 'abc' }, (field) => (field === 'price' ? '宝贝价格 (price)' : field));
    expect(parsed.ok ? [] : parsed.errors[0]!.params).toEqual({ field: '宝贝价格 (price)', value: 'abc' });
  });
});

describe('listing rows: keys the Listing schema does not know are reported, never silently dropped', () => {
  it.each([
    ['a misspelt top-level key', { descripton: '全网最低' }, ['/descripton', 'didYouMean', 'description']],
    ['a joined-up key', { referenceprice: 399 }, ['/referenceprice', 'didYouMean', 'reference_price']],
    ['a key close to nothing', { shop_id: 42 }, ['/shop_id', 'unknown', undefined]],
    ['a nested after-sales key', { after_sales: { seven_day_retrun: 'yes' } }, ['/after_sales/seven_day_retrun', 'didYouMean', 'seven_day_return']],
    ['an unknown qualification', { qualifications: { iso: 'x' } }, ['/qualifications/iso', 'unknown', undefined]],
    ['an extra key of an image', { images: [{ url: 'a.jpg', rea_shot: true }] }, ['/images/0/rea_shot', 'didYouMean', 'real_shot']],
    ['__proto__ at the top level', JSON.parse('{"__proto__": "x"}') as Record<string, unknown>, ['/__proto__', 'unknown', undefined]],
  ])('%s', (_name, change, [pointer, messageId, suggestion]) => {
    const row = { ...VALID, ...change };
    if ('__proto__' in change && Object.hasOwn(change, '__proto__')) Object.defineProperty(row, '__proto__', { value: 'x', enumerable: true });
    // zod alone would accept the row and strip the key: the fast path sends it to the slow path
    expect(listingRowSchema().safeParse(row).success).toBe(true);
    expect(isCleanListingRow(row)).toBe(false);
    expect(unknownKeyFindings(row, 7).map((f) => [f.code, f.severity, f.pointer, f.messageId, f.params.suggestion, f.key])).toEqual([
      ['schema/unknown-key', 'error', pointer, `schema/unknown-key.${messageId}`, suggestion, true],
    ]);
  });

  it('a category that is not an id is read (listing/unknown-category then says which id was meant)', () => {
    expect(parseListingRow({ ...VALID, category: 'Dresses' }).ok).toBe(true);
    expect(parseListingRow({ ...VALID, category: '  ' }).ok).toBe(false);
  });

  it("keeps an attribute named __proto__ as written (zod's record would drop it)", () => {
    const attributes: Record<string, string> = {};
    Object.defineProperty(attributes, '__proto__', { value: '全网最低价', enumerable: true, writable: true, configurable: true });
    const parsed = parseListingRow({ ...VALID, price: '1.0', attributes, shop: 1 });
    expect(parsed.ok && Object.entries(parsed.spec.attributes ?? {})).toEqual([['__proto__', '全网最低价']]);
  });
});

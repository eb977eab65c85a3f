import { describe, expect, it } from 'vitest';
import {
  escapeCell,
  marginText,
  renderPriceTableMarkdown,
  renderPriceTableText,
  sortWorstFirst,
  worstFirst,
  type PricedRow,
} from '../../src/report/price-table.js';

const row = (sku: string, tier: string, list: number, worst: number, floor: number, cost?: number): PricedRow => ({
  promotion: 'p',
  sku,
  tier,
  list,
  single: list,
  worst,
  floor,
  steps: [],
  ...(cost === undefined ? {} : { cost }),
});

describe('price table', () => {
  it('sorts breaches first, then the smallest headroom, then the deepest cut', () => {
    const rows = [row('A', 't', 10000, 9000, 5000), row('B', 't', 10000, 4000, 5000), row('C', 't', 20000, 7000, 5000), row('D', 't', 10000, 7000, 5000)];
    expect(sortWorstFirst(rows).map((r) => r.sku)).toEqual(['B', 'C', 'D', 'A']);
  });

  it('keeps the first rows of the full sort without sorting them all, in the same order, equal rows in input order', () => {
    // a small generator of many near-ties: few list prices, floors and SKUs, some inversions, whole duplicates
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const rows: PricedRow[] = [];
    for (let i = 0; i < 3000; i++) {
      const r = row(`S${next(40)}`, ['a', 'b', 'c'][next(3)]!, 1000 * (1 + next(4)), 500 + 10 * next(30), 600 + 10 * next(10));
      if (next(7) === 0) r.paysMoreThan = { tier: 'a', single: 1, lever: 'other' };
      r.promotion = `p${i}`.slice(0, 2);
      rows.push(r, next(5) === 0 ? { ...r } : row('Z', 'z', 1, 999_999, 0));
    }
    const sorted = sortWorstFirst(rows);
    for (const limit of [1, 2, 50, 333, 1000, 1001, rows.length, rows.length + 5]) {
      const kept = worstFirst(rows, limit);
      expect(kept).toHaveLength(Math.min(limit, rows.length));
      // the same objects, in the same order: identity tells equal duplicates apart
      kept.forEach((r, i) => expect(r).toBe(sorted[i]));
    }
    expect(worstFirst(rows, 0)).toEqual([]);
  });

  it('writes the margin over cost as the policy counts it', () => {
    expect(marginText(row('A', 't', 19900, 11868, 9450, 8000))).toBe('+48.4%');
    expect(marginText(row('A', 't', 19900, 7000, 9450, 8000))).toBe('-12.5%');
    expect(marginText(row('A', 't', 19900, 7000, 9450))).toBe('');
  });

  it('aligns yuan to the right, marks breaches in plain text, and says how many rows were left out', () => {
    const text = renderPriceTableText([row('DRS-001', 'svip', 19900, 11868, 9450, 8000), row('X-1', 'gold', 5000, 2000, 2500, 1800)], {
      lang: 'en',
      color: false,
      limit: 1,
    }).split('\n');
    expect(text[0]).toBe('Prices: 2 rows (SKU x tier), worst first; 1 below the floor. Amounts in yuan; margin = worst over cost (unit cost plus gifts the policy counts in the margin, as the floor).');
    expect(text[1]).toBe('promotion  SKU  tier   list  single  worst  floor  margin');
    expect(text[2]).toBe('p          X-1  gold  50.00   50.00  20.00  25.00  +11.1%  BELOW FLOOR');
    expect(text[3]).toBe('… 1 more row (filter with --sku/--tier, or use --format json for all)');
  });

  it('counts rows in the right form: "Prices: 1 row", "… 1 more row", "… 2 more rows"', () => {
    const one = renderPriceTableText([row('X-1', 'gold', 5000, 2000, 2500)], { lang: 'en', color: false }).split('\n');
    expect(one[0]).toMatch(/^Prices: 1 row \(SKU x tier\)/);
    const three = [row('A-1', 'gold', 5000, 2000, 2500), row('B-1', 'gold', 5000, 3000, 2500), row('C-1', 'gold', 5000, 4000, 2500)];
    expect(renderPriceTableText(three, { lang: 'en', color: false, limit: 1 }).split('\n')).toContain('… 2 more rows (filter with --sku/--tier, or use --format json for all)');
  });

  it('colours a breach red only when asked', () => {
    const rows = [row('X-1', 'gold', 5000, 2000, 2500)];
    expect(renderPriceTableText(rows, { lang: 'en', color: true })).toContain('\u001b[31m');
    expect(renderPriceTableText(rows, { lang: 'en', color: false })).not.toContain('\u001b[');
  });

  it('renders Markdown with escaped cells and a bold breach', () => {
    const md = renderPriceTableMarkdown([{ ...row('A|B', 'svip', 5000, 2000, 2500), promotion: '<x>' }], { lang: 'zh' }).split('\n');
    expect(md[0]).toBe('| 促销 | SKU | 会员等级 | 标价 | 单件价 | 最低叠加价 | 底价 | 毛利 |');
    expect(md[2]).toBe('| &lt;x&gt; | A\\|B | svip | 50.00 | 50.00 | **20.00** ⛔ 低于底价 | 25.00 |  |');
  });

  it('escapes what would break a table cell', () => {
    expect(escapeCell('a|b\nc <d>')).toBe('a\\|b<br>c &lt;d&gt;');
  });
});

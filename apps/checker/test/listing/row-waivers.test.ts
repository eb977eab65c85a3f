import { describe, expect, it } from 'vitest';
import type { RowFinding, RowWaiver } from '../../src/listing/batch.js';
import { RowWaivers } from '../../src/listing/row-waivers.js';

// How a bulk row's finding is matched on a checker thread (the file was
// matched by the main thread): the rule, the pointer the report shows (or a
// parent of it, by segment), the row's SKU. A dead waiver waives nothing but
// is remembered, so the run can say it would have applied.

const by = { file: 'policies/s/waivers/w.yaml', reason: 'pilot', expires: '2026-11-30' };
const finding = (code: string, pointer: string, params: RowFinding['params'] = {}): RowFinding => ({ code, severity: 'error', messageId: `${code}.x`, params, pointer });

const cases: { name: string; waiver: Partial<RowWaiver>; finding: RowFinding; sku?: string; waived: boolean; matched: boolean }[] = [
  { name: 'a waiver naming only the rule (and a file): every finding of that rule', waiver: {}, finding: finding('listing/claim', '/title'), waived: true, matched: true },
  { name: 'another rule', waiver: {}, finding: finding('listing/banned-term', '/title'), waived: false, matched: false },
  { name: 'the exact pointer', waiver: { pointer: '/images/0' }, finding: finding('listing/claim', '/images/0'), waived: true, matched: true },
  { name: 'a pointer below it', waiver: { pointer: '/attributes' }, finding: finding('listing/claim', '/attributes/材质'), waived: true, matched: true },
  { name: 'a pointer prefix is by segment', waiver: { pointer: '/images/1' }, finding: finding('listing/claim', '/images/10'), waived: false, matched: false },
  { name: 'the row SKU', waiver: { sku: 'DRS-1' }, finding: finding('listing/claim', '/title'), sku: 'DRS-1', waived: true, matched: true },
  { name: 'another row SKU', waiver: { sku: 'DRS-1' }, finding: finding('listing/claim', '/title'), sku: 'DRS-2', waived: false, matched: false },
  { name: 'a row without a SKU', waiver: { sku: 'DRS-1' }, finding: finding('listing/input', ''), waived: false, matched: false },
  { name: 'SKU and pointer must both match', waiver: { sku: 'DRS-1', pointer: '/title' }, finding: finding('listing/claim', '/description'), sku: 'DRS-1', waived: false, matched: false },
  { name: 'a dead (expired) waiver is remembered, but waives nothing', waiver: { live: false }, finding: finding('listing/claim', '/title'), waived: false, matched: true },
];

describe('RowWaivers', () => {
  it.each(cases)('$name', ({ waiver, finding: f, sku, waived, matched }) => {
    const waivers = new RowWaivers([{ id: 7, rule: 'listing/claim', live: true, by, ...waiver }]);
    waivers.apply([f], sku);
    expect(f.waivedBy).toEqual(waived ? by : undefined);
    expect([...waivers.matched]).toEqual(matched ? [7] : []);
  });

  it('the first live waiver names the finding; every matching one is remembered', () => {
    const other = { ...by, file: 'policies/s/waivers/w2.yaml' };
    const waivers = new RowWaivers([
      { id: 1, rule: 'listing/claim', live: false, by },
      { id: 2, rule: 'listing/claim', live: true, by: other },
      { id: 3, rule: 'listing/claim', live: true, by, sku: 'DRS-1' },
    ]);
    const f = finding('listing/claim', '/title');
    waivers.apply([f], 'DRS-1');
    expect(f.waivedBy).toEqual(other);
    expect([...waivers.matched]).toEqual([1, 2, 3]);
  });
});

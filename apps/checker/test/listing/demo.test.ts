import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { CLI, ndjsonLines } from './run.js';

// The demo stores' catalogue exports (policies/demo-*): each violation at its
// characters (offsets checked against String.indexOf of the offending text),
// honest rows clean, and the store found from the file's folder.
const ROOT = path.resolve(CLI, '../../../..');

async function check(args: string[]) {
  return runInProcess(['check', 'listing', ...args], { cwd: ROOT });
}

type Line = ReturnType<typeof ndjsonLines>[number];
const summary = (line: Line) => line.findings.map((f) => [f.code, f.field, f.start ?? null, f.end ?? null]);

describe('demo catalogue exports', () => {
  it('demo-apparel: the GB18030 Taobao export, store inferred from its folder', async () => {
    const result = await check(['policies/demo-apparel/catalog-export.csv', '--encoding', 'gb18030', '--format', 'ndjson']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = ndjsonLines(result.stdout);
    const bySku = new Map(lines.map((l) => [l.sku ?? `row ${l.row}`, l]));
    for (const honest of ['DRS-001', 'DRS-003', 'TOP-001', 'CST-001', 'ACC-001']) expect(bySku.get(honest)!.findings).toEqual([]);
    expect(summary(bySku.get('DRS-002')!)).toEqual([
      ['listing/banned-term', 'title', 0, 5],
      ['listing/banned-term', 'title', 14, 16],
      ['listing/banned-term', 'title', 19, 23],
      ['listing/banned-term', 'attributes.卖点', 0, 4],
      ['listing/contact-info', 'description', 15, 30],
      ['listing/review-inducement', 'description', 0, 4],
      ['listing/review-inducement', 'inserts.0', 0, 4],
      ['listing/reference-price', 'reference_price', null, null],
      ['listing/images', 'images', null, null],
      ['listing/images', 'images.0', null, null],
      ['listing/insert', 'inserts.0', null, null],
    ]);
    expect(summary(bySku.get('TOP-003')!)).toEqual([
      ['listing/claim', 'title', 9, 11],
      ['listing/claim', 'description', 12, 14],
    ]);
    expect(bySku.get('TOP-010')!.findings.map((f) => f.code)).toEqual(['listing/return-promise']);
    expect(bySku.get('DRS-004')!.findings.map((f) => f.code)).toEqual(['listing/contact-info', 'listing/ship-promise']);
    expect(bySku.get('ACC-007')!.findings.map((f) => f.code)).toEqual(['listing/input']);
    expect(bySku.get('row 12')!.findings[0]!.message).toBe('Row 12: required field 商家编码 (sku) is missing or empty, so the listing cannot be checked.');
  });

  it('demo-food: NDJSON, in Chinese', async () => {
    const result = await check(['policies/demo-food/listings.ndjson', '--format', 'ndjson', '--lang', 'zh']);
    expect(result.code).toBe(1);
    const lines = ndjsonLines(result.stdout);
    expect(lines).toHaveLength(11);
    for (const honest of ['NUT-001', 'NUT-003', 'VIT-001', 'MOON-001']) expect(lines.find((l) => l.sku === honest)!.findings).toEqual([]);
    const nut2 = lines.find((l) => l.sku === 'NUT-002')!;
    expect(summary(nut2)).toEqual([
      ['listing/claim', 'title', 9, 11],
      ['listing/claim', 'title', 14, 19],
      ['listing/review-inducement', 'description', 13, 18],
    ]);
    expect(nut2.findings[0]!.message).toContain('减肥');
    expect(lines[6]!.findings[0]!.message).toMatch(/^第 7 行不是合法的 JSON/);
  });
});

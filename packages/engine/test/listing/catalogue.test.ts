import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listingRules } from '../../src/listing/index.js';
import { metas } from '../../src/rules/listing/index.js';
import { rules as complianceRules } from '../../src/rules/compliance/index.js';
import { buildMessageCatalog } from '../../src/rules/index.js';
import { checkListing, body, PACKING_YAML, AFTER_SALES_YAML } from './_fixture.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('listing and compliance rule catalogue', () => {
  it('runs every registered listing rule (listing/input and listing/unchecked-column are reported by the bulk reader, listing/not-checked by check listing, not the engine)', () => {
    const run = listingRules.map((r) => r.meta.code);
    expect(metas.map((m) => m.code).filter((code) => !run.includes(code))).toEqual(['listing/input', 'listing/unchecked-column', 'listing/not-checked']);
    for (const rule of listingRules) expect(metas).toContain(rule.meta);
  });

  it.each([...listingRules.map((r) => r.meta), ...complianceRules.map((r) => r.meta)].map((m) => [m.code, m] as const))('%s has a doc page titled with its code and severity', (code, meta) => {
    const file = `${ROOT}docs/rules/${code}.md`;
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${code}`);
    expect(text).toContain(`**${meta.severity}**`);
  });

  it('every message a finding uses is declared, with every placeholder filled', () => {
    const catalog = buildMessageCatalog();
    const listing = body('supplements', '  description: 全网最低 加微信 abc12345 好评返现 电话13812345678\n  reference_price: 9\n  ship_within_hours: 99\n  inserts: [好评返现卡]\n  after_sales: {seven_day_return: exempt_statutory}\n  images: [{url: a}]\n', '夏'.repeat(40));
    const found = checkListing(listing, { 'p/demo/packing.yaml': PACKING_YAML, 'p/demo/after-sales.yaml': AFTER_SALES_YAML });
    expect(new Set(found.map((d) => d.code)).size).toBeGreaterThanOrEqual(9);
    for (const d of found) {
      const entry = catalog[d.messageId];
      expect(entry, d.messageId).toBeDefined();
      for (const text of [entry!.message.en, entry!.message.zh, entry!.hint?.en ?? '', entry!.hint?.zh ?? '']) {
        for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(d.params, `${d.messageId} {${name}}`).toHaveProperty(name!);
      }
      for (const r of d.related) expect(catalog[r.messageId], r.messageId).toBeDefined();
    }
  });
});

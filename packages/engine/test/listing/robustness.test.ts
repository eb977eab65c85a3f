import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAtPointer, type ListingSpec } from '@storepolicy/schema';
import { compileListingChecker } from '../../src/listing/index.js';
import { loadFixture } from '../helpers/rule-tester.js';
import { BASE_YAML, COMPLIANCE_YAML, STORE_YAML } from './_fixture.js';

const checker = compileListingChecker(
  loadFixture({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/store.yaml': STORE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML }).set.stores[0]!,
);

// Text mixing the characters the scanners care about with arbitrary Unicode.
const piece = fc.oneof(
  fc.constantFrom('全网最低', '第一次', '好评返现', '微信', 'VX:', 'QQ', '138', '1234', '5678', ' ', '-', '一三八', '本品不能代替药物', 'ＮＯ．１', '\u200b', '*'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const money = fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.constantFrom('199.90', 'abc', '1.234'), fc.double());

const listing = fc.record(
  {
    sku: fc.constant('SKU-1'),
    title: text,
    category: fc.constantFrom('dresses', 'snacks', 'supplements', 'skincare', 'tailoring', 'nope'),
    price: money,
    reference_price: money,
    lowest_price_7d: money,
    description: text,
    attributes: fc.dictionary(fc.string({ maxLength: 5 }), text, { maxKeys: 3 }),
    inserts: fc.array(text, { maxLength: 3 }),
    qualifications: fc.record({ sc: text, cosmetics_filing: text }, { requiredKeys: [] }),
    after_sales: fc.record({ seven_day_return: fc.constantFrom('yes', 'exempt_statutory', 'exempt_confirmed'), reason: text }, { requiredKeys: [] }),
    ship_within_hours: fc.integer({ min: 0, max: 500 }),
    images: fc.array(fc.record({ url: fc.constant('u'), real_shot: fc.boolean(), main: fc.boolean() }, { requiredKeys: ['url'] }), { maxLength: 6 }),
    size_chart: fc.oneof(fc.boolean(), text),
  },
  { requiredKeys: ['sku', 'title', 'category', 'price'] },
) as fc.Arbitrary<ListingSpec>;

describe('ListingChecker.check on arbitrary input', () => {
  it('never throws, and every span lies inside the string it points at', () => {
    fc.assert(
      fc.property(listing, (spec) => {
        for (const finding of checker.check(spec)) {
          expect(finding.messageId.startsWith(`${finding.code}.`)).toBe(true);
          if (finding.start === undefined) continue;
          const value = getAtPointer(spec, finding.pointer);
          expect(typeof value).toBe('string');
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end!).toBeGreaterThanOrEqual(finding.start);
          expect(finding.end!).toBeLessThanOrEqual((value as string).length);
        }
      }),
      { numRuns: 400 },
    );
  });
});

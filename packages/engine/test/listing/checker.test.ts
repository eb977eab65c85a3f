import { describe, expect, it } from 'vitest';
import type { ListingSpec } from '@storepolicy/schema';
import { compileListingChecker } from '../../src/listing/index.js';
import { loadFixture } from '../helpers/rule-tester.js';
import { BASE_YAML, COMPLIANCE_YAML, STORE_YAML } from './_fixture.js';

function bundleOf(files: Record<string, string>) {
  return loadFixture(files).set.stores[0]!;
}

const spam: ListingSpec = {
  sku: 'DRS-9',
  title: '全网最低 连衣裙',
  category: 'dresses',
  price: 99,
  description: '电话13812345678',
};

describe('compileListingChecker', () => {
  it('checks one listing spec and reports pointer and UTF-16 offsets', () => {
    const checker = compileListingChecker(bundleOf({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/store.yaml': STORE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML }));
    const findings = checker.check(spam).filter((f) => f.code === 'listing/banned-term' || f.code === 'listing/contact-info');
    expect(findings).toMatchObject([
      { code: 'listing/banned-term', messageId: 'listing/banned-term.found', pointer: '/title', start: 0, end: 4, params: { term: '全网最低' } },
      { code: 'listing/contact-info', messageId: 'listing/contact-info.phone', pointer: '/description', start: 2, end: 13 },
    ]);
    expect(findings[0]!.related?.[0]?.doc.file).toBe('p/_base/cn-regulations.yaml');
  });

  it('returns a fresh array per call: earlier results survive later checks', () => {
    const checker = compileListingChecker(bundleOf({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/store.yaml': STORE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML }));
    const first = checker.check(spam);
    const count = first.length;
    const clean = checker.check({ sku: 'X', title: '纯棉连衣裙', category: 'mugs', price: 1, images: [{ url: 'a', real_shot: true }, { url: 'b' }, { url: 'c' }] });
    expect(clean).toEqual([]);
    expect(first).toHaveLength(count);
  });

  it('runs only the rules asked for', () => {
    const checker = compileListingChecker(bundleOf({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/store.yaml': STORE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML }), { rules: ['listing/contact-info'] });
    expect(checker.rules).toEqual(['listing/contact-info']);
    expect(checker.check(spam).map((f) => f.code)).toEqual(['listing/contact-info']);
  });

  it('without a compliance policy still applies the built-in detectors and defaults, but no term lists', () => {
    const checker = compileListingChecker(bundleOf({ 'p/demo/store.yaml': STORE_YAML }));
    expect(checker.check(spam).map((f) => f.code).sort()).toEqual(['listing/contact-info', 'listing/images', 'listing/size-chart']);
  });
});

import { compileListingChecker } from '../../src/listing/index.js';
import type { ListingChecker, ListingSpec } from '../../src/listing/types.js';
import { loadFixture } from '../helpers/rule-tester.js';
import { BASE_YAML, COMPLIANCE_YAML, STORE_YAML } from './_fixture.js';

/** One compiled checker of the demo store over the shipped law baseline, for tests that check many listings. */
export function demoChecker(): ListingChecker {
  const { set } = loadFixture({
    'p/_base/cn-regulations.yaml': BASE_YAML,
    'p/demo/store.yaml': STORE_YAML,
    'p/demo/compliance.yaml': COMPLIANCE_YAML,
  });
  return compileListingChecker(set.stores.find((bundle) => bundle.store)!);
}

/** A listing with the fields a text check reads; the rest filled so that no other rule fires. */
export function textListing(fields: Partial<ListingSpec>): ListingSpec {
  return { sku: 'T-1', title: '纯棉T恤', category: 'mugs', price: 59, images: [{ url: 'a.jpg', real_shot: true }, { url: 'b.jpg' }, { url: 'c.jpg' }], ...fields } as ListingSpec;
}

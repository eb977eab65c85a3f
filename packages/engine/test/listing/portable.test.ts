import type { ListingSpec } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { buildPolicySet } from '../../src/bundle.js';
import { loadDemoPolicies } from '../helpers/demo-policies.js';
import { compileListingChecker, compileListingPolicy, listingCheckerFromPortable, toPortablePolicy } from '../../src/listing/index.js';

// Checker threads get the store's compiled policy by structured clone
// (postMessage / workerData) instead of loading the files themselves. The
// clone must go through, and a checker built from it must find exactly what
// the main thread's checker finds, less the related policy locations (those
// need the documents, which stay on the main thread).

const set = buildPolicySet(loadDemoPolicies());

describe('a compiled listing policy crosses to a thread', () => {
  it.each(set.stores.map((bundle) => [bundle.id, bundle] as const))('store %s: same findings through a structured clone', (_id, bundle) => {
    const local = compileListingChecker(bundle);
    const cloned = structuredClone(toPortablePolicy(compileListingPolicy(bundle)));
    const remote = listingCheckerFromPortable(cloned);
    expect(remote.rules).toEqual(local.rules);
    const listings = bundle.listings.map((doc) => (doc.value as { spec: ListingSpec }).spec);
    expect(listings.length).toBeGreaterThan(2);
    let findings = 0;
    for (const listing of listings) {
      const expected = local.check(listing).map(({ related: _related, ...rest }) => rest);
      findings += expected.length;
      expect(remote.check(listing)).toEqual(expected);
    }
    // the demo stores ship spam listings: the comparison is not between two empty lists
    expect(findings).toBeGreaterThan(5);
  });

  it('drops the documents: findings made on a thread carry no related location', () => {
    const bundle = set.stores.find((b) => b.listings.some((doc) => doc.file.endsWith('drs-002-square-neck-spam.yaml')))!;
    const spam = (bundle.listings.find((doc) => doc.file.endsWith('drs-002-square-neck-spam.yaml'))!.value as { spec: ListingSpec }).spec;
    expect(compileListingChecker(bundle).check(spam).some((f) => f.related !== undefined)).toBe(true);
    const remote = listingCheckerFromPortable(structuredClone(toPortablePolicy(compileListingPolicy(bundle))));
    expect(remote.check(spam).every((f) => f.related === undefined)).toBe(true);
  });
});

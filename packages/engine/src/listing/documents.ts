import type { Diagnostic } from '@storepolicy/schema';
import type { StoreBundle } from '../model.js';
import { compileListingChecker } from './checker.js';
import { listingFindingsToDiagnostics } from './locate.js';
import type { ListingCheckerOptions } from './types.js';

/** Check every `Listing` document of a store (its `listings/*.yaml`), located in the YAML. */
export function checkListingDocuments(bundle: StoreBundle, options?: ListingCheckerOptions): Diagnostic[] {
  if (bundle.listings.length === 0) return [];
  const checker = compileListingChecker(bundle, options);
  return bundle.listings.flatMap((doc) => listingFindingsToDiagnostics(doc, checker.check(doc.value.spec)));
}

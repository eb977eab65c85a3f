import { compileListingPolicy, listingCheckerFor, listingFindingsToDiagnostics, readingTables, toPortablePolicy } from '@storepolicy/engine';

// The listing engine lives in @storepolicy/engine (pure, no I/O). This file
// is the one place the checker names it, so the bulk pipeline, the worker
// and the YAML path share one shape (and tests can swap it).
export type { ListingChecker, ListingFinding } from '@storepolicy/engine';

export interface ListingEngine {
  compileListingPolicy: typeof compileListingPolicy;
  listingCheckerFor: typeof listingCheckerFor;
  toPortablePolicy: typeof toPortablePolicy;
  readingTables: typeof readingTables;
  listingFindingsToDiagnostics: typeof listingFindingsToDiagnostics;
}

export async function loadListingEngine(): Promise<ListingEngine> {
  return { compileListingPolicy, listingCheckerFor, toPortablePolicy, readingTables, listingFindingsToDiagnostics };
}

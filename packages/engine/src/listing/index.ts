// Public surface of the listing area: compile once per store, check many listings.
export type { ListingChecker, ListingCheckerOptions, ListingFinding, ListingRelated, ListingSpec } from './types.js';
export { compileListingChecker, listingCheckerFor } from './checker.js';
export { compilePolicy as compileListingPolicy } from './compile.js';
export type { CompiledListingPolicy } from './compiled.js';
export { listingCheckerFromPortable, readingTables, toPortablePolicy, type PortableListingPolicy } from './portable.js';
export type { ReadingTables } from './reading-tables.js';
export { listingFindingsToDiagnostics, locateInString } from './locate.js';
export { checkListingDocuments } from './documents.js';
export { mergeCompliance, type EffectivePolicy, type Merged } from './effective-policy.js';
export { displayWidth } from './fold.js';
export { listingRules } from './rules.js';

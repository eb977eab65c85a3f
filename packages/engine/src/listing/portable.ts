import { buildAutomaton, type AutomatonSource } from './automaton.js';
import { listingCheckerFor } from './checker.js';
import type { CompiledListingPolicy, Place } from './compiled.js';
import type { ListingChecker, ListingCheckerOptions } from './types.js';
import { readAsBuyerTables } from './read-as-buyer.js';
import { separatorTable } from './contact-scanner.js';
import type { ReadingTables } from './reading-tables.js';

// A compiled listing policy as plain data, to hand to checker threads by
// structured clone: the main thread loads and compiles the store once, and
// every thread checks against that same compilation instead of re-reading
// the files (faster to start, and no thread can see a policy edited
// mid-run). This module and what it imports load no YAML parser and no
// schema validator (`@storepolicy/engine/listing-portable`).

/** `CompiledListingPolicy` without functions: the automaton as its source, places without their documents. */
export type PortableListingPolicy = Omit<CompiledListingPolicy, 'automaton'> & { automaton: AutomatonSource };

export function toPortablePolicy(policy: CompiledListingPolicy): PortableListingPolicy {
  const bare = <T extends Place | undefined>(place: T): T => (place && { ...place, doc: undefined }) as T;
  const bareMap = <T extends Place>(map: ReadonlyMap<string, T>) => new Map([...map].map(([key, place]) => [key, bare(place)]));
  return {
    ...policy,
    automaton: policy.automaton.source,
    termSets: policy.termSets.map((set) => ({ ...set, place: bare(set.place) })),
    statements: policy.statements.map((statement) => ({ ...statement, place: bare(statement.place) })),
    qualifications: policy.qualifications.map((q) => ({ ...q, place: bare(q.place) })),
    title: { ...policy.title, place: bare(policy.title.place) },
    images: { ...policy.images, place: bare(policy.images.place) },
    returns: { statutory: bareMap(policy.returns.statutory), confirmed: bareMap(policy.returns.confirmed), place: bare(policy.returns.place) },
    shipWithin: policy.shipWithin && { ...policy.shipWithin, place: bare(policy.shipWithin.place) },
    forbiddenInserts: policy.forbiddenInserts.map((f) => ({ ...f, place: bare(f.place) })),
  };
}

/** A checker over a policy that came from another thread; its findings carry no related locations. */
export function listingCheckerFromPortable(policy: PortableListingPolicy, options: ListingCheckerOptions = {}): ListingChecker {
  return listingCheckerFor({ ...policy, automaton: buildAutomaton(policy.automaton) }, options);
}

/** This thread's reading tables, for a checker thread to take instead of building its own (reading-tables.ts). */
export function readingTables(): ReadingTables {
  return { ...readAsBuyerTables(), separator: separatorTable() };
}

/** The normalised form of a finding's text (a baseline fingerprint part); light, so threads can use it. */
export { searchForm } from './read-as-buyer.js';

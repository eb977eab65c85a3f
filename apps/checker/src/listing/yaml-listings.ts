import { SEVERITY_RANK, type Diagnostic, type Listing, type PolicyDocument, type Severity } from '@storepolicy/schema';
import { UsageError } from '../exit.js';
import { loadProject, type LoadedProject } from '../io/project.js';
import type { ListingChecker, ListingEngine } from './engine-api.js';

export interface YamlListings {
  project: LoadedProject;
  listings: PolicyDocument<Listing>[];
  /** `metadata.store` of the first listing, to find the store when --store is absent. */
  store?: string;
}

/** Read Listing YAML files (layers 1 and 2); any other kind is a usage mistake. */
export function readYamlListings(files: readonly string[]): YamlListings {
  const project = loadProject(files);
  const listings: PolicyDocument<Listing>[] = [];
  for (const doc of project.documents) {
    if (doc.kind !== 'Listing') {
      throw new UsageError(`${doc.file}: holds a ${doc.kind ?? 'document without kind'}, not a Listing; check listings only`);
    }
    listings.push(doc as PolicyDocument<Listing>);
  }
  const store = listings[0]?.value.metadata.store;
  return store === undefined ? { project, listings } : { project, listings, store };
}

export interface YamlResult {
  diagnostics: Diagnostic[];
  /** Listings (or unreadable files) with a finding at or above --fail-on. */
  failing: number;
}

/** Check each listing document; findings come back located in its YAML (line, column of the characters). */
export function checkYamlListings(
  listings: YamlListings,
  checker: ListingChecker,
  engine: ListingEngine,
  failOn: Severity | 'never',
): YamlResult {
  const threshold = failOn === 'never' ? Infinity : SEVERITY_RANK[failOn];
  const fails = (list: readonly Diagnostic[]) => list.some((d) => SEVERITY_RANK[d.severity] >= threshold);
  const structural = listings.project.diagnostics;
  const diagnostics: Diagnostic[] = [...structural];
  let failing = new Set(structural.filter((d) => SEVERITY_RANK[d.severity] >= threshold).map((d) => d.file)).size;
  for (const doc of listings.listings) {
    const found = engine.listingFindingsToDiagnostics(doc, checker.check(doc.value.spec));
    diagnostics.push(...found);
    if (fails(found)) failing++;
  }
  return { diagnostics, failing };
}

import { SEVERITY_RANK, type Diagnostic, type Listing, type PolicyDocument, type Severity } from '@storepolicy/schema';
import { UsageError } from '../exit.js';
import { listingMessages as m } from './messages.js';
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
      throw new UsageError(m.notListing({ file: doc.file, kind: doc.kind ?? '' }));
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

/** Marks the findings of one file that a waiver covers (`ListingWaivers.apply`). */
export type Waive = (file: string, diagnostics: readonly Diagnostic[], sku: string | undefined) => Diagnostic[];

/**
 * Check each listing document; findings come back located in its YAML (line,
 * column of the characters), and marked `waivedBy` where a waiver covers them.
 */
export function checkYamlListings(
  listings: YamlListings,
  checker: ListingChecker,
  engine: ListingEngine,
  failOn: Severity | 'never',
  waive: Waive = (_file, diagnostics) => [...diagnostics],
): YamlResult {
  const threshold = failOn === 'never' ? Infinity : SEVERITY_RANK[failOn];
  const fails = (list: readonly Diagnostic[]) => list.some((d) => !d.waivedBy && SEVERITY_RANK[d.severity] >= threshold);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of listings.project.diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const structural = [...byFile].flatMap(([file, list]) => waive(file, list, undefined));
  const diagnostics: Diagnostic[] = [...structural];
  let failing = new Set(structural.filter((d) => !d.waivedBy && SEVERITY_RANK[d.severity] >= threshold).map((d) => d.file)).size;
  for (const doc of listings.listings) {
    const found = waive(doc.file, engine.listingFindingsToDiagnostics(doc, checker.check(doc.value.spec)), doc.value.spec.sku);
    diagnostics.push(...found);
    if (fails(found)) failing++;
  }
  return { diagnostics, failing };
}

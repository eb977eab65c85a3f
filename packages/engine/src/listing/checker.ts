import type { StoreBundle } from '../model.js';
import { compilePolicy } from './compile.js';
import type { CompiledListingPolicy, ListingCheckContext, TextHit } from './compiled.js';
import { listingRules } from './rules.js';
import { TextScanner } from './text-scan.js';
import type { ListingChecker, ListingCheckerOptions, ListingFinding, ListingSpec } from './types.js';

/**
 * Compile a store's listing checks once (merged compliance policy, one
 * automaton, category and limit lookups); `check` then costs one pass over
 * the listing's text plus a few comparisons. Not re-entrant: use one checker
 * per worker thread.
 */
export function compileListingChecker(bundle: StoreBundle, options: ListingCheckerOptions = {}): ListingChecker {
  return listingCheckerFor(compilePolicy(bundle), options);
}

/** A checker over an already compiled policy (one a checker thread received, say). */
export function listingCheckerFor(policy: CompiledListingPolicy, options: ListingCheckerOptions = {}): ListingChecker {
  const wanted = options.rules ? new Set(options.rules) : undefined;
  const rules = listingRules.filter((rule) => !wanted || wanted.has(rule.meta.code));
  const scanner = new TextScanner(policy);
  const statementSeen = new Uint8Array(policy.statements.length);
  const hits: TextHit[] = [];
  let findings: ListingFinding[] = [];

  const context: ListingCheckContext = {
    policy,
    category: undefined,
    hits,
    statementSeen,
    emit(meta, f) {
      const finding: ListingFinding = {
        code: meta.code,
        severity: f.severity ?? meta.severity,
        messageId: `${meta.code}.${f.messageId}`,
        params: f.params,
        pointer: f.pointer,
      };
      if (f.start !== undefined) finding.start = f.start;
      if (f.end !== undefined) finding.end = f.end;
      if (f.related) finding.related = f.related;
      if (f.key) finding.key = true;
      findings.push(finding);
    },
  };

  return {
    rules: rules.map((rule) => rule.meta.code),
    check(listing: ListingSpec): ListingFinding[] {
      findings = [];
      hits.length = 0;
      statementSeen.fill(0);
      const category = typeof listing.category === 'string' ? policy.categories.get(listing.category) : undefined;
      context.category = category;
      scanner.scanListing(listing, category?.legalClass, hits, statementSeen);
      for (const rule of rules) rule.check(listing, context);
      return findings;
    },
  };
}

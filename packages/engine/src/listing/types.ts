import type { ListingSpec, MessageParams, PolicyDocument, Severity } from '@storepolicy/schema';

export type { ListingSpec };

/** A place in a policy document that explains a listing finding (where a limit is set). */
export interface ListingRelated {
  doc: PolicyDocument;
  pointer: string;
  /** Full message id, e.g. `listing/ship-promise.limitHere`. */
  messageId: string;
  params: MessageParams;
}

/**
 * One problem in one listing. Pure data, no positions in a file: the bulk
 * path (CSV/NDJSON rows) reports `pointer` + offsets, and
 * `listingFindingsToDiagnostics` turns them into line/column for YAML files.
 */
export interface ListingFinding {
  /** Rule code, e.g. `listing/banned-term`. */
  code: string;
  severity: Severity;
  /** Full message id, e.g. `listing/banned-term.found`. */
  messageId: string;
  params: MessageParams;
  /** JSON pointer inside the listing spec, e.g. `/title`, `/attributes/材质`. */
  pointer: string;
  /** UTF-16 offset of the first offending character inside the string at `pointer`. */
  start?: number;
  /** UTF-16 offset just after the last offending character. */
  end?: number;
  /** True when `start`/`end` are in the name of the member at `pointer` (an attribute key), not in its value. */
  key?: boolean;
  related?: ListingRelated[];
}

export interface ListingCheckerOptions {
  /** Run only these rule codes (default: every `listing/*` rule). */
  rules?: readonly string[];
}

export interface ListingChecker {
  /** Check one listing. Safe to call millions of times: everything is precompiled. */
  check(listing: ListingSpec): ListingFinding[];
  /** The rule codes this checker runs, in report order. */
  readonly rules: readonly string[];
}

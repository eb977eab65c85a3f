import type { Diagnostic, PolicyDocument, PolicyTest, Promotion } from '@storepolicy/schema';
import type { StoreBundle } from '../model.js';
import type { CatalogItem, PriceRow } from '../pricing/types.js';

/** What an input_file held once read: its documents and its YAML findings. */
export interface LoadedInputFile {
  documents: PolicyDocument[];
  diagnostics: Diagnostic[];
}

/** The dry-run contract of the pricing area (issue 3). */
export type DryRun = (input: {
  bundle: StoreBundle;
  proposals: PolicyDocument<Promotion>[];
  catalog: CatalogItem[];
  now: Date;
}) => { diagnostics: Diagnostic[]; prices: PriceRow[] };

export interface PolicyTestRunInput {
  /** The PolicyTest documents to run (structurally valid). */
  tests: PolicyDocument<PolicyTest>[];
  /** Every structurally valid document of the repository (policies, calendars, bases). */
  documents: PolicyDocument[];
  /** input_file contents by resolved path (see `inputFilesOf`); a missing entry fails the case. */
  inputFiles: ReadonlyMap<string, LoadedInputFile>;
  /** Catalogue per store id, for promotion dry-runs. */
  catalogs?: ReadonlyMap<string, CatalogItem[]>;
  /** The instant cases run at unless the test or case sets `now`. */
  now: Date;
  /** Promotion pricing; the engine's own `dryRun` unless a caller swaps it (tests of the comparison). */
  dryRun?: DryRun;
  /** Longest waiver horizon for Waiver inputs (`--waiver-max-days`). */
  waiverMaxDays?: number;
  /**
   * Where the run stands (as `validate` passes them to `applyWaivers`): a
   * Waiver input names files from the repository root, findings name them as
   * the user did, from the working directory.
   */
  waiverPaths?: { rootDir: string; workDir?: string };
}

/** One expectation that did not hold, as a located `test/failed` finding plus a diff line. */
export interface CaseFailure {
  diagnostic: Diagnostic;
  /** Expected side of the diff (`-`), e.g. `tiers/price-floor at /spec/tiers/1`; empty when nothing was expected. */
  expected: string;
  /** Actual side of the diff (`+`). */
  actual: string;
}

export interface CaseResult {
  /** Test file and the test's store and name. */
  file: string;
  store: string;
  test: string;
  /** The case name (the test name in every output). */
  name: string;
  index: number;
  line: number;
  column: number;
  passed: boolean;
  failures: CaseFailure[];
  /** Every finding the case produced (input and policy findings, waived ones marked). */
  findings: Diagnostic[];
  prices: PriceRow[];
  durationMs: number;
}

export interface PolicyTestRun {
  cases: CaseResult[];
  /** Rule codes no case expects to see (no test proves the rule fires). */
  uncovered: string[];
}

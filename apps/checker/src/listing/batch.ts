import type { BaselineSetup } from './baseline.js';
import type { PortableListingPolicy } from '@storepolicy/engine/listing-portable';
import type { ReadingTables } from '@storepolicy/engine/reading-tables';
import type { MessageCatalog, MessageParams, Severity } from '@storepolicy/schema';
import type { ColumnPlan } from './header-map.js';

// Messages between the reader (main thread) and the checkers (worker
// threads or, for small inputs, the main thread itself). Everything here is
// plain data so it crosses a worker boundary by structured clone.

/** Whole lines of an NDJSON file; `firstLine` is the 1-based line of the first one. */
export interface NdjsonTask {
  kind: 'ndjson';
  firstLine: number;
  bytes: Uint8Array;
  /** Lines dropped for being longer than the limit (left empty in `bytes`): index in the batch -> their size. */
  tooLong?: Record<number, number>;
  /** The store's waivers that may cover findings of this file (absent: none). */
  waivers?: RowWaiver[];
}

/** Parsed CSV records with the line each starts on and its record number. */
export interface CsvTask {
  kind: 'csv';
  plan: ColumnPlan;
  firstRecord: number;
  lines: number[];
  records: string[][];
  /**
   * Records that could not be read (wrong field count, a quote left open...),
   * reported in place; `column` is where on the record's line the trouble
   * starts (an opening quote), when known.
   */
  broken?: { index: number; detail: string; column?: number }[];
  /**
   * Each record's raw text (from its first character to the end of its last
   * field), kept only when findings are to be located in the file.
   */
  raws?: string[];
  /** The store's waivers that may cover findings of this file (absent: none). */
  waivers?: RowWaiver[];
}

export type Task = NdjsonTask | CsvTask;

/** Who waived a finding, as the report shows it (Diagnostic.waivedBy). */
export interface WaivedBy {
  file: string;
  reason: string;
  expires: string;
  /** A known finding of `--baseline` (the file is the baseline), not a waiver: counted apart from waived ones. */
  baseline?: true;
}

/**
 * A waiver as a checker thread needs it: its rule and the parts of its
 * target that a row can match (the file was matched by the main thread).
 * `live` is false for a waiver that waives nothing (expired, no or too far
 * expiry): its matches are only recorded, to report it where it mattered.
 */
export interface RowWaiver {
  id: number;
  rule: string;
  pointer?: string;
  sku?: string;
  live: boolean;
  by: WaivedBy;
}

/** One finding of one row, positions inside the field's string. */
export interface RowFinding {
  code: string;
  severity: Severity;
  /** Full message id (`listing/banned-term.found`). */
  messageId: string;
  params: MessageParams;
  /** Pointer inside the listing (`/title`). */
  pointer: string;
  start?: number;
  end?: number;
  /** `start`/`end` (or the finding itself) are about the member's name at `pointer` (an attribute key, an unknown key), not its value. */
  key?: boolean;
  /** A window of the field's text around the span, for a caret under it. */
  excerpt?: { text: string; start: number; end: number };
  /**
   * Where the offending characters are in the input file (1-based, end
   * exclusive, columns in UTF-16 code units of the decoded text): set only
   * when findings are located (report formats other than pretty and ndjson).
   */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Set when one of the store's waivers covers the finding: reported, counted apart. */
  waivedBy?: WaivedBy;
}

export interface RowResult {
  /** NDJSON: line number; CSV: record number (1 = first row after the header). */
  row: number;
  /** Line in the input file where the row starts. */
  line: number;
  sku?: string;
  findings: RowFinding[];
}

/** Per rule code: [errors, warnings, infos, waived, known in the baseline] (the last two are in no severity column). */
export type RuleCounts = Record<string, [number, number, number, number, number]>;

export interface TaskResult {
  /**
   * `--format ndjson`: the output lines of the batch, in order, already UTF-8:
   * bytes move between threads without a copy, a string would be cloned twice.
   */
  ndjson?: Uint8Array;
  /** Other formats: only the rows that have findings. */
  rows?: RowResult[];
  checked: number;
  /** Rows with at least one unwaived finding at or above --fail-on. */
  /** Rows that could not be read at all (bad JSON or bytes, a broken CSV record). */
  unreadable?: number;
  failing: number;
  counts: RuleCounts;
  /** Ids of the task's waivers that matched a finding (live or not). */
  waiversMatched?: number[];
  /** `--write-baseline`: the fingerprints of the batch's unwaived findings (baseline.ts). */
  fingerprints?: string[];
}

export interface WorkerSetup {
  /** The store's listing policy, compiled once by the main thread. */
  policy: PortableListingPolicy;
  /** The normaliser's tables, built once by the main thread (engine reading-tables.ts). */
  tables?: ReadingTables;
  /** Messages of the listing rules, for --format ndjson lines. */
  catalog: MessageCatalog;
  lang: 'en' | 'zh';
  ndjson: boolean;
  failOn: Severity | 'never';
  encoding: string;
  /** Locate each finding in the file (line, column), for the report formats. */
  positions?: boolean;
  /** `--baseline`: findings it knows are counted apart, like waived ones. */
  baseline?: BaselineSetup;
  /** `--write-baseline`: return each batch's fingerprints. */
  fingerprints?: boolean;
}

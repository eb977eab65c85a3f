import type { MessageParams, Severity } from '@storepolicy/schema';
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
}

/** Parsed CSV records with the line each starts on and its record number. */
export interface CsvTask {
  kind: 'csv';
  plan: ColumnPlan;
  firstRecord: number;
  lines: number[];
  records: string[][];
  /** Records csv-parse could not read (wrong field count...), reported in place. */
  broken?: { index: number; detail: string }[];
}

export type Task = NdjsonTask | CsvTask;

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
  /** A window of the field's text around the span, for a caret under it. */
  excerpt?: { text: string; start: number; end: number };
}

export interface RowResult {
  /** NDJSON: line number; CSV: record number (1 = first row after the header). */
  row: number;
  /** Line in the input file where the row starts. */
  line: number;
  sku?: string;
  findings: RowFinding[];
}

/** Per rule code: [errors, warnings, infos]. */
export type RuleCounts = Record<string, [number, number, number]>;

export interface TaskResult {
  /**
   * `--format ndjson`: the output lines of the batch, in order, already UTF-8:
   * bytes move between threads without a copy, a string would be cloned twice.
   */
  ndjson?: Uint8Array;
  /** Other formats: only the rows that have findings. */
  rows?: RowResult[];
  checked: number;
  /** Rows with at least one finding at or above --fail-on. */
  failing: number;
  counts: RuleCounts;
}

export interface WorkerSetup {
  /** The store's policy folder; each thread loads and compiles it once. */
  storeDir: string;
  storeId: string;
  lang: 'en' | 'zh';
  ndjson: boolean;
  failOn: Severity | 'never';
  encoding: string;
}

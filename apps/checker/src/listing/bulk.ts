import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BaselineSetup } from './baseline.js';
import { Readable } from 'node:stream';
import type { PortableListingPolicy } from '@storepolicy/engine/listing-portable';
import type { ReadingTables } from '@storepolicy/engine/reading-tables';
import type { Lang, MessageCatalog, Severity } from '@storepolicy/schema';
import type { RowResult, RowWaiver, RuleCounts, Task, TaskResult } from './batch.js';
import { csvTasks } from './csv-reader.js';
import { decoderLabel, type Encoding } from './encoding.js';
import type { ListingChecker } from './engine-api.js';
import type { TargetField } from './fields.js';
import type { BulkInput } from './inputs.js';
import { fileSource, memorySource, streamSource } from './byte-source.js';
import { ndjsonTasks, SpareBuffers } from './ndjson-reader.js';
import type { ColumnPlan } from './header-map.js';
import { cellPositions } from './raw-position.js';
import { startPool } from './pool.js';
import { startProgress } from './progress.js';
import { RowChecker } from './row-checker.js';
import { runtime } from '../io/runtime.js';

export interface BulkOptions {
  inputs: readonly BulkInput[];
  /** The store's compiled listing policy, as threads receive it: only when threads are started. */
  portablePolicy: () => PortableListingPolicy;
  /** The normaliser's tables of this thread, handed to checker threads so they need not build their own. */
  readingTables?: () => ReadingTables;
  /** The store's checker for this thread, compiled on first use: only when no threads are started. */
  checker: () => ListingChecker;
  catalog: MessageCatalog;
  lang: Lang;
  failOn: Severity | 'never';
  ndjson: boolean;
  encoding: Encoding;
  columns: Readonly<Record<string, TargetField>>;
  /** Threads; undefined = decide from the input size. */
  jobs: number | undefined;
  /** True when results go to --output, not to stdout. */
  writesToFile: boolean;
  /** Locate each finding in the file (line and column of its characters): for the report formats. */
  positions?: boolean;
  /** The store's waivers that may cover findings of `file` (as the report names it). */
  waiversFor?: (file: string) => RowWaiver[];
  /** `--baseline`: the known findings, counted apart. */
  baseline?: BaselineSetup;
  /** `--write-baseline`: each result carries its fingerprints. */
  fingerprints?: boolean;
  /** Called with each result, strictly in input order. */
  onRows(file: string, result: TaskResult): Promise<void> | void;
  /** Called once per CSV file with the columns nobody reads (SPEC section 9: named, never silent). */
  onUncheckedColumns?(file: string, columns: UncheckedColumn[]): void;
}

/** A CSV column whose cells are not checked, and where its header is. */
export interface UncheckedColumn {
  header: string;
  /** Set when another column already fills this field (the first one wins). */
  field?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface BulkTotals {
  listings: number;
  failing: number;
  /** Rows that could not be read at all, counted in `listings` too. */
  unreadable?: number;
  counts: RuleCounts;
  /** Ids of the waivers that matched a finding. */
  waiversMatched: Set<number>;
}

/**
 * Threads cost about 0.2 s to start and each warms up its own JIT: on this
 * project's 2-core bench data the main thread alone finishes first below
 * about 60 MB of NDJSON (37 MB: 1.11 s alone, 1.27 s with two threads;
 * 73 MB: 1.73 s alone, 1.51 s with two).
 */
const THREADS_FROM_BYTES = 64 * 1024 * 1024;

/**
 * Stream every bulk input through the checkers, in order. Memory stays flat:
 * the reader waits whenever the threads are two batches behind, and each
 * result is written out and dropped as soon as it is next in line.
 */
export async function runBulk(options: BulkOptions): Promise<BulkTotals> {
  const totals: BulkTotals = { listings: 0, failing: 0, counts: {}, waiversMatched: new Set() };
  const knownBytes = options.inputs.every((i) => i.size !== undefined)
    ? options.inputs.reduce((n, i) => n + (i.size ?? 0), 0)
    : undefined;
  const progress = startProgress(knownBytes);
  const printsToTerminal = Boolean(runtime().stdout.isTTY) && !options.writesToFile;
  const threads = options.jobs ?? (knownBytes === undefined || knownBytes > THREADS_FROM_BYTES ? availableParallelism() : 0);
  const files: string[] = [];
  const deliver = async (result: TaskResult) => {
    const file = files.shift()!;
    totals.listings += result.checked;
    totals.failing += result.failing;
    if (result.unreadable) totals.unreadable = (totals.unreadable ?? 0) + result.unreadable;
    mergeCounts(totals.counts, result.counts);
    for (const id of result.waiversMatched ?? []) totals.waiversMatched.add(id);
    // results and the bar may share one terminal: print on a clean line, then redraw
    if (printsToTerminal) progress.clear();
    await options.onRows(file, result);
    progress.addRows(result.checked);
  };
  const rowOptions = {
    lang: options.lang,
    ndjson: options.ndjson,
    failOn: options.failOn,
    encoding: decoderLabel(options.encoding),
    positions: options.positions === true,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.fingerprints ? { fingerprints: true } : {}),
  };
  const spares = new SpareBuffers();
  const pool =
    threads > 0
      ? startPool(threads, { ...rowOptions, policy: options.portablePolicy(), catalog: options.catalog, ...(options.readingTables ? { tables: options.readingTables() } : {}) }, deliver, spares)
      : inlinePool(new RowChecker(options.checker(), options.catalog, rowOptions), deliver, spares);
  try {
    for (const input of options.inputs) {
      const label = input.file === '-' ? '<stdin>' : input.file;
      const onBytes = (n: number) => progress.addBytes(n);
      const keepRaw = rowOptions.positions;
      const tasks =
        input.kind === 'ndjson'
          ? ndjsonTasks(input.content ? memorySource(input.content) : input.file === '-' ? streamSource(runtime().stdin, onBytes) : await fileSource(input.file, onBytes), spares)
          : csvTasks(input.content ? Readable.from([Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength)]) : open(input.file), {
              file: label,
              encoding: options.encoding,
              columns: options.columns,
              onBytes,
              keepRaw,
              onPlan: (plan, line, raw) => reportUnchecked(options, label, plan, line, raw),
            });
      const waivers = options.waiversFor?.(label) ?? [];
      for await (const task of tasks) {
        if (waivers.length > 0) task.waivers = waivers;
        files.push(label);
        await pool.submit(task);
      }
    }
    await pool.close();
  } catch (error) {
    pool.destroy();
    throw error;
  } finally {
    progress.done();
  }
  return totals;
}

function reportUnchecked(options: BulkOptions, file: string, plan: ColumnPlan, line: number, raw: string): void {
  if (!options.onUncheckedColumns || plan.unchecked.length === 0) return;
  const cells = cellPositions(raw);
  options.onUncheckedColumns(
    file,
    plan.unchecked.map(({ index, header, field }) => {
      const at = cells[index] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const column: UncheckedColumn = { header, line: line + at.line - 1, column: at.column, endLine: line + at.endLine - 1, endColumn: at.endColumn };
      if (field !== undefined) column.field = field;
      return column;
    }),
  );
}

function open(file: string): Readable {
  return file === '-' ? runtime().stdin : createReadStream(file, { highWaterMark: 1024 * 1024 });
}

/** Same contract as the thread pool, for small inputs: check right here. */
function inlinePool(checker: RowChecker, deliver: (result: TaskResult) => Promise<void>, spares: SpareBuffers) {
  return {
    async submit(task: Task) {
      const result = checker.run(task);
      // checked: the batch's bytes can be filled again
      if (task.kind === 'ndjson') spares.give(task.bytes.buffer as ArrayBuffer);
      await deliver(result);
    },
    async close() {},
    destroy() {},
  };
}

function mergeCounts(into: RuleCounts, from: RuleCounts): void {
  for (const [code, [e, w, i, waived, known]] of Object.entries(from)) {
    const entry = (into[code] ??= [0, 0, 0, 0, 0]);
    entry[0] += e;
    entry[1] += w;
    entry[2] += i;
    entry[3] += waived;
    entry[4] += known;
  }
}

export type { RowResult };

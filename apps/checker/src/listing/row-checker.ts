import { SEVERITY_RANK, type MessageCatalog, type Severity } from '@storepolicy/schema/core';
import { Buffer, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { ListingSpec } from '@storepolicy/schema';
import type { NdjsonTask, Task, TaskResult, RowFinding, RowResult, WorkerSetup } from './batch.js';
import { MAX_LINE_BYTES } from './ndjson-reader.js';
import { csvRecordToListing } from './csv-row.js';
import type { ListingChecker } from './engine-api.js';
import { MessageRenderer } from './message-renderer.js';
import { isCleanListingRow } from './row-fast-check.js';
import { JSON_MESSAGE_IDS, jsonProblem } from './json-error.js';
import { duplicateKeyError } from './duplicate-keys.js';
import { parseListingRow, type RowError } from './row-schema.js';
import { fieldName, inputRow, toRowFinding } from './row-finding.js';
import { csvLocator, ndjsonPosition, placeFindings, type Locate } from './raw-position.js';
import { RowWaivers } from './row-waivers.js';
import { BaselineMatcher, fingerprint } from './baseline.js';
import { unknownKeyFindings } from './row-keys.js';
import { asciiBytes, ResultBytes } from './result-bytes.js';

const SEVERITY_INDEX: Record<Severity, 0 | 1 | 2> = { error: 0, warning: 1, info: 2 };
const INPUT_CODE = 'listing/input';
/** `listing/input` messages of a row that could not be read at all (not one with a wrong field). */
const UNREADABLE = new Set([...JSON_MESSAGE_IDS, 'encoding', 'tooLong', 'csv', 'notObject'].map((id) => `${INPUT_CODE}.${id}`));
const SAME_NAME = (field: string) => field;
const NO_ERRORS: RowError[] = [];
const NO_FINDINGS: RowFinding[] = [];
/** A SKU that is JSON as it stands, in ASCII (the SKU pattern's characters). */
const PLAIN_SKU = /^[A-Za-z0-9._-]*$/;
// the constant parts of a clean row's line
const ROW_OPEN = asciiBytes('{"row":');
const SKU_OPEN = asciiBytes(',"sku":"');
const CLEAN_CLOSE = asciiBytes('","ok":true,"findings":[]}\n');

/** What a row checker needs of the run's setup (the same on the main thread and on checker threads). */
export type RowCheckerOptions = Pick<WorkerSetup, 'lang' | 'ndjson' | 'failOn' | 'encoding' | 'positions' | 'baseline' | 'fingerprints'>;

/**
 * Checks batches of rows: decode, parse, validate the shape, run the
 * listing rules, and shape the results. The same code runs in a worker
 * thread and, for small inputs, on the main thread.
 */
export class RowChecker {
  private readonly threshold: number;
  private readonly decoder: TextDecoder;
  private readonly utf8: boolean;
  private readonly messages: MessageRenderer;
  // the batch being checked (run() is not re-entrant: one checker per thread)
  private result: TaskResult = { checked: 0, failing: 0, counts: {} };
  private readonly out = new ResultBytes();
  /** `"field"` values as JSON, by pointer (a handful of distinct fields). */
  private readonly fieldJson = new Map<string, string>();
  private rows: RowResult[] = [];
  // findings located in the file (report formats), and the file's waivers, per batch
  private locate: Locate | undefined;
  private waivers: RowWaivers | undefined;
  /** Raw text of the row being checked, to locate its findings (only read when it has some). */
  private raw: string | undefined;
  private readonly baseline: BaselineMatcher | undefined;

  constructor(
    private readonly checker: ListingChecker,
    catalog: MessageCatalog,
    private readonly options: RowCheckerOptions,
  ) {
    this.baseline = options.baseline && new BaselineMatcher(options.baseline);
    this.threshold = options.failOn === 'never' ? Infinity : SEVERITY_RANK[options.failOn];
    this.decoder = new TextDecoder(options.encoding, { fatal: true });
    this.utf8 = this.decoder.encoding === 'utf-8';
    this.messages = new MessageRenderer(catalog, options.lang);
  }

  run(task: Task): TaskResult {
    const result: TaskResult = { checked: 0, failing: 0, counts: {} };
    this.result = result;
    this.rows = [];
    this.locate = this.options.positions ? (task.kind === 'ndjson' ? ndjsonPosition : csvLocator(task.plan.fields)) : undefined;
    this.waivers = task.waivers ? new RowWaivers(task.waivers) : undefined;
    if (task.kind === 'ndjson') this.runNdjson(task);
    else this.runCsv(task);
    if (this.waivers && this.waivers.matched.size > 0) result.waiversMatched = [...this.waivers.matched];
    // the batch's lines, already UTF-8, in a buffer of their own (safe to transfer)
    if (this.options.ndjson) result.ndjson = this.out.take();
    else result.rows = this.rows;
    this.rows = [];
    return result;
  }

  /**
   * A listing with no findings: nine rows in ten of a real catalogue, so this
   * allocates nothing, its output line included (written as bytes). The SKU
   * passed the SKU pattern (letters, digits, `._-`): it needs no JSON escaping.
   */
  private emitClean(row: number, sku: string): void {
    this.result.checked++;
    this.raw = undefined; // this row's text must not be taken for the next row's
    if (!this.options.ndjson) return;
    const out = this.out;
    out.raw(ROW_OPEN);
    out.int(row);
    if (PLAIN_SKU.test(sku)) {
      out.raw(SKU_OPEN);
      out.ascii(sku);
      out.raw(CLEAN_CLOSE);
    } else out.text(`,"sku":${JSON.stringify(sku)},"ok":true,"findings":[]}\n`);
  }

  /** A row with findings (or an input error), or an empty line (one output line each, but no listing). */
  private emit(row: RowResult, empty = false): void {
    const result = this.result;
    if (!empty) result.checked++;
    if (row.findings.length > 0) {
      if (this.waivers) this.waivers.apply(row.findings, row.sku);
      if (this.options.fingerprints) {
        const prints = (result.fingerprints ??= []);
        for (const f of row.findings) {
          const print = f.waivedBy ? undefined : fingerprint(row.sku, f.code, f.pointer, f.params);
          if (print !== undefined) prints.push(print);
        }
      }
      if (this.baseline) this.baseline.apply(row.findings, row.sku);
      if (this.locate && this.raw !== undefined) placeFindings(row.findings, this.raw, row.line, this.locate);
    }
    this.raw = undefined;
    let failing = false;
    // `ok` is the truth about the row whatever --fail-on says (SPEC section 9):
    // a pipeline filtering on it must never pass a row with an error, nor one
    // that could not be read (a `listing/input` finding, even a waived one)
    let ok = true;
    for (const f of row.findings) {
      const entry = (result.counts[f.code] ??= [0, 0, 0, 0, 0]);
      if (f.code === INPUT_CODE) ok = false;
      // a waived finding, or one the baseline knows, is counted apart and fails nothing
      if (f.waivedBy) {
        entry[f.waivedBy.baseline ? 4 : 3]++;
        continue;
      }
      entry[SEVERITY_INDEX[f.severity]]++;
      if (f.severity === 'error') ok = false;
      if (SEVERITY_RANK[f.severity] >= this.threshold) failing = true;
    }
    if (failing) result.failing++;
    if (row.findings.some((f) => f.code === INPUT_CODE && f.pointer === '' && UNREADABLE.has(f.messageId))) result.unreadable = (result.unreadable ?? 0) + 1;
    if (this.options.ndjson) this.writeLine(row, ok && !failing, empty);
    else if (row.findings.length > 0) this.rows.push(row);
  }

  private runNdjson(task: NdjsonTask): void {
    const { bytes, firstLine, tooLong } = task;
    if (this.utf8 && isUtf8(bytes)) {
      // simdutf validates the batch at once; then each line is decoded on its
      // own: short strings die young, where one big string and its split
      // pieces would be old-generation garbage (a fifth less CPU per row)
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      for (let start = 0, i = 0; start < buffer.length; i++) {
        let end = buffer.indexOf(0x0a, start);
        if (end < 0) end = buffer.length;
        this.checkLine(buffer.toString('utf8', start, end), firstLine + i, tooLong?.[i]);
        start = end + 1;
      }
      return;
    }
    let lines: (string | undefined)[];
    try {
      lines = this.utf8 ? this.decodeLineByLine(bytes) : this.decoder.decode(bytes).split('\n');
    } catch {
      lines = this.decodeLineByLine(bytes);
    }
    // the batch ends with a newline, so the last piece is the empty rest
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    for (let i = 0; i < lines.length; i++) this.checkLine(lines[i], firstLine + i, tooLong?.[i]);
  }

  /** One NDJSON line; undefined when it could not be decoded. */
  private checkLine(line: string | undefined, row: number, tooLongBytes: number | undefined): void {
    if (tooLongBytes !== undefined) {
      this.emit(inputRow(row, row, [{ messageId: 'tooLong', params: { bytes: tooLongBytes, limit: MAX_LINE_BYTES }, pointer: '' }]));
      return;
    }
    if (line === undefined) {
      this.emit(inputRow(row, row, [{ messageId: 'encoding', params: { encoding: this.options.encoding }, pointer: '' }]));
      return;
    }
    const text = line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
    // almost every line starts with "{": only look further when it does not
    if (text.charCodeAt(0) !== 123 && text.trim() === '') {
      this.emit({ row, line: row, findings: [] }, true);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // said from our message table in the report's language, at the character the strict parser stopped at
      const problem = jsonProblem(text);
      const bad = inputRow(row, row, [{ messageId: problem.messageId, params: problem.params, pointer: '' }]);
      if (problem.offset >= 0) {
        const column = problem.offset + 1;
        Object.assign(bad.findings[0]!, { line: row, column, endLine: row, endColumn: column + 1 });
      }
      this.emit(bad);
      return;
    }
    const spec = unwrapDocument(value);
    const duplicate = duplicateKeyError(text, value, spec !== value);
    this.checkValue(spec, row, row, SAME_NAME, duplicate ? [duplicate] : NO_ERRORS, text);
  }

  /** A chunk with bad bytes: decode each line alone so only the bad lines are lost. */
  private decodeLineByLine(bytes: Uint8Array): (string | undefined)[] {
    const lines: (string | undefined)[] = [];
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      try {
        lines.push(this.decoder.decode(bytes.subarray(start, end)));
      } catch {
        lines.push(undefined);
      }
      start = end + 1;
    }
    lines.push('');
    return lines;
  }

  private runCsv(task: Extract<Task, { kind: 'csv' }>): void {
    const broken = new Map((task.broken ?? []).map((b) => [b.index, b]));
    const headerOf = new Map<string, string>();
    task.plan.fields.forEach((field, i) => field && headerOf.set(field, task.plan.headers[i]!));
    const label = (field: string) => {
      const header = headerOf.get(field) ?? headerOf.get(field.split('.').slice(0, 2).join('.'));
      return header && header !== field ? `${header} (${field})` : field;
    };
    for (let i = 0; i < task.records.length; i++) {
      const row = task.firstRecord + i;
      const line = task.lines[i]!;
      const bad = broken.get(i);
      if (bad !== undefined) {
        const unreadable = inputRow(row, line, [{ messageId: 'csv', params: { detail: bad.detail }, pointer: '' }]);
        // at the opening quote of a quote left open, so the report shows where to look
        if (bad.column !== undefined) Object.assign(unreadable.findings[0]!, { line, column: bad.column, endLine: line, endColumn: bad.column + 1 });
        this.emit(unreadable);
        continue;
      }
      const { value, errors } = csvRecordToListing(task.records[i]!, task.plan);
      this.checkValue(value, row, line, label, errors, task.raws?.[i]);
    }
  }

  /** `raw`: the row's text in the file (the NDJSON line, the CSV record), to locate its findings. */
  private checkValue(value: unknown, row: number, line: number, label: (f: string) => string, earlier: RowError[], raw?: string): void {
    this.raw = raw;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      this.emit(inputRow(row, line, [{ messageId: 'notObject', params: { got }, pointer: '' }]));
      return;
    }
    // the hot path: a row in the shape zod would accept skips zod (row-fast-check.ts)
    if (earlier.length === 0 && isCleanListingRow(value as Record<string, unknown>)) {
      this.checkSpec(value as ListingSpec, row, line);
      return;
    }
    // keys zod would silently strip (a misspelt `descripton`): reported, and the rest of the row still checked
    const unknown = unknownKeyFindings(value as Record<string, unknown>, row);
    const parsed = parseListingRow(value, label);
    if (!parsed.ok || earlier.length > 0) {
      const errors = parsed.ok ? earlier : [...earlier, ...parsed.errors.filter((e) => !earlier.some((x) => x.pointer === e.pointer))];
      const sku = parsed.ok ? parsed.spec.sku : parsed.sku;
      const bad = inputRow(row, line, errors, sku);
      if (unknown.length > 0) bad.findings.unshift(...unknown);
      this.emit(bad);
      return;
    }
    this.checkSpec(parsed.spec, row, line, unknown);
  }

  /** Run the listing rules on a row of the right shape; `earlier`: findings about the row itself (unknown keys). */
  private checkSpec(spec: ListingSpec, row: number, line: number, earlier: RowFinding[] = NO_FINDINGS): void {
    const found = this.checker.check(spec);
    if (found.length === 0 && earlier.length === 0) {
      this.emitClean(row, spec.sku);
      return;
    }
    // ndjson lines need no excerpt: hand the engine's findings on as they are
    const findings: RowFinding[] = this.options.ndjson ? found : found.map((f) => toRowFinding(f, spec));
    if (earlier.length > 0) findings.unshift(...earlier);
    this.emit({ row, line, sku: spec.sku, findings });
  }

  private fieldOf(pointer: string): string {
    let json = this.fieldJson.get(pointer);
    if (json === undefined) {
      json = JSON.stringify(fieldName(pointer));
      // attribute names are free text: keep the memo bounded
      if (this.fieldJson.size < 1024) this.fieldJson.set(pointer, json);
    }
    return json;
  }

  /**
   * The row's output line, written straight into the batch's bytes: only free
   * text (messages, a field or SKU with odd characters, a waiver) goes through
   * the UTF-8 encoder; no line string is built (rows with findings are a
   * fifth of the benchmark's rows, and their lines were a tenth of a thread's CPU).
   */
  private writeLine(row: RowResult, ok: boolean, empty: boolean): void {
    const out = this.out;
    out.ascii('{"row":');
    out.int(row.row);
    if (row.sku !== undefined) {
      if (PLAIN_SKU.test(row.sku)) {
        out.ascii(',"sku":"');
        out.ascii(row.sku);
        out.ascii('"');
      } else {
        out.ascii(',"sku":');
        out.text(JSON.stringify(row.sku));
      }
    }
    out.ascii(ok ? ',"ok":true' : ',"ok":false');
    if (empty) {
      out.ascii(',"empty":true,"findings":[]}\n');
      return;
    }
    out.ascii(',"findings":[');
    for (let i = 0; i < row.findings.length; i++) {
      const f = row.findings[i]!;
      // codes and severities are identifiers (ASCII); only free text needs escaping
      out.ascii(i === 0 ? '{"code":"' : ',{"code":"');
      out.ascii(f.code);
      out.ascii('","severity":"');
      out.ascii(f.severity);
      out.ascii('","message":');
      out.text(this.messages.renderJson(f.messageId, f.params));
      out.ascii(',"field":');
      out.text(this.fieldOf(f.pointer));
      if (f.start !== undefined) {
        out.ascii(',"start":');
        out.int(f.start);
        out.ascii(',"end":');
        out.int(f.end!);
      }
      if (f.key) out.ascii(',"key":true');
      if (f.waivedBy) out.text(f.waivedBy.baseline ? `,"baseline":${JSON.stringify(f.waivedBy.file)}` : `,"waivedBy":${JSON.stringify(f.waivedBy)}`);
      out.ascii('}');
    }
    out.ascii(']}\n');
  }
}

/** A row accepted as a whole Listing document is checked by its spec. */
function unwrapDocument(value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'Listing' && 'spec' in value) {
    return (value as { spec: unknown }).spec;
  }
  return value;
}

import { SEVERITY_RANK, type MessageCatalog, type Severity } from '@storepolicy/schema';
import { Buffer, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { NdjsonTask, Task, TaskResult, RowFinding, RowResult, RuleCounts } from './batch.js';
import { MAX_LINE_BYTES } from './ndjson-reader.js';
import { csvRecordToListing } from './csv-row.js';
import type { ListingChecker } from './engine-api.js';
import { MessageRenderer } from './message-renderer.js';
import { parseListingRow, type RowError } from './row-schema.js';
import { fieldName, inputRow, toRowFinding } from './row-finding.js';

const SEVERITY_INDEX: Record<Severity, 0 | 1 | 2> = { error: 0, warning: 1, info: 2 };
type Emit = (row: RowResult, empty?: boolean) => void;
const SAME_NAME = (field: string) => field;
const NO_ERRORS: RowError[] = [];
// encode() always returns a fresh buffer of its own, safe to transfer
const ENCODER = new TextEncoder();

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

  constructor(
    private readonly checker: ListingChecker,
    catalog: MessageCatalog,
    private readonly options: { lang: 'en' | 'zh'; ndjson: boolean; failOn: Severity | 'never'; encoding: string },
  ) {
    this.threshold = options.failOn === 'never' ? Infinity : SEVERITY_RANK[options.failOn];
    this.decoder = new TextDecoder(options.encoding, { fatal: true });
    this.utf8 = this.decoder.encoding === 'utf-8';
    this.messages = new MessageRenderer(catalog, options.lang);
  }

  run(task: Task): TaskResult {
    const result: TaskResult = { checked: 0, failing: 0, counts: {} };
    const out: string[] | undefined = this.options.ndjson ? [] : undefined;
    const rows: RowResult[] = [];
    const emit = (row: RowResult, empty = false) => {
      // a blank line still gets its output line (one per input line) but is no listing
      if (!empty) result.checked++;
      count(result.counts, row.findings);
      const failing = row.findings.some((f) => SEVERITY_RANK[f.severity] >= this.threshold);
      if (failing) result.failing++;
      if (out) out.push(this.ndjsonLine(row, failing, empty));
      else if (row.findings.length > 0) rows.push(row);
    };
    if (task.kind === 'ndjson') this.runNdjson(task, emit);
    else this.runCsv(task, emit);
    if (out) result.ndjson = ENCODER.encode(out.join(''));
    else result.rows = rows;
    return result;
  }

  private runNdjson(task: NdjsonTask, emit: Emit): void {
    const { bytes, firstLine, tooLong } = task;
    if (this.utf8 && isUtf8(bytes)) {
      // simdutf validates the batch at once; then each line is decoded on its
      // own: short strings die young, where one big string and its split
      // pieces would be old-generation garbage (a fifth less CPU per row)
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      for (let start = 0, i = 0; start < buffer.length; i++) {
        let end = buffer.indexOf(0x0a, start);
        if (end < 0) end = buffer.length;
        this.checkLine(buffer.toString('utf8', start, end), firstLine + i, tooLong?.[i], emit);
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
    for (let i = 0; i < lines.length; i++) this.checkLine(lines[i], firstLine + i, tooLong?.[i], emit);
  }

  /** One NDJSON line; undefined when it could not be decoded. */
  private checkLine(line: string | undefined, row: number, tooLongBytes: number | undefined, emit: Emit): void {
    if (tooLongBytes !== undefined) {
      emit(inputRow(row, row, [{ messageId: 'tooLong', params: { bytes: tooLongBytes, limit: MAX_LINE_BYTES }, pointer: '' }]));
      return;
    }
    if (line === undefined) {
      emit(inputRow(row, row, [{ messageId: 'encoding', params: { encoding: this.options.encoding }, pointer: '' }]));
      return;
    }
    const text = line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
    // almost every line starts with "{": only look further when it does not
    if (text.charCodeAt(0) !== 123 && text.trim() === '') {
      emit({ row, line: row, findings: [] }, true);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      emit(inputRow(row, row, [{ messageId: 'json', params: { detail: (error as Error).message }, pointer: '' }]));
      return;
    }
    emit(this.checkValue(unwrapDocument(value), row, row, SAME_NAME, NO_ERRORS));
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

  private runCsv(task: Extract<Task, { kind: 'csv' }>, emit: (row: RowResult) => void): void {
    const broken = new Map((task.broken ?? []).map((b) => [b.index, b.detail]));
    const headerOf = new Map<string, string>();
    task.plan.fields.forEach((field, i) => field && headerOf.set(field, task.plan.headers[i]!));
    const label = (field: string) => {
      const header = headerOf.get(field) ?? headerOf.get(field.split('.').slice(0, 2).join('.'));
      return header && header !== field ? `${header} (${field})` : field;
    };
    for (let i = 0; i < task.records.length; i++) {
      const row = task.firstRecord + i;
      const line = task.lines[i]!;
      const detail = broken.get(i);
      if (detail !== undefined) {
        emit(inputRow(row, line, [{ messageId: 'csv', params: { detail }, pointer: '' }]));
        continue;
      }
      const { value, errors } = csvRecordToListing(task.records[i]!, task.plan);
      emit(this.checkValue(value, row, line, label, errors));
    }
  }

  private checkValue(value: unknown, row: number, line: number, label: (f: string) => string, earlier: RowError[]): RowResult {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      return inputRow(row, line, [{ messageId: 'notObject', params: { got }, pointer: '' }]);
    }
    const parsed = parseListingRow(value, label);
    if (!parsed.ok || earlier.length > 0) {
      const errors = parsed.ok ? earlier : [...earlier, ...parsed.errors.filter((e) => !earlier.some((x) => x.pointer === e.pointer))];
      const sku = parsed.ok ? parsed.spec.sku : parsed.sku;
      return inputRow(row, line, errors, sku);
    }
    const found = this.checker.check(parsed.spec);
    // ndjson lines need no excerpt: hand the engine's findings on as they are
    const findings: RowFinding[] = this.options.ndjson ? found : found.map((f) => toRowFinding(f, parsed.spec));
    return { row, line, sku: parsed.spec.sku, findings };
  }

  private ndjsonLine(row: RowResult, failing: boolean, empty: boolean): string {
    let line = `{"row":${row.row}${row.sku === undefined ? '' : `,"sku":${JSON.stringify(row.sku)}`},"ok":${!failing}`;
    if (empty) return `${line},"empty":true,"findings":[]}\n`;
    line += ',"findings":[';
    for (let i = 0; i < row.findings.length; i++) {
      const f = row.findings[i]!;
      // codes and severities are identifiers; only free text needs escaping
      line += `${i === 0 ? '' : ','}{"code":"${f.code}","severity":"${f.severity}","message":${JSON.stringify(this.messages.render(f.messageId, f.params))},"field":${JSON.stringify(fieldName(f.pointer))}`;
      if (f.start !== undefined) line += `,"start":${f.start},"end":${f.end}`;
      line += '}';
    }
    return `${line}]}\n`;
  }
}

/** A row accepted as a whole Listing document is checked by its spec. */
function unwrapDocument(value: unknown): unknown {
  if (value && typeof value === 'object' && (value as { kind?: unknown }).kind === 'Listing' && 'spec' in value) {
    return (value as { spec: unknown }).spec;
  }
  return value;
}

function count(counts: RuleCounts, findings: readonly RowFinding[]): void {
  for (const f of findings) {
    const entry = (counts[f.code] ??= [0, 0, 0]);
    entry[SEVERITY_INDEX[f.severity]]++;
  }
}


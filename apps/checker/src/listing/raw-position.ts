import { parseAttributes, splitList } from './csv-row.js';

// Where a finding of a bulk row is in the input file. The engine reports a
// pointer inside the listing (`/attributes/材质`) and UTF-16 offsets inside
// that field's string; this module maps them back through the row's raw
// text: JSON string escapes and nested objects and arrays for NDJSON, quotes,
// "" escapes, multi-line fields and the seller tools' value formats
// (`材质:棉;产地:浙江`, `a;b;c`) for CSV. Pure (no I/O) and called only for rows
// that have findings, so a clean row costs nothing.
//
// Columns count UTF-16 code units of the decoded text, as the YAML positions
// do (packages/schema): a CJK character is one column, whatever its bytes in
// UTF-8 or GB18030. Lines and columns are 1-based; the end is exclusive.

export interface RawPosition {
  /** Line inside the row: 1 is the row's first line. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Maps (raw row text, pointer, start, end) to a position inside the row;
 * `key`: the offsets (or the finding) are about the member's name, not its value.
 */
export type Locate = (raw: string, pointer: string, start?: number, end?: number, key?: boolean) => RawPosition;

const ROW_START: RawPosition = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The start of the row: for findings about the whole row or a value the row does not have. */
export function rowStart(): RawPosition {
  return { ...ROW_START };
}

/** Pointer segments, RFC 6901 escapes decoded (`~1` is `/`, `~0` is `~`). */
function segmentsOf(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => (p.includes('~') ? p.replace(/~1/g, '/').replace(/~0/g, '~') : p));
}

/** Line and column of each of two offsets of `text` (the end exclusive). */
function positionOf(text: string, from: number, to: number): RawPosition {
  const a = lineColumn(text, from);
  const b = lineColumn(text, Math.max(from, to));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// ---------------------------------------------------------------- NDJSON

/**
 * Position in one NDJSON line (the line's text, already decoded). A line that
 * holds a whole `Listing` document (`{"kind":"Listing","spec":{...}}`) is
 * checked by its spec, so its pointers are looked up under `spec`. A string
 * value with offsets points at exactly those characters, escapes included
 * (`\"`, `\n` and `\u4e2d` are one character each); any other value at its
 * whole JSON token; a value the line does not have at the row start.
 */
export function ndjsonPosition(raw: string, pointer: string, start?: number, end?: number, key = false): RawPosition {
  try {
    const root = skipWs(raw, 0);
    if (raw.charCodeAt(root) !== 0x7b) return rowStart();
    const segments = segmentsOf(pointer);
    if (isListingDocument(raw, root)) segments.unshift('spec');
    let at = root;
    for (let s = 0; s < segments.length; s++) {
      const segment = segments[s]!;
      const c = raw.charCodeAt(at);
      if (key && s === segments.length - 1 && c === 0x7b) {
        // the member's name: its characters inside the key string, or the whole quoted key
        const name = findMember(raw, at, segment, true);
        if (name === undefined) return rowStart();
        if (start !== undefined) {
          const span = mapJsonString(raw, name + 1, start, end ?? start);
          if (span) return positionOf(raw, span[0], span[1]);
        }
        return positionOf(raw, name, skipString(raw, name));
      }
      const next = c === 0x7b ? findMember(raw, at, segment) : c === 0x5b ? findElement(raw, at, segment) : undefined;
      if (next === undefined) return rowStart();
      at = next;
    }
    if (segments.length === 0) return rowStart();
    const valueEnd = skipValue(raw, at);
    if (start !== undefined && raw.charCodeAt(at) === 0x22) {
      const span = mapJsonString(raw, at + 1, start, end ?? start);
      if (span) return positionOf(raw, span[0], span[1]);
    }
    return positionOf(raw, at, valueEnd);
  } catch {
    // not JSON after all (the row was refused before it was checked): the row
    return rowStart();
  }
}

/** `{"kind":"Listing","spec":...}`, as the row checker unwraps it. */
function isListingDocument(raw: string, root: number): boolean {
  const kind = findMember(raw, root, 'kind');
  if (kind === undefined || raw.charCodeAt(kind) !== 0x22) return false;
  return decodeJsonString(raw, kind) === 'Listing' && findMember(raw, root, 'spec') !== undefined;
}

function skipWs(raw: string, at: number): number {
  let i = at;
  for (;;) {
    const c = raw.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else return i;
  }
}

/**
 * Offset of the value of `key` in the object at `at` (the last one wins, as in
 * JSON.parse); with `name`, the offset of the key's opening quote instead.
 */
function findMember(raw: string, at: number, key: string, name = false): number | undefined {
  let found: number | undefined;
  let i = skipWs(raw, at + 1);
  if (raw.charCodeAt(i) === 0x7d) return undefined;
  for (;;) {
    const keyStart = i;
    const keyEnd = skipString(raw, keyStart);
    const member = decodeJsonString(raw, keyStart, keyEnd);
    i = skipWs(raw, keyEnd);
    if (raw.charCodeAt(i) !== 0x3a) throw new Error('expected :');
    const value = skipWs(raw, i + 1);
    if (member === key) found = name ? keyStart : value;
    i = skipWs(raw, skipValue(raw, value));
    const c = raw.charCodeAt(i);
    if (c === 0x2c) i = skipWs(raw, i + 1);
    else if (c === 0x7d) return found;
    else throw new Error('expected , or }');
  }
}

/** Offset of element `index` of the array at `at`. */
function findElement(raw: string, at: number, segment: string): number | undefined {
  if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
  const index = Number(segment);
  let i = skipWs(raw, at + 1);
  if (raw.charCodeAt(i) === 0x5d) return undefined;
  for (let n = 0; ; n++) {
    if (n === index) return i;
    i = skipWs(raw, skipValue(raw, i));
    const c = raw.charCodeAt(i);
    if (c === 0x2c) i = skipWs(raw, i + 1);
    else if (c === 0x5d) return undefined;
    else throw new Error('expected , or ]');
  }
}

/** Offset just after the JSON value that starts at `at`. */
function skipValue(raw: string, at: number): number {
  const c = raw.charCodeAt(at);
  if (c === 0x22) return skipString(raw, at);
  if (c === 0x7b || c === 0x5b) {
    // strings may hold brackets: skip them whole, count the rest
    let depth = 0;
    for (let i = at; i < raw.length; ) {
      const d = raw.charCodeAt(i);
      if (d === 0x22) {
        i = skipString(raw, i);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    throw new Error('unterminated');
  }
  // number, true, false, null
  let i = at;
  while (i < raw.length) {
    const d = raw.charCodeAt(i);
    if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d) break;
    i++;
  }
  if (i === at) throw new Error('expected a value');
  return i;
}

/** Offset just after the string whose opening quote is at `at`. */
function skipString(raw: string, at: number): number {
  if (raw.charCodeAt(at) !== 0x22) throw new Error('expected a string');
  for (let i = at + 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  throw new Error('unterminated string');
}

function decodeJsonString(raw: string, at: number, end = skipString(raw, at)): string {
  const body = raw.slice(at + 1, end - 1);
  return body.includes('\\') ? (JSON.parse(raw.slice(at, end)) as string) : body;
}

/**
 * Raw offsets of the characters [start, end) of the string whose text begins
 * at `from` (just after the opening quote). An escape is one character of the
 * value: `\uXXXX` is six raw characters, the others two.
 */
function mapJsonString(raw: string, from: number, start: number, end: number): [number, number] | undefined {
  let ri = from;
  let vi = 0;
  let rawStart = -1;
  while (ri < raw.length) {
    if (rawStart < 0 && vi >= start) rawStart = ri;
    if (rawStart >= 0 && vi >= end) return [rawStart, ri];
    const c = raw.charCodeAt(ri);
    if (c === 0x22) break;
    ri += c === 0x5c ? (raw.charCodeAt(ri + 1) === 0x75 ? 6 : 2) : 1;
    vi++;
  }
  // offsets at (or past) the end of the value: stop at the closing quote
  return rawStart >= 0 ? [rawStart, ri] : undefined;
}

// ------------------------------------------------------------------- CSV

interface Cell {
  /** Raw offset of the first character of the cell's text (after an opening quote). */
  from: number;
  /** Raw offset just after the cell's text (before a closing quote). */
  to: number;
  quoted: boolean;
}

/**
 * A locator for the records of one CSV file: `fields` is the column plan
 * (the listing field each column fills). Each record's raw text starts at
 * column 1 of the record's first line and runs to its last field (the
 * record delimiter excluded).
 */
export function csvLocator(fields: readonly (string | undefined)[]): Locate {
  return (raw, pointer, start, end, key) => csvPosition(raw, fields, pointer, start, end, key);
}

/**
 * Position in one raw CSV record. The value of a field is the cell's text
 * inside its quotes, trimmed as the reader trims it; offsets inside it go
 * through `""` escapes and line breaks. Values taken apart by the reader
 * point at their piece: `/attributes/材质` at `棉` in `材质:棉;产地:浙江`,
 * `/inserts/1` at the second of `a;b`, `/images/0` at the first URL.
 */
export function csvPosition(
  raw: string,
  fields: readonly (string | undefined)[],
  pointer: string,
  start?: number,
  end?: number,
  key = false,
): RawPosition {
  const cells = splitRecord(raw);
  const text = (i: number) => cellText(raw, cells[i]);
  const target = csvTarget(fields, segmentsOf(pointer), text, key);
  if (!target) return rowStart();
  let from = target.from;
  let to = target.to;
  if (start !== undefined && !target.whole) {
    from = Math.min(target.from + start, target.to);
    to = Math.min(target.from + Math.max(start, end ?? start), target.to);
  }
  const cell = cells[target.cell]!;
  return positionOf(raw, rawOffset(raw, cell, from), rawOffset(raw, cell, to));
}

/** Where each cell of a raw record is (1-based, end exclusive, quotes included): the header row's columns. */
export function cellPositions(raw: string): RawPosition[] {
  return splitRecord(raw).map((cell) => (cell.quoted ? positionOf(raw, cell.from - 1, Math.min(raw.length, cell.to + 1)) : positionOf(raw, cell.from, cell.to)));
}

/** Cells of a record with their raw extents; `"a ""b"""` is one cell. */
function splitRecord(raw: string): Cell[] {
  const cells: Cell[] = [];
  let i = 0;
  for (;;) {
    if (raw.charCodeAt(i) === 0x22) {
      let j = i + 1;
      while (j < raw.length) {
        if (raw.charCodeAt(j) === 0x22) {
          if (raw.charCodeAt(j + 1) === 0x22) j += 2;
          else break;
        } else j++;
      }
      cells.push({ from: i + 1, to: j, quoted: true });
      i = j + 1;
      while (i < raw.length && raw.charCodeAt(i) !== 0x2c) i++;
    } else {
      let j = raw.indexOf(',', i);
      if (j < 0) j = raw.length;
      cells.push({ from: i, to: j, quoted: false });
      i = j;
    }
    if (i >= raw.length) return cells;
    i++; // the comma
  }
}

/** The cell's value as the reader sees it (`""` is one quote). */
function cellText(raw: string, cell: Cell | undefined): string | undefined {
  if (!cell) return undefined;
  const body = raw.slice(cell.from, cell.to);
  return cell.quoted ? body.replace(/""/g, '"') : body;
}

/** Raw offset of character `index` of the cell's value. */
function rawOffset(raw: string, cell: Cell, index: number): number {
  if (!cell.quoted) return cell.from + index;
  let ri = cell.from;
  for (let vi = 0; vi < index && ri < cell.to; vi++) {
    ri += raw.charCodeAt(ri) === 0x22 ? 2 : 1;
  }
  return ri;
}

/** A value's extent inside a cell's text: [from, to) in value characters. */
interface Target {
  cell: number;
  from: number;
  to: number;
  /** Offsets of the finding do not apply here (an attribute named by its column header): the whole piece. */
  whole?: boolean;
}

/** The trimmed extent of the cell, as the reader takes it (empty cells are no value). */
function trimmed(cell: number, value: string | undefined): Target | undefined {
  if (value === undefined) return undefined;
  const body = value.trim();
  if (body === '') return undefined;
  const from = value.length - value.trimStart().length;
  return { cell, from, to: from + body.length };
}

/** Where the value at `segments` comes from in this record (see csvRecordToListing). */
function csvTarget(
  fields: readonly (string | undefined)[],
  segments: readonly string[],
  text: (cell: number) => string | undefined,
  key = false,
): Target | undefined {
  if (segments.length === 0) return undefined;
  const column = (field: string) => {
    const i = fields.indexOf(field);
    return i < 0 ? undefined : trimmed(i, text(i));
  };
  const [head, name, rest] = segments as [string, string | undefined, string | undefined];
  if (head === 'attributes' && name !== undefined && segments.length === 2) return attributeTarget(fields, name, text, key);
  if (head === 'inserts' && name !== undefined && segments.length === 2) return listPart(column('inserts'), name, text);
  if (head === 'images' && name !== undefined && name !== 'real_shot') {
    if (rest === 'real_shot') return column('images.real_shot') ?? listPart(column('images'), name, text);
    return listPart(column('images'), name, text);
  }
  const direct = column(segments.join('.'));
  if (direct) return direct;
  if (segments.length === 1) {
    // a whole group (`/qualifications`, `/after_sales`): its first column with a value
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (field === undefined || !field.startsWith(`${head}.`)) continue;
      const found = trimmed(i, text(i));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * `/attributes/<name>` comes from a `宝贝属性` cell (`材质:棉;产地:浙江`) or an
 * `属性:材质` column; as in the reader, the last column that gives it wins,
 * and within a cell the last pair of that name.
 */
function attributeTarget(fields: readonly (string | undefined)[], name: string, text: (cell: number) => string | undefined, key = false): Target | undefined {
  let found: Target | undefined;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (field === `attributes.${name}`) {
      // the name of a `属性:材质` column is in the header row: point at the row's cell as a whole
      const cell = trimmed(i, text(i));
      if (cell) found = key ? { ...cell, whole: true } : cell;
    } else if (field === 'attributes') {
      const cell = trimmed(i, text(i));
      if (!cell) continue;
      const value = text(i)!.slice(cell.from, cell.to);
      // only cells whose pairs give this name (parseAttributes is the reference)
      if (parseAttributes(value)[name] === undefined) continue;
      let at = 0;
      for (const pair of value.split(/[;；\n]/)) {
        const colon = pair.search(/[:：]/);
        if (colon > 0 && pair.slice(0, colon).trim() === name) {
          const piece = key ? trimmed(i, pair.slice(0, colon)) : trimmed(i, pair.slice(colon + 1));
          const offset = key ? 0 : colon + 1;
          if (piece) found = { cell: i, from: cell.from + at + offset + piece.from, to: cell.from + at + offset + piece.to };
        }
        at += pair.length + 1;
      }
    }
  }
  return found;
}

/** Element `segment` of a `;`/`|`/new-line separated list cell (empty pieces do not count). */
function listPart(cell: Target | undefined, segment: string, text: (cell: number) => string | undefined): Target | undefined {
  if (!cell || !/^(0|[1-9]\d*)$/.test(segment)) return undefined;
  const wanted = Number(segment);
  const value = text(cell.cell)!.slice(cell.from, cell.to);
  if (splitList(value).length <= wanted) return undefined;
  let index = 0;
  let at = 0;
  for (const part of value.split(/[;；|\n]/)) {
    const piece = trimmed(cell.cell, part);
    if (piece) {
      if (index === wanted) return { cell: cell.cell, from: cell.from + at + piece.from, to: cell.from + at + piece.to };
      index++;
    }
    at += part.length + 1;
  }
  return undefined;
}

// ------------------------------------------------------------- placement

/** Positions of a row's findings in the file, given the line the row starts on. */
export function placeFindings(
  findings: readonly { pointer: string; start?: number; end?: number; key?: boolean; line?: number; column?: number; endLine?: number; endColumn?: number }[],
  raw: string,
  firstLine: number,
  locate: Locate,
): void {
  for (const finding of findings) {
    if (finding.line !== undefined) continue; // located where it was found (a JSON syntax error)
    const at = locate(raw, finding.pointer, finding.start, finding.end, finding.key === true);
    finding.line = firstLine + at.line - 1;
    finding.column = at.column;
    finding.endLine = firstLine + at.endLine - 1;
    finding.endColumn = at.endColumn;
  }
}

import type { ListingSpec, Severity } from '@storepolicy/schema';
import type { RowFinding, RowResult } from './batch.js';
import type { RowError } from './row-schema.js';

// How one row's findings are shaped for output: reader errors as
// `listing/input` findings, engine findings with an excerpt for a caret, and
// pointers as the field names users know.

const INPUT = 'listing/input';

export function inputRow(row: number, line: number, errors: RowError[], sku?: string): RowResult {
  const findings: RowFinding[] = errors.map((e) => ({
    code: INPUT,
    severity: 'error',
    messageId: `${INPUT}.${e.messageId}`,
    params: { row, ...e.params },
    pointer: e.pointer,
  }));
  return sku === undefined ? { row, line, findings } : { row, line, sku, findings };
}

export function toRowFinding(
  f: { code: string; severity: Severity; messageId: string; params: RowFinding['params']; pointer: string; start?: number; end?: number; key?: boolean },
  spec: ListingSpec,
): RowFinding {
  const finding: RowFinding = { code: f.code, severity: f.severity, messageId: f.messageId, params: f.params, pointer: f.pointer };
  if (f.key) finding.key = true;
  if (f.start !== undefined && f.end !== undefined) {
    finding.start = f.start;
    finding.end = f.end;
    // in an attribute's name the characters are the pointer's last segment
    const text = f.key ? lastSegment(f.pointer) : stringAt(spec, f.pointer);
    if (text !== undefined) finding.excerpt = excerptOf(text, f.start, f.end);
  }
  return finding;
}

/** `/title` -> `title`, `/attributes/材质` -> `attributes.材质`. */
const FIELD_NAMES = new Map<string, string>();

export function fieldName(pointer: string): string {
  let name = FIELD_NAMES.get(pointer);
  if (name === undefined) {
    name = fieldNameOf(pointer);
    if (FIELD_NAMES.size < 10_000) FIELD_NAMES.set(pointer, name);
  }
  return name;
}

function fieldNameOf(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function lastSegment(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
}

function stringAt(spec: ListingSpec, pointer: string): string | undefined {
  let value: unknown = spec;
  for (const part of pointer.slice(1).split('/')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof value === 'string' ? value : undefined;
}

const WINDOW = 24;

/** Up to 24 characters either side of the span, on one line. */
function excerptOf(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const prefix = from > 0 ? '…' : '';
  const body = text.slice(from, to).replace(/[\r\n\t]/g, ' ');
  return { text: `${prefix}${body}${to < text.length ? '…' : ''}`, start: prefix.length + start - from, end: prefix.length + end - from };
}

import type { Diagnostic, Listing, PolicyDocument, Span } from '@storepolicy/schema';
import { docsPathFor } from '@storepolicy/schema/core';
import { mapScalarOffsets } from './scalar-offsets.js';
import type { ListingFinding } from './types.js';

/** Line start offsets of a source text, cached per text. */
const lineStartsCache = new Map<string, Int32Array>();

function lineStarts(source: string): Int32Array {
  let starts = lineStartsCache.get(source);
  if (starts) return starts;
  const list = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 0x0a) list.push(i + 1);
  starts = Int32Array.from(list);
  if (lineStartsCache.size > 64) lineStartsCache.clear();
  lineStartsCache.set(source, starts);
  return starts;
}

function offsetOf(starts: Int32Array, line: number, column: number): number {
  return starts[line - 1]! + column - 1;
}

function positionOf(starts: Int32Array, offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/**
 * The span of characters [start, end) of the string at `pointer`, or of the
 * whole value when the offsets cannot be mapped (no source, missing node).
 */
export function locateInString(doc: PolicyDocument, pointer: string, start?: number, end?: number, key = false): Span {
  // `key`: the characters are in the member's name (an attribute key), not in its value
  const span = key ? doc.locateKey(pointer) : doc.locate(pointer);
  if (start === undefined || doc.source === undefined || !doc.has(pointer)) return span;
  const source = doc.source;
  const starts = lineStarts(source);
  const nodeStart = offsetOf(starts, span.line, span.column);
  const raw = mapScalarOffsets(source, nodeStart, start, end ?? start);
  if (!raw) return span;
  const a = positionOf(starts, raw[0]);
  const b = positionOf(starts, Math.max(raw[1], raw[0]));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Turn findings of `ListingChecker.check(doc.value.spec)` into located diagnostics for `doc`. */
export function listingFindingsToDiagnostics(doc: PolicyDocument<Listing>, findings: readonly ListingFinding[]): Diagnostic[] {
  return findings.map((finding) => {
    const pointer = `/spec${finding.pointer}`;
    return {
      code: finding.code,
      severity: finding.severity,
      messageId: finding.messageId,
      params: finding.params,
      file: doc.file,
      pointer,
      related: (finding.related ?? []).map((r) => ({
        file: r.doc.file,
        ...r.doc.locate(r.pointer),
        messageId: r.messageId,
        params: r.params,
      })),
      docs: docsPathFor(finding.code),
      ...locateInString(doc, pointer, finding.start, finding.end, finding.key === true),
    };
  });
}

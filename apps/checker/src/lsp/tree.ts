import { childPointer, parsePointer, type PolicyDocument, type Span } from '@storepolicy/schema';
import { spanContains } from './convert.js';

export interface NodeRef {
  doc: PolicyDocument;
  pointer: string;
  value: unknown;
  /** True when the position is on the mapping key rather than its value. */
  onKey: boolean;
  span: Span;
}

/** Every JSON pointer of a document's value, parents before children. */
export function* pointersOf(value: unknown, pointer = ''): Generator<[string, unknown]> {
  yield [pointer, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* pointersOf(value[i], childPointer(pointer, i));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* pointersOf(child, childPointer(pointer, key));
  }
}

/** The innermost key or value at a 1-based position, in whichever of the file's documents holds it. */
export function nodeAt(docs: readonly PolicyDocument[], at: { line: number; column: number }): NodeRef | undefined {
  let best: NodeRef | undefined;
  for (const doc of docs) {
    for (const [pointer, value] of pointersOf(doc.value)) {
      if (pointer === '' || !doc.has(pointer)) continue;
      const keySpan = Array.isArray(parentValue(doc, pointer)) ? undefined : doc.locateKey(pointer);
      const valueSpan = doc.locate(pointer);
      for (const [span, onKey] of [[keySpan, true], [valueSpan, false]] as const) {
        if (!span || !spanContains(span, at)) continue;
        if (!best || smaller(span, best.span)) best = { doc, pointer, value, onKey, span };
      }
    }
  }
  return best;
}

/** The last segment of a pointer: the key that holds the value (or its index). */
export function lastSegment(pointer: string): string | undefined {
  return parsePointer(pointer).at(-1);
}

/** The key that holds the value at `pointer`, skipping array indices: `/spec/tiers/2` -> `tiers`. */
export function holdingKey(pointer: string): string | undefined {
  const segments = parsePointer(pointer);
  for (let i = segments.length - 1; i >= 0; i--) if (!/^\d+$/.test(segments[i]!)) return segments[i];
  return undefined;
}

function parentValue(doc: PolicyDocument, pointer: string): unknown {
  let current: unknown = doc.value;
  const segments = parsePointer(pointer);
  for (const segment of segments.slice(0, -1)) current = (current as Record<string, unknown> | undefined)?.[segment];
  return current;
}

function smaller(a: Span, b: Span): boolean {
  const lines = (s: Span) => s.endLine - s.line;
  if (lines(a) !== lines(b)) return lines(a) < lines(b);
  return a.endColumn - a.column < b.endColumn - b.column || (a.endColumn - a.column === b.endColumn - b.column && a.line >= b.line);
}

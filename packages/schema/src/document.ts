import type { Span } from './diagnostic.js';

/**
 * One YAML document, loaded: its plain data plus a way back from any JSON
 * pointer to the characters in the file. Everything downstream (schema
 * validation, rules, pricing) reads `value` and reports through `locate`.
 */
export interface PolicyDocument<T = unknown> {
  /** Path as the user named it (relative to the working directory). */
  file: string;
  /** 0-based index of the document inside a multi-document file. */
  index: number;
  /** `kind` from the envelope when it is a string, else undefined. */
  kind: string | undefined;
  value: T;
  /** Span of the value at `pointer`, or of its closest existing parent when missing. */
  locate(pointer: string): Span;
  /** Span of the mapping key that holds the value at `pointer` (falls back to `locate`). */
  locateKey(pointer: string): Span;
  /** Whether `pointer` names a node that exists in the source. */
  has(pointer: string): boolean;
  /**
   * The whole decoded text of the file (all its documents), so a finding
   * inside a string (a banned word in a title) can be located to the
   * character, through quotes and escapes. Absent for synthetic documents.
   */
  readonly source?: string;
}

/** The envelope every document shares (SPEC section 2). */
export interface Envelope {
  apiVersion: string;
  kind: string;
  metadata: { store: string; name: string; description?: { zh?: string; en?: string } };
  spec: unknown;
}

/** Narrow a loaded document to its generated type once the structure validated. */
export function asKind<T>(doc: PolicyDocument): PolicyDocument<T> {
  return doc as PolicyDocument<T>;
}

import {
  Alias,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import type { Diagnostic, Span } from './diagnostic.js';
import { docsPathFor } from './diagnostic.js';
import type { PolicyDocument } from './document.js';
import { fastLoad } from './load-yaml-fast.js';
import { parsePointer } from './pointer.js';
import { decodeUtf8 } from './utf8.js';

export interface LoadOptions {
  /** Upper bound on alias expansion (YAML "billion laughs"). */
  maxAliasCount?: number;
  /** Files larger than this are refused before parsing. */
  maxBytes?: number;
  /**
   * false: every file through the full parse, nodes and positions built at
   * once (the reference the fast path is tested against). By default a plain
   * file is read by the fast path and its positions built only when a finding
   * asks for one.
   */
  fast?: boolean;
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
export const DEFAULT_MAX_ALIAS_COUNT = 200;

export interface LoadResult {
  documents: PolicyDocument[];
  diagnostics: Diagnostic[];
}

/** Load every document of one YAML file (bytes or already-decoded text). */
export function loadYaml(file: string, input: Uint8Array | string, options: LoadOptions = {}): LoadResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  const tooLarge = checkSize(file, size, options.maxBytes);
  if (tooLarge) return { documents: [], diagnostics: [tooLarge] };
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) {
      const span = { line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column + 1 };
      return fail(file, 'yaml/encoding', 'yaml/encoding.notUtf8', span, {
        offset: decoded.byteOffset,
        guess: decoded.guess,
      });
    }
    text = decoded.text;
  }
  return parseText(file, text, options);
}

/**
 * The size limit on its own, so a caller holding only a file's size (from
 * stat) can refuse a huge file without reading it.
 */
export function checkSize(file: string, size: number, maxBytes = DEFAULT_MAX_BYTES): Diagnostic | undefined {
  if (size <= maxBytes) return undefined;
  // rounded, a size just over the limit reads as the limit ("1 KB, above the 1 KB limit"): then exact bytes
  const [rounded, roundedMax] = [formatBytes(size), formatBytes(maxBytes)];
  const exact = rounded === roundedMax;
  return diag(file, 'yaml/too-large', 'yaml/too-large.tooLarge', startSpan(), {
    size: exact ? `${size} bytes` : rounded,
    max: exact ? `${maxBytes} bytes` : roundedMax,
  }, 'error');
}

function parseText(file: string, text: string, options: LoadOptions): LoadResult {
  const value = options.fast === false ? undefined : fastLoad(text, options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT);
  if (value === undefined) return parseFull(file, text, options);
  return { documents: [lazyDocument(file, text, value, options)], diagnostics: [] };
}

/**
 * A document read by the fast path. Its nodes and positions come from the
 * full parse, run the first time a finding needs a place in the file: the
 * full path gives the same data (see fastLoad), so every span is the one it
 * always gave.
 */
function lazyDocument(file: string, text: string, value: Record<string, unknown>, options: LoadOptions): PolicyDocument {
  let full: PolicyDocument | undefined;
  const positions = (): PolicyDocument => {
    if (full) return full;
    const parsed = parseFull(file, text, options);
    if (parsed.diagnostics.length > 0 || parsed.documents.length !== 1) {
      // never expected: fail loudly rather than point a finding at the wrong place
      throw new Error(`${file}: the fast and the full YAML parse disagree about this file; please report it`);
    }
    full = parsed.documents[0]!;
    return full;
  };
  return {
    file,
    index: 0,
    kind: typeof value.kind === 'string' ? value.kind : undefined,
    value,
    source: text,
    locate: (pointer) => positions().locate(pointer),
    locateKey: (pointer) => positions().locateKey(pointer),
    // rules ask `has` to choose where a finding would point, before they know
    // there is one: the data answers, unless the walk meets a null before its
    // end (`key:` and `key: ~` read alike as data, but not as nodes)
    has: (pointer) => hasInValue(value, pointer) ?? positions().has(pointer),
  };
}

/** Whether `pointer` names a value, as the full document's `has` says; undefined when only its nodes can tell. */
function hasInValue(value: unknown, pointer: string): boolean | undefined {
  const segments = parsePointer(pointer);
  let node = value;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(segment) || Number(segment) >= node.length) return false;
      node = node[Number(segment)];
    } else if (isRecord(node)) {
      if (!Object.hasOwn(node, segment)) return false;
      node = node[segment];
    } else {
      return false;
    }
    if (node === null && i < segments.length - 1) return undefined;
  }
  return true;
}

/** The full parse: yaml's nodes with positions, every syntax finding, then the data. */
function parseFull(file: string, text: string, options: LoadOptions): LoadResult {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: false,
    // yaml's own check compares each key with every earlier one (quadratic in
    // a hostile file's keys); duplicateKeys() below does it with one Map per mapping
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const spanOf = (start: number, end: number): Span => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const diagnostics: Diagnostic[] = [];
  const documents: PolicyDocument[] = [];
  const list: Document.Parsed[] = Array.isArray(docs) ? docs : [];
  list.forEach((doc, index) => {
    let broken = false;
    for (const error of doc.errors) {
      broken = true;
      const quote = openingQuoteOf(text, error);
      const [start, end] = quote ?? error.pos;
      // the kind picks a sentence of our own in each language; the parser's English is only the English detail
      const kind = quote ? 'unclosedQuote' : (YAML_ERROR_KINDS[error.code] ?? 'error');
      diagnostics.push(
        diag(file, 'yaml/syntax', `yaml/syntax.${kind}`, spanOf(start, end > start ? end : start + 1),
          { detail: cleanYamlMessage(error.message), yamlCode: error.code }, 'error'),
      );
    }
    for (const duplicate of duplicateKeys(file, doc, spanOf)) {
      broken = true;
      diagnostics.push(duplicate);
    }
    for (const warning of doc.warnings) {
      const [start, end] = warning.pos;
      diagnostics.push(
        diag(file, 'yaml/syntax', 'yaml/syntax.warning', spanOf(start, end > start ? end : start + 1),
          { detail: cleanYamlMessage(warning.message), yamlCode: warning.code }, 'warning'),
      );
    }
    if (broken) return;
    if (isEmptyDocument(doc)) return; // a document of comments only is no document
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    } catch (error) {
      if (error instanceof ReferenceError || /alias/i.test(String(error))) {
        const alias = firstAlias(doc);
        const span = alias?.range ? spanOf(alias.range[0], alias.range[1]) : startSpan();
        diagnostics.push(diag(file, 'yaml/alias-limit', 'yaml/alias-limit.exceeded', span,
          { max: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT }, 'error'));
        return;
      }
      throw error;
    }
    documents.push(makeDocument(file, index, doc, text, value, spanOf));
  });
  return { documents, diagnostics };
}

function makeDocument(
  file: string,
  index: number,
  doc: Document.Parsed,
  text: string,
  value: unknown,
  spanOf: (start: number, end: number) => Span,
): PolicyDocument {
  const root = doc.contents as YamlNode | null;
  const rootSpan = root?.range ? spanOf(root.range[0], lineEndOf(text, root.range[0])) : startSpan();
  // Each mapping's keys indexed once: locating every finding of a document with
  // 100,000 keys must not scan the mapping for each (first occurrence wins, as before)
  const keyIndexes = new WeakMap<object, Map<string, Pair>>();
  const keyIndex = (map: { items: Pair[] }): Map<string, Pair> => {
    let index = keyIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (!isScalar(p.key)) continue;
        const name = String(p.key.value);
        if (!index.has(name)) index.set(name, p);
      }
      keyIndexes.set(map, index);
    }
    return index;
  };
  /** Walk a pointer; returns the deepest node reached and the key that holds it. */
  const walk = (pointer: string) => {
    let node: YamlNode | null = root;
    let key: YamlNode | null = null;
    let exact = true;
    for (const segment of parsePointer(pointer)) {
      if (isAlias(node)) node = node.resolve(doc) ?? null;
      let next: YamlNode | null | undefined;
      let nextKey: YamlNode | null = null;
      if (isMap(node)) {
        const pair = keyIndex(node).get(segment);
        if (pair) {
          nextKey = pair.key as YamlNode;
          next = (pair.value as YamlNode | null) ?? null;
          if (next === null) {
            // `key:` with nothing after it: the key is the best place to point.
            return { node: nextKey, key: nextKey, exact: true };
          }
        }
      } else if (isSeq(node) && /^\d+$/.test(segment)) {
        next = (node.items[Number(segment)] as YamlNode | undefined) ?? undefined;
      }
      if (next === undefined) {
        exact = false;
        break;
      }
      node = next;
      key = nextKey;
    }
    return { node, key, exact };
  };
  const spanOfNode = (node: YamlNode | null): Span => {
    if (!node?.range) return rootSpan;
    const [start, valueEnd] = node.range;
    // A collection spans many lines; point at its first line only.
    const end = isScalar(node) || isAlias(node) ? valueEnd : Math.min(valueEnd, lineEndOf(text, start));
    return spanOf(start, end);
  };
  return {
    file,
    index,
    kind: isRecord(value) && typeof value.kind === 'string' ? value.kind : undefined,
    value,
    source: text,
    locate(pointer) {
      const { node, key, exact } = walk(pointer);
      // For a missing key, the key of the closest parent mapping reads best ("spec:").
      if (!exact && key) return spanOfNode(key);
      return spanOfNode(node);
    },
    locateKey(pointer) {
      const { node, key, exact } = walk(pointer);
      return spanOfNode(exact && key ? key : node);
    },
    has(pointer) {
      return walk(pointer).exact;
    },
  };
}

function lineEndOf(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/**
 * Keys repeated in one mapping, found with one Map per mapping (linear in the
 * keys). Name the key, underline all of it, and point back at the first one:
 * that is the pair a manager has to choose between. Keys are the same when
 * yaml would call them equal: scalars of the same value and type.
 */
function duplicateKeys(file: string, doc: Document.Parsed, spanOf: (start: number, end: number) => Span): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, [number, number]>();
      for (const pair of map.items) {
        const keyNode = pair.key as YamlNode | null;
        if (!keyNode?.range || !isScalar(keyNode)) continue;
        const name = String(keyNode.value);
        const identity = `${typeof keyNode.value}:${name}`;
        const range: [number, number] = [keyNode.range[0], keyNode.range[1]];
        const firstRange = seen.get(identity);
        if (firstRange === undefined) {
          seen.set(identity, range);
          continue;
        }
        const second = spanOf(range[0], range[1]);
        const first = spanOf(firstRange[0], firstRange[1]);
        const result = diag(file, 'yaml/duplicate-key', 'yaml/duplicate-key.duplicate', second, { key: name, firstLine: first.line }, 'error');
        result.related.push({ file, ...first, messageId: 'yaml/duplicate-key.first', params: { key: name } });
        out.push(result);
      }
      return undefined;
    },
  });
  return out;
}

/** yaml reports an unterminated quote where the file ends; the opening quote is what to fix. */
/**
 * The yaml library's error codes, grouped into the kinds our message table
 * words (engine rules/structural.ts, yaml/syntax); an unknown code keeps the
 * generic `error` message.
 */
const YAML_ERROR_KINDS: Record<string, string> = {
  MISSING_CHAR: 'missingChar',
  UNEXPECTED_TOKEN: 'unexpectedToken',
  BAD_INDENT: 'badIndent',
  TAB_AS_INDENT: 'tabIndent',
  MULTILINE_IMPLICIT_KEY: 'keyLayout',
  BLOCK_AS_IMPLICIT_KEY: 'keyLayout',
  BLOCK_IN_FLOW: 'blockInFlow',
  BAD_DQ_ESCAPE: 'badEscape',
  BAD_SCALAR_START: 'reservedStart',
  BAD_ALIAS: 'badAlias',
  ALIAS_PROPS: 'badProps',
  BAD_PROP_ORDER: 'badProps',
  MULTIPLE_ANCHORS: 'badProps',
  MULTIPLE_TAGS: 'badProps',
  KEY_OVER_1024_CHARS: 'longKey',
  NON_STRING_KEY: 'keyLayout',
  BAD_DIRECTIVE: 'badDirective',
  MULTIPLE_DOCS: 'badDirective',
  TAG_RESOLVE_FAILED: 'unknownTag',
};

function openingQuoteOf(text: string, error: { code: string; message: string; pos: [number, number] }): [number, number] | undefined {
  if (error.code !== 'MISSING_CHAR') return undefined;
  const quote = /closing "quote/.test(error.message) ? '"' : /closing 'quote/.test(error.message) ? "'" : undefined;
  if (!quote) return undefined;
  const at = text.lastIndexOf(quote, error.pos[0] - 1);
  return at >= 0 ? [at, at + 1] : undefined;
}

function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents as YamlNode | null;
  if (contents === null) return true;
  return isScalar(contents) && contents.value === null && !!contents.range && contents.range[0] === contents.range[1];
}

function firstAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** yaml's messages end with " at line L, column C" which we already show. */
function cleanYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+.*$/s, '').trim();
}

function startSpan(): Span {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function diag(
  file: string,
  code: string,
  messageId: string,
  span: Span,
  params: Record<string, string | number>,
  severity: Diagnostic['severity'],
): Diagnostic {
  return { code, severity, messageId, params, file, pointer: '', related: [], docs: docsPathFor(code), ...span };
}

function fail(file: string, code: string, messageId: string, span: Span, params: Record<string, string | number>): LoadResult {
  return { documents: [], diagnostics: [diag(file, code, messageId, span, params, 'error')] };
}


import {
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  EVENT_ID,
  NOT_RESOLVED,
  parseEvents,
  Schema as FastSchema,
  seqTag,
  strTag,
  COLLECTION_STYLE,
  SCALAR_STYLE,
  type Event,
} from 'js-yaml';
import { isScalar, Schema, type ScalarTag } from 'yaml';

/**
 * The fast path of `loadYaml`: js-yaml reads a plain policy file about ten
 * times faster than the `yaml` library composes one (1,600 files: 55 ms
 * against 570 ms, warm), and most files `validate` reads have no finding, so
 * their nodes and positions are never needed. It answers only where the data
 * it builds is the data `yaml` would build, and says nothing otherwise (the
 * caller then takes the full path, which also gives every syntax finding):
 *
 * - one document, no `---`/`...` markers, no directives: what a `%YAML 1.1`
 *   line or an empty document would change is the full path's to judge;
 * - no tags (their resolution and warnings stay with `yaml`); anchors and
 *   aliases only in the simple form that `yaml`'s alias limit can never
 *   refuse: each anchor named once with letters, digits, `_` or `-`, set
 *   before its aliases, no alias inside an anchored node, and no more aliases
 *   than the limit (`maxAliasCount`; both parsers share the anchored value);
 * - every flow collection (`{...}`, `[...]`) on one line: `yaml` warns about
 *   a closing bracket as indented as its parent, which js-yaml accepts;
 * - a mapping at the root, every key a scalar that is not null;
 * - no tab in a line's indentation, no line break but LF and CRLF, no
 *   implicit key over 1,000 characters or two lines (yaml refuses some of
 *   these where js-yaml reads them);
 * - any error js-yaml raises (duplicate keys, bad indentation...).
 *
 * Plain scalars are resolved by `yaml`'s own core-schema tags (their test and
 * resolve functions), and mapping keys become strings as `yaml` makes them,
 * so the two paths agree by construction on what a value means; a
 * differential test holds the parsers to the same data on mutated files.
 */
export function fastLoad(text: string, maxAliasCount = 200): Record<string, unknown> | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  if (!plainEnough(text, events, maxAliasCount)) return undefined;
  let documents: unknown[];
  try {
    documents = constructFromEvents(events, { source: text, schema: schema(), maxAliases: -1 });
  } catch {
    return undefined;
  }
  const [value] = documents;
  return documents.length === 1 && isRecord(value) ? value : undefined;
}

/** The constructs both parsers read alike (see fastLoad). */
function plainEnough(text: string, events: readonly Event[], maxAliasCount: number): boolean {
  // a lone CR is a line break to YAML, and the flow checks below look for LF;
  // a tab in a line's indentation is refused by yaml in places js-yaml reads
  // (a tab-only line inside a block scalar)
  if (LONE_CR.test(text) || TAB_IN_INDENT.test(text)) return false;
  let documents = 0;
  // open collections; for a flow one, where its line ends and where its last child ended
  const open: { flow: boolean; mapping: boolean; anchored: boolean; children: number; start: number; eol: number; lastEnd: number }[] = [];
  const anchors = new Set<string>();
  let aliases = 0;
  let insideAnchored = 0;
  /** A node from `start` to `end` (-1: an empty one) inside the innermost open collection. */
  const child = (start: number, end: number): boolean => {
    const parent = open.at(-1);
    if (!parent) return true;
    const isKey = parent.mapping && parent.children % 2 === 0;
    parent.children++;
    if (start === -1) return true;
    // yaml refuses an implicit key over 1024 characters or over two lines, which js-yaml reads
    if (isKey) {
      const colon = text.indexOf(':', end);
      if (colon === -1 || colon - start > MAX_KEY_CHARS || text.slice(start, colon).includes('\n')) return false;
    }
    if (!parent.flow) return true;
    if (start > parent.eol || end > parent.eol) return false;
    parent.lastEnd = Math.max(parent.lastEnd, end);
    return true;
  };
  // an anchor yaml reads as written: a plain name, set once
  const anchor = (event: { anchorStart: number; anchorEnd: number }): boolean => {
    if (event.anchorStart === -1) return true;
    const name = text.slice(event.anchorStart, event.anchorEnd);
    if (!ANCHOR_NAME.test(name) || anchors.has(name)) return false;
    anchors.add(name);
    return true;
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        if (documents > 1 || event.explicitStart || event.explicitEnd || event.directives.length > 0) return false;
        break;
      case EVENT_ID.ALIAS: {
        const name = text.slice(event.anchorStart, event.anchorEnd);
        if (insideAnchored > 0 || !anchors.has(name) || ++aliases > maxAliasCount) return false;
        if (!child(event.anchorStart - 1, event.anchorEnd)) return false;
        break;
      }
      case EVENT_ID.SCALAR: {
        if (event.tagStart !== -1 || !anchor(event)) return false;
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        // an empty value (`key:`) has no characters
        const empty = event.valueStart === -1;
        if (!child(empty ? -1 : event.valueStart - (quoted ? 1 : 0), empty ? -1 : event.valueEnd + (quoted ? 1 : 0))) return false;
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        if (event.tagStart !== -1 || !anchor(event)) return false;
        const flow = event.style === COLLECTION_STYLE.FLOW;
        // a collection as a key is refused below (a plain object cannot hold it); here it is a value
        if (!child(event.start, event.start)) return false;
        const eol = flow ? text.indexOf('\n', event.start) : -1;
        const anchored = event.anchorStart !== -1;
        if (anchored) insideAnchored++;
        open.push({ flow, mapping: event.type === EVENT_ID.MAPPING, anchored, children: 0, start: event.start, eol: eol === -1 ? text.length : eol, lastEnd: event.start + 1 });
        break;
      }
      case EVENT_ID.POP: {
        const closed = open.pop();
        if (closed?.anchored) insideAnchored--;
        if (!closed?.flow) break;
        // the closing bracket must follow the last child on the same line
        let at = closed.lastEnd;
        while (at < closed.eol && ' \t,:'.includes(text[at]!)) at++;
        if (at >= closed.eol || text[at] !== (closed.mapping ? '}' : ']')) return false;
        const parent = open.at(-1);
        if (parent?.flow) {
          if (at + 1 > parent.eol) return false;
          parent.lastEnd = Math.max(parent.lastEnd, at + 1);
        }
        break;
      }
    }
  }
  return documents === 1;
}

const LONE_CR = /\r(?!\n)/;
const TAB_IN_INDENT = /^ *\t/m;
/** Below yaml's 1024-character limit on an implicit key, counted to its `:`. */
const MAX_KEY_CHARS = 1000;
const ANCHOR_NAME = /^[A-Za-z0-9_-]+$/;

/** First characters of null (~ null Null NULL, empty), booleans and numbers (.inf .nan too) in the YAML 1.2 core schema. */
export const IMPLICIT_FIRST_CHARS: readonly string[] = ['', '~', 'n', 'N', 't', 'T', 'f', 'F', '-', '+', '.', ...'0123456789'];

const hasOwn = Object.prototype.hasOwnProperty;
let cached: FastSchema | undefined;

/** js-yaml's schema, made of `yaml`'s core schema (YAML 1.2, no merge keys). */
function schema(): FastSchema {
  if (cached) return cached;
  const tags = new Schema({ schema: 'core', merge: false }).tags.filter(
    (tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test instanceof RegExp,
  );
  const plain = defineScalarTag('tag:storepolicy,2026:yaml-core', {
    implicit: true,
    // every first character a core-schema tag's test can match (the empty
    // string is an empty value); other scalars are strings without a test
    implicitFirstChars: IMPLICIT_FIRST_CHARS,
    resolve: (source) => {
      const tag = tags.find((t) => t.test.test(source));
      if (!tag) return NOT_RESOLVED;
      // a resolver that would report an error is the full path's to report
      let failed = false;
      // yaml's int tags read `intAsBigInt` from the parse options, false by default
      const value = tag.resolve(source, () => (failed = true), { intAsBigInt: false } as never);
      if (failed) throw new Error(`unresolved plain scalar ${source}`);
      return isScalar(value) ? value.value : value;
    },
    identify: () => false,
  });
  const map = defineMappingTag('tag:yaml.org,2002:map', {
    create: () => ({}) as Record<string, unknown>,
    addPair: (carrier, key, value) => {
      const name = keyOf(key);
      if (name === undefined) return 'a key yaml would not read as a plain string';
      // an own property, as yaml's addPairToJSMap makes it: `__proto__` is
      // the one name whose assignment would change the prototype instead
      if (name === '__proto__') Object.defineProperty(carrier, name, { value, writable: true, enumerable: true, configurable: true });
      else carrier[name] = value;
      return '';
    },
    has: (carrier, key) => {
      const name = keyOf(key);
      return name !== undefined && hasOwn.call(carrier, name);
    },
    keys: (result) => Object.keys(result),
    get: (result, key) => result[String(key)],
    identify: () => false,
  });
  cached = new FastSchema([strTag, seqTag, map, plain]);
  return cached;
}

/** A mapping key as `yaml` writes it into a plain object; undefined when its rule differs from `String()`. */
function keyOf(key: unknown): string | undefined {
  if (key === null || typeof key === 'object' || typeof key === 'function') return undefined;
  return String(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

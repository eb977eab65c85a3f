import { getAtPointer, type MessageParams, type PolicyDocument } from '@storepolicy/schema';
import { BASE_STORE } from '../bundle.js';
import { classify, delta } from './classify.js';
import { display } from './display.js';
import { lawContext } from './law.js';
import { messageIdFor, whyIdFor } from './messages.js';
import { fieldSemantics, semanticsFor } from './semantics/index.js';
import type { ChangeClass, ChangeType, FieldSemantics, PolicyChange } from './types.js';
import { diffValues, type RawChange } from './walk.js';

export interface DiffOptions {
  /** Files git saw renamed, base path -> head path (pairs documents whose name changed too). */
  renames?: ReadonlyMap<string, string>;
}

interface Identified {
  doc: PolicyDocument;
  store: string;
  kind: string;
  name: string;
}

/**
 * The semantic change from `before` to `after`: documents are paired by
 * (store, kind, name); unpaired ones are added, removed, or renamed when git
 * saw their file renamed or their name changed in place. Documents without an
 * envelope (no store, kind or name) cannot be paired and are left out: the
 * validate job reports them.
 */
export function diffPolicySets(
  before: readonly PolicyDocument[],
  after: readonly PolicyDocument[],
  options: DiffOptions = {},
): PolicyChange[] {
  const base = before.map(identify).filter((d): d is Identified => d !== undefined);
  const head = after.map(identify).filter((d): d is Identified => d !== undefined);
  const changes: PolicyChange[] = [];
  const unmatchedBase = new Set(base);
  const pairs: Array<[Identified, Identified]> = [];
  const byKey = new Map<string, Identified[]>();
  for (const b of base) byKey.set(keyOf(b), [...(byKey.get(keyOf(b)) ?? []), b]);
  for (const h of head) {
    const b = byKey.get(keyOf(h))?.shift();
    if (b) {
      unmatchedBase.delete(b);
      pairs.push([b, h]);
    }
  }
  const pairedHead = new Set(pairs.map(([, h]) => h));
  for (const h of head) {
    if (pairedHead.has(h)) continue;
    const b = [...unmatchedBase].find(
      (candidate) => candidate.kind === h.kind && (options.renames?.get(candidate.doc.file) ?? candidate.doc.file) === h.doc.file,
    );
    if (b) {
      unmatchedBase.delete(b);
      pairs.push([b, h]);
      pairedHead.add(h);
    }
  }
  const baseIds = baselineIds([...before, ...after]);
  for (const [b, h] of pairs) {
    if (b.doc.file !== h.doc.file || keyOf(b) !== keyOf(h)) changes.push(renamed(b, h));
    diffValues(b.doc.value, h.doc.value, (raw) => changes.push(fieldChange(b, h, raw, baseIds)), (pattern) =>
      semanticsFor(h.kind, pattern).added !== undefined,
    );
  }
  for (const h of head) if (!pairedHead.has(h)) changes.push(documentChange('document-added', h));
  for (const b of unmatchedBase) changes.push(documentChange('document-removed', b));
  return changes.sort(compareChanges);
}

function identify(doc: PolicyDocument): Identified | undefined {
  const value = doc.value as { kind?: unknown; metadata?: { store?: unknown; name?: unknown } } | null;
  const store = value?.metadata?.store;
  const name = value?.metadata?.name;
  if (typeof store !== 'string' || typeof name !== 'string' || typeof doc.kind !== 'string') return undefined;
  return { doc, store, kind: doc.kind, name };
}

function keyOf(d: Identified): string {
  return `${d.store}\u0000${d.kind}\u0000${d.name}`;
}

const BASE_LISTS = ['term_sets', 'required_statements', 'qualifications'] as const;

/** Ids of the entries of every `_base` CompliancePolicy on either side, by list. */
function baselineIds(documents: readonly PolicyDocument[]): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>(BASE_LISTS.map((list) => [list, new Set()]));
  for (const doc of documents) {
    const value = doc.value as { metadata?: { store?: unknown }; spec?: Record<string, unknown> } | null;
    if (doc.kind !== 'CompliancePolicy' || value?.metadata?.store !== BASE_STORE) continue;
    for (const list of BASE_LISTS) {
      const entries = value.spec?.[list];
      if (Array.isArray(entries)) for (const e of entries) if (typeof (e as { id?: unknown })?.id === 'string') ids.get(list)!.add((e as { id: string }).id);
    }
  }
  return ids;
}

/**
 * Field tables judge a field alone; some compliance changes need the other
 * side or the baseline to be judged (SPEC section 9): a store entry with a
 * baseline id overrides the law field by field (loosens, even when it reads
 * as "a set added"), and `legal_classes` written where there was none narrows
 * a rule from every class to some (loosens), removed entirely widens it.
 */
function complianceEntry(entry: FieldSemantics, b: Identified, h: Identified, raw: RawChange, baseIds: Map<string, Set<string>>): FieldSemantics {
  if (h.kind !== 'CompliancePolicy') return entry;
  const [spec, list, ...rest] = raw.pattern;
  if (h.store !== BASE_STORE && spec === 'spec' && rest.length === 0 && (raw.type === 'item-added' || raw.type === 'item-removed')) {
    const known = baseIds.get(list ?? '');
    if (known?.has(String(raw.value))) return semanticsFor(h.kind, raw.pattern, OVERRIDE_SEMANTICS);
  }
  if (entry.id === 'compliance/legal-classes' && raw.list) {
    const absentBefore = raw.type === 'item-added' && getAtPointer(b.doc.value, raw.list.base) === undefined;
    const absentAfter = raw.type === 'item-removed' && getAtPointer(h.doc.value, raw.list.head) === undefined;
    if (absentBefore || absentAfter) return { ...NARROWING, added: 'loosens' };
  }
  return entry;
}

const OVERRIDE_SEMANTICS = fieldSemantics.filter((e) => e.id.startsWith('compliance/overrides-base-'));
const NARROWING = fieldSemantics.find((e) => e.id === 'compliance/legal-classes')!;

function fieldChange(b: Identified, h: Identified, raw: RawChange, baseIds: Map<string, Set<string>>): PolicyChange {
  const entry = complianceEntry(semanticsFor(h.kind, raw.pattern), b, h, raw, baseIds);
  const cls = classify(entry, raw.type, raw.before, raw.after);
  const onHead = raw.headPointer !== undefined;
  const doc = onHead ? h.doc : b.doc;
  const pointer = (onHead ? raw.headPointer : raw.basePointer) ?? '';
  const size = raw.type === 'value-changed' ? delta(entry, raw.before, raw.after) : undefined;
  const params: MessageParams = {
    kind: h.kind,
    name: h.name,
    file: h.doc.file,
    path: raw.readable,
    parent: raw.parent,
    key: raw.key,
    parentKey: raw.parentKey,
    item: raw.item ?? '',
    before: raw.type === 'value-added' && entry.default !== undefined ? display(entry.default) : display(raw.before),
    after: display(raw.after),
    value: display(raw.value),
    ...(size !== undefined ? { delta: size } : {}),
  };
  const law = lawContext(doc.value, pointer);
  const change = build({ owner: h, type: raw.type, cls, entry, params, doc, side: onHead ? 'head' : 'base', pointer, path: raw.readable, before: raw.before, after: raw.after });
  return law ? { ...change, law } : change;
}

function documentChange(type: 'document-added' | 'document-removed', d: Identified): PolicyChange {
  const entry = semanticsFor(d.kind, []);
  const cls = classify(entry, type, undefined, undefined);
  const params: MessageParams = { kind: d.kind, name: d.name, file: d.doc.file, store: d.store };
  return build({ owner: d, type, cls, entry, params, doc: d.doc, side: type === 'document-added' ? 'head' : 'base', pointer: '', path: '' });
}

function renamed(b: Identified, h: Identified): PolicyChange {
  const entry = semanticsFor(h.kind, []);
  const sameFile = b.doc.file === h.doc.file;
  const params: MessageParams = {
    kind: h.kind,
    name: h.name,
    file: h.doc.file,
    store: h.store,
    from: sameFile ? `${b.store}/${b.name}` : b.doc.file,
    to: sameFile ? `${h.store}/${h.name}` : h.doc.file,
  };
  return build({ owner: h, type: 'document-renamed', cls: 'neutral', entry, params, doc: h.doc, side: 'head', pointer: '', path: '' });
}

interface ChangeParts {
  owner: Identified;
  type: ChangeType;
  cls: ChangeClass;
  entry: FieldSemantics;
  params: MessageParams;
  /** The document the location is in: head, or base for what was removed. */
  doc: PolicyDocument;
  side: 'base' | 'head';
  pointer: string;
  path: string;
  before?: unknown;
  after?: unknown;
}

function build({ owner, type, cls, entry, params, doc, side, pointer, path, before, after }: ChangeParts): PolicyChange {
  return {
    store: owner.store,
    kind: owner.kind,
    name: owner.name,
    type,
    class: cls,
    pointer,
    path,
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    semantics: entry.id,
    messageId: messageIdFor(entry, type),
    whyId: whyIdFor(entry, type, cls),
    params,
    location: { side, file: doc.file, ...doc.locate(pointer) },
  };
}

const KIND_ORDER = ['Store', 'MemberTiers', 'PromotionPolicy', 'AfterSalesPolicy', 'PackingStandard', 'CompliancePolicy', 'Promotion', 'Listing', 'Waiver', 'PolicyTest'];

function compareChanges(a: PolicyChange, b: PolicyChange): number {
  const kindRank = (kind: string) => (KIND_ORDER.indexOf(kind) + KIND_ORDER.length + 1) % (KIND_ORDER.length + 1);
  return (
    a.store.localeCompare(b.store) ||
    kindRank(a.kind) - kindRank(b.kind) ||
    a.name.localeCompare(b.name) ||
    Number(a.type.startsWith('document')) * -1 + Number(b.type.startsWith('document')) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column
  );
}

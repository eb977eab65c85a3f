import { toPointer } from '@storepolicy/schema';

/** A structural change between two plain values, before it is classified. */
export interface RawChange {
  type: 'value-changed' | 'value-added' | 'value-removed' | 'item-added' | 'item-removed' | 'reordered';
  /** Path with array items as `*`, for matching the semantics table. */
  pattern: string[];
  /** Pointer on the base side, when the value exists there. */
  basePointer?: string;
  /** Pointer on the head side, when the value exists there. */
  headPointer?: string;
  /** `tiers[svip].benefits.price_percent` */
  readable: string;
  /** Readable path of the containing object or list. */
  parent: string;
  /** Id of the nearest list item (e.g. the tier `svip`). */
  item?: string;
  /** Last real segment of the path, and the one before it. */
  key: string;
  parentKey: string;
  before?: unknown;
  after?: unknown;
  /** The element added or removed (item changes). */
  value?: unknown;
  /** Item changes: the list's pointer on each side (it may be absent on one side). */
  list?: { base: string; head: string };
}

interface Frame {
  base: string;
  head: string;
  pattern: string[];
  segments: string[];
  readable: string;
  item?: string;
}

const ROOT: Frame = { base: '', head: '', pattern: [], segments: [], readable: '' };

/** Keys that identify list items, so reordering a list is not "everything changed". */
const IDENTITY_KEYS = ['id', 'name', 'code', 'sku', 'category', 'kind', 'tier', 'rule', 'type', 'reason'] as const;

export type Emit = (change: RawChange) => void;

/**
 * Compare two plain values (parsed YAML) and emit the smallest changes:
 * changed leaves, added and removed keys, list elements added or removed
 * (lists of objects are paired by an identity key such as `id`), reorderings.
 * `expand(pattern)` says whether an added or removed list should be reported
 * element by element (its field has a direction for additions).
 */
export function diffValues(before: unknown, after: unknown, emit: Emit, expand: (pattern: string[]) => boolean): void {
  walk(before, after, ROOT, emit, expand);
}

function walk(before: unknown, after: unknown, frame: Frame, emit: Emit, expand: (p: string[]) => boolean): void {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !Object.hasOwn(after, k))];
    for (const key of keys) {
      const child = childFrame(frame, key);
      if (!Object.hasOwn(before, key)) added(after[key], child, emit, expand);
      else if (!Object.hasOwn(after, key)) removed(before[key], child, emit, expand);
      else walk(before[key], after[key], child, emit, expand);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffArrays(before, after, frame, emit, expand);
    return;
  }
  emit({ ...describe(frame), type: 'value-changed', basePointer: frame.base, headPointer: frame.head, before, after });
}

/** A key that appeared: objects are opened so each leaf is judged on its own. */
function added(value: unknown, frame: Frame, emit: Emit, expand: (p: string[]) => boolean): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const key of Object.keys(value)) added(value[key], childFrame(frame, key), emit, expand);
  } else if (Array.isArray(value) && value.length > 0 && expand(frame.pattern)) {
    diffArrays([], value, frame, emit, expand);
  } else {
    emit({ ...describe(frame), type: 'value-added', headPointer: frame.head, after: value });
  }
}

function removed(value: unknown, frame: Frame, emit: Emit, expand: (p: string[]) => boolean): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const key of Object.keys(value)) removed(value[key], childFrame(frame, key), emit, expand);
  } else if (Array.isArray(value) && value.length > 0 && expand(frame.pattern)) {
    diffArrays(value, [], frame, emit, expand);
  } else {
    emit({ ...describe(frame), type: 'value-removed', basePointer: frame.base, before: value });
  }
}

function diffArrays(before: unknown[], after: unknown[], frame: Frame, emit: Emit, expand: (p: string[]) => boolean): void {
  if (before.every(isScalar) && after.every(isScalar)) {
    diffScalarLists(before, after, frame, emit);
    return;
  }
  const key = identityKey(before, after);
  if (key === undefined) {
    // No identity: pair by position.
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) walk(before[i], after[i], itemFrame(frame, i, i, undefined), emit, expand);
    for (let i = common; i < before.length; i++) emitItem('item-removed', frame, i, before[i], String(i), emit);
    for (let i = common; i < after.length; i++) emitItem('item-added', frame, i, after[i], String(i), emit);
    return;
  }
  const idOf = (item: unknown) => String((item as Record<string, unknown>)[key]);
  const baseIds = before.map(idOf);
  const headIds = after.map(idOf);
  baseIds.forEach((id, i) => {
    if (!headIds.includes(id)) emitItem('item-removed', frame, i, before[i], id, emit);
  });
  headIds.forEach((id, j) => {
    const i = baseIds.indexOf(id);
    if (i === -1) emitItem('item-added', frame, j, after[j], id, emit);
    else walk(before[i], after[j], itemFrame(frame, i, j, id), emit, expand);
  });
  const keptBase = baseIds.filter((id) => headIds.includes(id));
  const keptHead = headIds.filter((id) => baseIds.includes(id));
  if (keptBase.join('\u0000') !== keptHead.join('\u0000')) {
    emit({ ...describe(frame), type: 'reordered', basePointer: frame.base, headPointer: frame.head, before: keptBase, after: keptHead });
  }
}

function diffScalarLists(before: unknown[], after: unknown[], frame: Frame, emit: Emit): void {
  const remaining = new Map<string, number>();
  for (const value of after) remaining.set(JSON.stringify(value), (remaining.get(JSON.stringify(value)) ?? 0) + 1);
  const kept: unknown[] = [];
  before.forEach((value, i) => {
    const id = JSON.stringify(value);
    const left = remaining.get(id) ?? 0;
    if (left > 0) {
      remaining.set(id, left - 1);
      kept.push(value);
    } else emitItem('item-removed', frame, i, value, undefined, emit);
  });
  const available = new Map<string, number>();
  for (const value of before) available.set(JSON.stringify(value), (available.get(JSON.stringify(value)) ?? 0) + 1);
  const keptHead: unknown[] = [];
  after.forEach((value, j) => {
    const id = JSON.stringify(value);
    const left = available.get(id) ?? 0;
    if (left > 0) {
      available.set(id, left - 1);
      keptHead.push(value);
    } else emitItem('item-added', frame, j, value, undefined, emit);
  });
  if (!deepEqual(kept, keptHead)) {
    emit({ ...describe(frame), type: 'reordered', basePointer: frame.base, headPointer: frame.head, before: kept, after: keptHead });
  }
}

function emitItem(type: 'item-added' | 'item-removed', frame: Frame, index: number, value: unknown, id: string | undefined, emit: Emit): void {
  const pointer = `${type === 'item-added' ? frame.head : frame.base}/${index}`;
  emit({
    ...describe(frame),
    type,
    ...(type === 'item-added' ? { headPointer: pointer, after: value } : { basePointer: pointer, before: value }),
    value: id ?? value,
    list: { base: frame.base, head: frame.head },
  });
}

function identityKey(before: unknown[], after: unknown[]): string | undefined {
  const all = [...before, ...after];
  if (!all.every(isPlainObject)) return undefined;
  return IDENTITY_KEYS.find((key) => {
    const unique = (list: unknown[]) => {
      const ids = list.map((item) => (item as Record<string, unknown>)[key]);
      return ids.every((id) => typeof id === 'string' || typeof id === 'number') && new Set(ids).size === ids.length;
    };
    return unique(before) && unique(after);
  });
}

function childFrame(frame: Frame, key: string): Frame {
  const readable = frame.readable === '' ? (frame.segments.length === 0 && key === 'spec' ? '' : key) : `${frame.readable}.${key}`;
  return {
    base: frame.base + toPointer([key]),
    head: frame.head + toPointer([key]),
    pattern: [...frame.pattern, key],
    segments: [...frame.segments, key],
    readable,
    ...(frame.item !== undefined ? { item: frame.item } : {}),
  };
}

function itemFrame(frame: Frame, baseIndex: number, headIndex: number, id: string | undefined): Frame {
  const label = id ?? String(headIndex);
  return {
    base: `${frame.base}/${baseIndex}`,
    head: `${frame.head}/${headIndex}`,
    pattern: [...frame.pattern, '*'],
    segments: [...frame.segments, label],
    readable: `${frame.readable}[${label}]`,
    item: label,
  };
}

function describe(frame: Frame): Pick<RawChange, 'pattern' | 'readable' | 'parent' | 'item' | 'key' | 'parentKey'> {
  const readable = frame.readable || frame.segments.join('.');
  const cut = Math.max(readable.lastIndexOf('.'), readable.lastIndexOf('['));
  return {
    pattern: frame.pattern,
    readable,
    parent: cut > 0 ? readable.slice(0, cut) : '',
    ...(frame.item !== undefined ? { item: frame.item } : {}),
    key: frame.segments.at(-1) ?? '',
    parentKey: frame.segments.at(-2) ?? '',
  };
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

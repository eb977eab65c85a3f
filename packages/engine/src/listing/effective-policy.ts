import type {
  CompliancePolicy,
  CompliancePolicySpec,
  ComplianceQualificationRule,
  ComplianceRequiredStatement,
  ComplianceTermSet,
  PolicyDocument,
} from '@storepolicy/schema';

/** Where an entry (or one field of it) is written. */
export interface Origin {
  doc: PolicyDocument<CompliancePolicy>;
  pointer: string;
}

/**
 * One merged entry. `base` and `store` are the entries as written in each
 * file; `value` is the merge (`{...base, ...store}`, field by field).
 */
export interface Merged<T> {
  value: T;
  base?: { value: T; origin: Origin };
  store?: { value: T; origin: Origin };
}

/** Origin of one field of a merged entry: the store's when it sets it, else the base's. */
export function originOf<T extends object>(entry: Merged<T>, field?: keyof T & string): Origin {
  const from = entry.store && (field === undefined || entry.store.value[field] !== undefined) ? entry.store : entry.base ?? entry.store;
  const origin = from!.origin;
  return field && from!.value[field] !== undefined ? { doc: origin.doc, pointer: `${origin.pointer}/${field}` } : origin;
}

type ListKey = 'term_sets' | 'required_statements' | 'qualifications';
type SingleKey = 'contact_info' | 'title' | 'images' | 'reference_price' | 'size_chart';
export const SINGLE_KEYS: readonly SingleKey[] = ['contact_info', 'title', 'images', 'reference_price', 'size_chart'];

export interface EffectivePolicy {
  termSets: Merged<ComplianceTermSet>[];
  statements: Merged<ComplianceRequiredStatement>[];
  qualifications: Merged<ComplianceQualificationRule>[];
  single: { [K in SingleKey]?: Merged<NonNullable<CompliancePolicySpec[K]>> };
}

/**
 * Merge a store's CompliancePolicy over the base it extends. Semantics
 * (documented in docs/guide/compliance.md):
 * - lists (`term_sets`, `required_statements`, `qualifications`) merge by `id`:
 *   a new id is appended; a known id replaces exactly the fields the store sets
 *   (so a store `terms:` list REPLACES the base's list for that set);
 * - single rules (`title`, `images`, ...) merge field by field, store winning.
 * Whether a store may do so is `compliance/loosens-law`'s job, not the merge's.
 */
export function mergeCompliance(
  store: PolicyDocument<CompliancePolicy> | undefined,
  base: PolicyDocument<CompliancePolicy> | undefined,
): EffectivePolicy {
  return {
    termSets: mergeList(store, base, 'term_sets') as Merged<ComplianceTermSet>[],
    statements: mergeList(store, base, 'required_statements') as Merged<ComplianceRequiredStatement>[],
    qualifications: mergeList(store, base, 'qualifications') as Merged<ComplianceQualificationRule>[],
    single: Object.fromEntries(
      SINGLE_KEYS.flatMap((key) => {
        const b = base?.value.spec?.[key];
        const s = store?.value.spec?.[key];
        if (!b && !s) return [];
        const merged: Merged<object> = { value: { ...(b ?? {}), ...(s ?? {}) } };
        if (b) merged.base = { value: b, origin: { doc: base!, pointer: `/spec/${key}` } };
        if (s) merged.store = { value: s, origin: { doc: store!, pointer: `/spec/${key}` } };
        return [[key, merged]];
      }),
    ),
  };
}

function mergeList(
  store: PolicyDocument<CompliancePolicy> | undefined,
  base: PolicyDocument<CompliancePolicy> | undefined,
  key: ListKey,
): Merged<{ id: string }>[] {
  const out: Merged<{ id: string }>[] = [];
  const byId = new Map<string, Merged<{ id: string }>>();
  const add = (doc: PolicyDocument<CompliancePolicy> | undefined, side: 'base' | 'store') => {
    const list = (doc?.value.spec?.[key] ?? []) as { id: string }[];
    list.forEach((entry, index) => {
      const origin = { doc: doc!, pointer: `/spec/${key}/${index}` };
      const known = byId.get(entry.id);
      if (known) {
        known[side] = { value: entry, origin };
        known.value = { ...known.value, ...entry };
      } else {
        const merged: Merged<{ id: string }> = { value: { ...entry }, [side]: { value: entry, origin } };
        byId.set(entry.id, merged);
        out.push(merged);
      }
    });
  };
  add(base, 'base');
  add(store, 'store');
  return out;
}

import type { MessageParams, Severity } from '@storepolicy/schema';
import { foldString } from '../../listing/fold.js';
import { searchForm } from '../../listing/read-as-buyer.js';

/** One way a store entry weakens a law entry of its base. */
export interface Weakening {
  /** Pointer suffix inside the store entry (e.g. `/terms`). */
  field: string;
  /** Pointer suffix inside the base entry, for `related`. */
  baseField: string;
  messageId: string;
  params: MessageParams;
  /** Several base places (e.g. each dropped term), when one finding covers them all. */
  related?: Array<{ baseField: string; messageId: string; params: MessageParams }>;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

type Entry = Record<string, unknown>;

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/**
 * Compare a store entry with the base entry it overrides (same id, or the same
 * single rule). Only the fields the store sets can weaken anything: the merge
 * keeps the base's value for every field the store leaves out.
 */
export function weakenings(base: Entry, store: Entry): Weakening[] {
  const out: Weakening[] = [];
  const same = (field: string, messageId: string, params: MessageParams = {}) =>
    out.push({ field: `/${field}`, baseField: base[field] === undefined ? '' : `/${field}`, messageId, params });

  if (store.law === false) same('law', 'unmarked');
  if (store.enabled === false && base.enabled !== false) same('enabled', 'disabled');
  const baseSeverity = (base.severity as Severity | undefined) ?? 'error';
  const storeSeverity = store.severity as Severity | undefined;
  if (storeSeverity && RANK[storeSeverity] < RANK[baseSeverity]) same('severity', 'severityLowered', { from: baseSeverity, to: storeSeverity });

  // Flags that switch a detection off.
  for (const flag of ['phone', 'wechat', 'qq', 'main_real_shot', 'require_lowest_price']) {
    if (store[flag] === false && base[flag] !== false) same(flag, 'flagOff', { flag });
  }
  // Numbers where a larger (or smaller) value is looser.
  if (typeof store.min_images === 'number' && typeof base.min_images === 'number' && store.min_images < base.min_images) {
    same('min_images', 'numberLoosened', { field: 'min_images', from: base.min_images, to: store.min_images });
  }
  if (typeof store.max_width === 'number' && typeof base.max_width === 'number' && store.max_width > base.max_width) {
    same('max_width', 'numberLoosened', { field: 'max_width', from: base.max_width, to: store.max_width });
  }

  // Terms dropped by a replacing `terms:` list.
  const baseTerms = strings(base.terms);
  const storeTerms = strings(store.terms);
  if (baseTerms && storeTerms) {
    const kept = new Set(storeTerms.map(foldString));
    // One finding for the whole list (a manager fixes one line), with a related place per dropped term.
    const dropped = baseTerms.flatMap((term, index) => (kept.has(foldString(term)) ? [] : [{ term, index }]));
    if (dropped.length > 0) {
      out.push({
        field: '/terms',
        baseField: '/terms',
        messageId: 'termRemoved',
        params: { count: dropped.length, terms: dropped.map((d) => d.term).join(', ') },
        related: dropped.map((d) => ({ baseField: `/terms/${d.index}`, messageId: 'termHere', params: { term: d.term } })),
      });
    }
  }
  // An allow entry suppresses every match it covers, so a new one (not already in the base's list)
  // that equals a law term, contains one (全网最低价 covers 全网最低) or sits inside one (全网 in
  // 全网最低) lets the law term through somewhere: SPEC section 9 refuses all three.
  const storeAllow = strings(store.allow);
  if (storeAllow) {
    const baseAllow = new Set((strings(base.allow) ?? []).map(searchForm));
    const lawTerms = [...(baseTerms ?? []), ...(storeTerms ?? [])];
    const folded = lawTerms.map(searchForm);
    storeAllow.forEach((compound, index) => {
      const c = searchForm(compound);
      if (c.length === 0 || baseAllow.has(c)) return;
      const at = folded.findIndex((term) => term.length > 0 && (c.includes(term) || term.includes(c)));
      if (at < 0) return;
      const fromBase = baseTerms !== undefined && at < baseTerms.length;
      out.push({
        field: `/allow/${index}`,
        baseField: fromBase && !storeTerms ? `/terms/${at}` : base.terms === undefined ? '' : '/terms',
        messageId: 'allowCoversTerm',
        params: { compound, term: lawTerms[at]! },
      });
    });
  }
  // Legal classes: dropping one from `legal_classes`, or adding one to `except_legal_classes`.
  const baseClasses = strings(base.legal_classes);
  const storeClasses = strings(store.legal_classes);
  if (!baseClasses && storeClasses && store.legal_classes !== undefined && base.statement === undefined && base.any_of === undefined) {
    // The base applies to every class; a store list restricts it to some.
    same('legal_classes', 'classesNarrowed', { classes: storeClasses.join(', ') });
  }
  if (typeof store.check === 'string' && store.check !== (base.check ?? 'banned-term')) {
    same('check', 'checkChanged', { from: String(base.check ?? 'banned-term'), to: store.check });
  }
  if (baseClasses && storeClasses) {
    for (const legalClass of baseClasses) if (!storeClasses.includes(legalClass)) same('legal_classes', 'classDropped', { legalClass });
  }
  const storeExcept = strings(store.except_legal_classes);
  if (storeExcept) {
    const baseExcept = strings(base.except_legal_classes) ?? [];
    for (const legalClass of storeExcept) if (!baseExcept.includes(legalClass)) same('except_legal_classes', 'classExempted', { legalClass });
  }
  // Qualifications: accepting a licence type the law does not.
  const baseAnyOf = strings(base.any_of);
  const storeAnyOf = strings(store.any_of);
  if (baseAnyOf && storeAnyOf) {
    for (const type of storeAnyOf) if (!baseAnyOf.includes(type)) same('any_of', 'typeAdded', { type });
  }
  // Required statements: the wording is the law's.
  if (typeof store.statement === 'string' && typeof base.statement === 'string' && foldString(store.statement) !== foldString(base.statement)) {
    same('statement', 'statementChanged', { from: base.statement, to: store.statement });
  }
  const baseFields = strings(base.fields);
  const storeFields = strings(store.fields);
  if (baseFields && storeFields) {
    for (const field of baseFields) if (!storeFields.includes(field)) same('fields', 'classDropped', { legalClass: field });
  }
  return out;
}

import type { CompliancePolicy, PolicyDocument } from '@storepolicy/schema';
import { weakenings } from './_law-comparisons.js';
import { LAW_FLOOR } from './_law-floor.js';

/** One way a `_base` document falls short of the law floor. */
export interface BaselineGap {
  /** Where in the baseline document (the entry, or `/spec` when the entry is missing). */
  pointer: string;
  /** The law entry: a set, statement or qualification id, or `contact_info` / `reference_price`. */
  rule: string;
  /** What is wrong, language-neutral: `missing`, `law: not true`, `/terms: 最佳, 第一`... */
  detail: string;
}

type Entry = Record<string, unknown>;
const LIST_KEYS = ['term_sets', 'required_statements', 'qualifications'] as const;
const SINGLE_KEYS = ['contact_info', 'reference_price'] as const;

/**
 * Compare a baseline document with the law floor the way `compliance/loosens-law`
 * compares a store with its base: every floor entry must be present, marked
 * `law: true`, and not weakened. A field the baseline leaves out counts as
 * its empty value (no terms, no licence types), not as "inherit": a baseline
 * inherits from nothing.
 */
export function baselineGaps(doc: PolicyDocument<CompliancePolicy>): BaselineGap[] {
  const spec = (doc.value.spec ?? {}) as Record<string, unknown>;
  const gaps: BaselineGap[] = [];
  const compare = (floor: Entry, found: Entry | undefined, pointer: string, rule: string, parent: string) => {
    if (!found) {
      gaps.push({ pointer: parent, rule, detail: 'missing' });
      return;
    }
    if (found.law !== true) gaps.push({ pointer: `${pointer}${found.law === undefined ? '' : '/law'}`, rule, detail: 'law: not true' });
    const filled: Entry = {
      ...found,
      law: true, // reported above
      check: found.check ?? 'banned-term',
      severity: found.severity ?? 'error',
      ...(floor.terms !== undefined ? { terms: found.terms ?? [] } : {}),
      ...(floor.statement !== undefined ? { statement: found.statement ?? '', fields: found.fields ?? ['description'] } : {}),
      ...(floor.any_of !== undefined ? { any_of: found.any_of ?? [] } : {}),
    };
    for (const w of weakenings(floor, filled)) {
      const field = w.field.slice(1).split('/')[0]!;
      gaps.push({ pointer: found[field] === undefined ? pointer : `${pointer}${w.field}`, rule, detail: describe(field, w.messageId, w.params) });
    }
    // A licence rule with no accepted licence type is skipped when compiled: the law would not run.
    if (Array.isArray(floor.any_of) && floor.any_of.length > 0 && (filled.any_of as unknown[]).length === 0) gaps.push({ pointer, rule, detail: 'any_of: none' });
  };
  for (const key of LIST_KEYS) {
    const list = Array.isArray(spec[key]) ? (spec[key] as Entry[]) : [];
    for (const floor of LAW_FLOOR[key] as unknown as Entry[]) {
      const index = list.findIndex((e) => e?.id === floor.id);
      compare(floor, index < 0 ? undefined : list[index], `/spec/${key}/${index}`, String(floor.id), spec[key] === undefined ? '/spec' : `/spec/${key}`);
    }
  }
  for (const key of SINGLE_KEYS) {
    const found = spec[key] !== null && typeof spec[key] === 'object' ? (spec[key] as Entry) : undefined;
    compare(LAW_FLOOR[key] as unknown as Entry, found, `/spec/${key}`, key, '/spec');
  }
  return gaps;
}

function describe(field: string, messageId: string, params: Record<string, unknown>): string {
  if (messageId === 'termRemoved') return `${field}: without ${String(params.terms)}`;
  if (messageId === 'severityLowered') return `${field}: ${String(params.from)} -> ${String(params.to)}`;
  if (messageId === 'checkChanged') return `${field}: ${String(params.from)} -> ${String(params.to)}`;
  const values = Object.values(params).map(String).join(', ');
  return values ? `${field}: ${values}` : field;
}

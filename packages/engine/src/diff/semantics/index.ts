import type { FieldSemantics } from '../types.js';
import { afterSalesSemantics } from './after-sales.js';
import { complianceSemantics } from './compliance.js';
import { documentSemantics } from './documents.js';
import { fallbackDocument, fallbackSemantics, genericSemantics } from './generic.js';
import { memberTierSemantics } from './member-tiers.js';
import { otherSemantics } from './others.js';
import { packingSemantics } from './packing.js';
import { promotionPolicySemantics } from './promotion-policy.js';

/**
 * Every field whose direction is known, most specific first. To teach `diff`
 * a new field, add an entry to its kind's table: nothing else changes.
 */
export const fieldSemantics: readonly FieldSemantics[] = [
  ...documentSemantics,
  ...memberTierSemantics,
  ...promotionPolicySemantics,
  ...afterSalesSemantics,
  ...packingSemantics,
  ...complianceSemantics,
  ...otherSemantics,
  ...genericSemantics,
];

export const allSemantics: readonly FieldSemantics[] = [...fieldSemantics, fallbackSemantics, fallbackDocument];

const compiled = new Map<string, string[]>();
function segmentsOf(path: string): string[] {
  let segments = compiled.get(path);
  if (!segments) {
    segments = path === '' ? [] : path.replace(/^\//, '').split('/');
    compiled.set(path, segments);
  }
  return segments;
}

/** Does a pattern (`*` one segment, `**` any number) match a path's segments? */
export function matchesPattern(pattern: readonly string[], path: readonly string[], p = 0, s = 0): boolean {
  if (p === pattern.length) return s === path.length;
  const head = pattern[p];
  if (head === '**') {
    for (let skip = s; skip <= path.length; skip++) if (matchesPattern(pattern, path, p + 1, skip)) return true;
    return false;
  }
  if (s === path.length) return false;
  return (head === '*' || head === path[s]) && matchesPattern(pattern, path, p + 1, s + 1);
}

/** The entry that knows a field of a kind (array items appear as `*` in `path`). */
export function semanticsFor(kind: string, path: readonly string[], table: readonly FieldSemantics[] = fieldSemantics): FieldSemantics {
  for (const entry of table) {
    if (entry.kind !== undefined && entry.kind !== kind) continue;
    if (matchesPattern(segmentsOf(entry.path), path)) return entry;
  }
  return path.length === 0 ? fallbackDocument : fallbackSemantics;
}

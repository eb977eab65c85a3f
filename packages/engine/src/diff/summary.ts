import type { ChangeClass, PolicyChange } from './types.js';

export type ChangeSummary = Record<ChangeClass, number> & { total: number; documents: { added: number; removed: number; renamed: number } };

/** Counts for the headline of a diff report. */
export function summarizeChanges(changes: readonly PolicyChange[]): ChangeSummary {
  const count = (cls: ChangeClass) => changes.filter((c) => c.class === cls).length;
  const type = (t: PolicyChange['type']) => changes.filter((c) => c.type === t).length;
  return {
    total: changes.length,
    tightens: count('tightens'),
    loosens: count('loosens'),
    neutral: count('neutral'),
    documents: { added: type('document-added'), removed: type('document-removed'), renamed: type('document-renamed') },
  };
}

import { describeChange, summarizeChanges, type ChangeSummary, type PolicyChange } from '@storepolicy/engine';
import type { Lang } from '@storepolicy/schema';

/** A change as every diff format reads it: the engine's change, in words. */
export interface DiffEntry {
  store: string;
  kind: string;
  name: string;
  type: PolicyChange['type'];
  class: PolicyChange['class'];
  message: string;
  why: string;
  side: 'base' | 'head';
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
  path: string;
  before?: unknown;
  after?: unknown;
  messageId: string;
  whyId: string;
  params: PolicyChange['params'];
  /** The change touches a rule marked `law: true`; `source` is the law it cites. */
  law?: { source: string };
}

/** The JSON image of `storepolicy diff --format json` (a stable contract, like validate's). */
export interface DiffReport {
  version: 1;
  base: { ref: string; commit: string };
  head: { ref: string; commit: string | null };
  summary: ChangeSummary & { skippedFiles: number; invalidDocuments: number };
  changes: DiffEntry[];
  /** Files left out because their YAML is broken on one side. */
  skipped: string[];
}

export function buildDiffReport(input: {
  base: DiffReport['base'];
  head: DiffReport['head'];
  changes: readonly PolicyChange[];
  skipped: string[];
  invalidDocuments: number;
  lang: Lang;
}): DiffReport {
  return {
    version: 1,
    base: input.base,
    head: input.head,
    summary: { ...summarizeChanges(input.changes), skippedFiles: input.skipped.length, invalidDocuments: input.invalidDocuments },
    changes: input.changes.map((change) => toEntry(change, input.lang)),
    skipped: input.skipped,
  };
}

function toEntry(change: PolicyChange, lang: Lang): DiffEntry {
  const { message, why } = describeChange(change, lang);
  const { side, file, line, column, endLine, endColumn } = change.location;
  return {
    store: change.store,
    kind: change.kind,
    name: change.name,
    type: change.type,
    class: change.class,
    message,
    why,
    side,
    file,
    line,
    column,
    endLine,
    endColumn,
    pointer: change.pointer,
    path: change.path,
    ...(change.before !== undefined ? { before: change.before } : {}),
    ...(change.after !== undefined ? { after: change.after } : {}),
    messageId: change.messageId,
    whyId: change.whyId,
    params: change.params,
    ...(change.law ? { law: change.law } : {}),
  };
}

/** Changes grouped by store, then by document, in report order. */
export function groupChanges(changes: readonly DiffEntry[]): Array<{ store: string; documents: Array<{ kind: string; name: string; changes: DiffEntry[] }> }> {
  const stores: Array<{ store: string; documents: Array<{ kind: string; name: string; changes: DiffEntry[] }> }> = [];
  for (const change of changes) {
    let store = stores.find((s) => s.store === change.store);
    if (!store) stores.push((store = { store: change.store, documents: [] }));
    let doc = store.documents.find((d) => d.kind === change.kind && d.name === change.name);
    if (!doc) store.documents.push((doc = { kind: change.kind, name: change.name, changes: [] }));
    doc.changes.push(change);
  }
  return stores;
}

export const CLASS_WORDS: Record<Lang, Record<PolicyChange['class'], string>> = {
  en: { tightens: 'tightens', loosens: 'loosens', neutral: 'neutral' },
  zh: { tightens: '收紧', loosens: '放宽', neutral: '中性' },
};

/** "law: 广告法 第九条第三项" in the reader's language, for changes inside a law rule. */
export function lawNote(entry: DiffEntry, lang: Lang): string {
  if (!entry.law) return '';
  if (lang === 'zh') return entry.law.source ? `法律：${entry.law.source}` : '法律';
  return entry.law.source ? `law: ${entry.law.source}` : 'law';
}

export function describeRange(report: DiffReport): string {
  const short = (commit: string | null) => (commit ? ` (${commit.slice(0, 7)})` : '');
  return `${report.base.ref}${short(report.base.commit)} -> ${report.head.ref}${short(report.head.commit)}`;
}

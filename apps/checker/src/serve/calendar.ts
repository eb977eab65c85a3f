import path from 'node:path';
import {
  buildMessageCatalog,
  checkCalendar,
  compilePromotion,
  dryRun,
  inScope,
  resolvePolicy,
  windowsOverlap,
  type CatalogItem,
  type CompiledPromotion,
} from '@storepolicy/engine';
import { localize, type Diagnostic, type Lang, type PolicyDocument, type Promotion } from '@storepolicy/schema';
import type { CalendarItem } from '@storepolicy/console';
import { loadCatalog } from '../catalog/index.js';
import { UsageError } from '../exit.js';
import { loadProject } from '../io/project.js';
import { loadStore, proposalFiles, type StoreEntry } from './stores.js';

/** The codes whose findings name two promotions that cannot run together. */
const PAIR_CODES = new Set(['promotion/conflict', 'promotion/not-combinable']);


export interface CalendarOverlap {
  a: string;
  b: string;
  start: number;
  end: number;
  /** `conflict` when the engine reports the pair (conflict, not combinable); `stacks` otherwise. */
  kind: 'conflict' | 'stacks';
  codes: string[];
}

/**
 * The store's calendar (approved promotions) and its saved proposals on one
 * timeline. Every verdict is the engine's: the approved calendar's findings
 * are `validate`'s (`checkCalendar`), each proposal's are its `check
 * promotion` dry-run against the calendar. An overlap of two promotions that
 * share a SKU is a conflict exactly when one of those findings names the pair.
 */
export function storeCalendar(entry: StoreEntry, lang: Lang, nowText: string | undefined) {
  const store = loadStore(entry);
  const { bundle } = store;
  const policy = resolvePolicy(bundle.promotionPolicy);
  const now = nowText && !Number.isNaN(Date.parse(nowText)) ? new Date(nowText) : new Date();
  const { items: catalog, error: catalogError } = catalogOf(entry, lang);
  const proposalsProject = loadProject(proposalFiles(entry));
  const proposals = proposalsProject.documents.filter((d): d is PolicyDocument<Promotion> => d.kind === 'Promotion');

  const messages = buildMessageCatalog();
  const findings = new Map<string, Diagnostic[]>();
  const add = (id: string, d: Diagnostic) => findings.set(id, [...(findings.get(id) ?? []), d]);
  const byFile = new Map(bundle.promotions.map((doc) => [doc.file, doc.value.metadata.name]));
  for (const d of checkCalendar(bundle, now)) {
    const id = byFile.get(d.file);
    if (id) add(id, d);
  }
  for (const proposal of proposals) {
    const result = dryRun({ bundle, proposals: [proposal], catalog, now });
    for (const d of result.diagnostics) if (d.file === proposal.file) add(proposal.value.metadata.name, d);
  }
  const pairs = new Map<string, Set<string>>();
  for (const [id, list] of findings) {
    for (const d of list) {
      const other = d.params.other;
      if (!PAIR_CODES.has(d.code) || typeof other !== 'string') continue;
      const key = [id, other].sort().join('\u0000');
      pairs.set(key, (pairs.get(key) ?? new Set()).add(d.code));
    }
  }

  const compiled = [...bundle.promotions, ...proposals].map((doc) => compilePromotion(doc, policy));
  const items: CalendarItem[] = compiled.map((p) => ({
    id: p.id,
    file: p.doc.file,
    line: p.doc.locate('').line,
    type: p.type,
    cls: p.cls,
    status: p.approved ? 'approved' : 'proposed',
    start: p.start,
    end: p.end,
    scope: { all: p.scope.all, categories: [...(p.scope.categories ?? [])], skus: [...(p.scope.skus ?? [])] },
    ...(p.doc.value.spec.event ? { event: p.doc.value.spec.event } : {}),
    findings: (findings.get(p.id) ?? []).map((d) => {
      const l = localize(d, messages, lang);
      return { code: d.code, severity: d.severity, message: l.message, ...(l.hint ? { hint: l.hint } : {}), line: d.line, column: d.column, file: d.file };
    }),
  }));
  const overlaps: CalendarOverlap[] = [];
  for (let i = 0; i < compiled.length; i++) {
    for (let j = i + 1; j < compiled.length; j++) {
      const a = compiled[i]!;
      const b = compiled[j]!;
      if (!windowsOverlap(a, b) || !shareSku(a, b, catalog)) continue;
      const codes = pairs.get([a.id, b.id].sort().join('\u0000'));
      overlaps.push({ a: a.id, b: b.id, start: Math.max(a.start, b.start), end: Math.min(a.end, b.end), kind: codes ? 'conflict' : 'stacks', codes: [...(codes ?? [])] });
    }
  }
  return {
    store: bundle.id,
    items,
    overlaps,
    blackouts: policy.blackouts.map((b) => ({ start: b.start, end: b.end, reason: bundle.promotionPolicy?.value.spec.blackouts?.[b.index]?.reason })),
    events: Object.keys(policy.events).map((id) => ({ id, name: (bundle.promotionPolicy?.value.spec.events?.[id] as { name?: unknown } | undefined)?.name })),
    problems: proposalsProject.diagnostics.length,
    ...(catalogError ? { catalogError } : {}),
  };
}

function shareSku(a: CompiledPromotion, b: CompiledPromotion, catalog: readonly CatalogItem[]): boolean {
  if (catalog.length === 0) return a.scope.all || b.scope.all || [...(a.scope.categories ?? [])].some((c) => b.scope.categories?.has(c));
  return catalog.some((item) => inScope(a, item.sku, item.category) && inScope(b, item.sku, item.category));
}

/**
 * The calendar is still worth showing when the catalogue cannot be read, but
 * the page must say so: SKU-level checks (floors, depth) did not run then.
 */
function catalogOf(entry: StoreEntry, lang: Lang): { items: CatalogItem[]; error?: string } {
  try {
    return { items: loadCatalog(path.join(entry.dir, 'catalog.csv')).items };
  } catch (error) {
    return { items: [], error: error instanceof UsageError ? error.render(lang) : error instanceof Error ? error.message : String(error) };
  }
}

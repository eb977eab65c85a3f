import { statSync } from 'node:fs';
import path from 'node:path';
import { applyWaivers, buildPolicySet, runPolicyRules, unknownCatalogCategories, type PolicySet, type StoreBundle } from '@storepolicy/engine';
import type { Diagnostic } from '@storepolicy/schema';
import { loadCatalog, storeCatalogFile } from './catalog/index.js';
import { loadProject, type LoadedProject, type ProjectOptions } from './io/project.js';

export interface AnalyzeOptions extends ProjectOptions {
  /** The instant time-dependent rules and waiver expiry are judged at. */
  now: Date;
  /** `--waiver-max-days`. */
  waiverMaxDays: number;
  /** Repository root, for the waivers' repo-relative `file` targets. */
  rootDir: string;
  /** Where relative file names start, from the repository root (a run from a store's folder). */
  workDir?: string;
}

export interface Analysis {
  project: LoadedProject;
  set: PolicySet;
  /** Every layer's findings, waived ones marked `waivedBy`. */
  diagnostics: Diagnostic[];
  /** Catalogues and price histories read to price the stores' calendars. */
  catalogFiles: string[];
}

/**
 * All four layers over a list of files, as `validate` runs them: syntax and
 * schema (loadProject), the rules and cross-document checks per store, then
 * the waivers. One function so every front end (the CLI, the language
 * server) gives the same verdict; `overlay` lets an editor's unsaved
 * buffers take the place of the files on disk.
 */
export function analyzeFiles(files: readonly string[], options: AnalyzeOptions): Analysis {
  return analyzeLoaded(loadProject(files, options), options);
}

/** Layers 3 and 4 and the waivers over a project already loaded (the language server caches per file). */
export function analyzeLoaded(
  project: LoadedProject,
  options: Pick<AnalyzeOptions, 'now' | 'waiverMaxDays' | 'rootDir' | 'workDir'> & { ruleCache?: StoreRuleCache },
): Analysis {
  const set = buildPolicySet(project.documents, project.rejected);
  const { files: catalogFiles, diagnostics: catalogFindings } = attachCatalogs(set);
  const ruleFindings = options.ruleCache ? options.ruleCache.run(set, options.now) : runPolicyRules(set, { now: options.now });
  // waivers run last: they see every other layer's findings, and only those
  const diagnostics = applyWaivers([...project.diagnostics, ...catalogFindings, ...ruleFindings], set, options.now, {
    maxDays: options.waiverMaxDays,
    rootDir: options.rootDir,
    ...(options.workDir ? { workDir: options.workDir } : {}),
    // listings' content is checked by `check listing`, which judges those waivers' use
    reportsUnused: (rule) => !rule.startsWith('listing/'),
  });
  return { project, set, diagnostics, catalogFiles };
}

/**
 * A store with a catalogue (`catalog.csv`, and `price-history.csv`, next to
 * its `store.yaml`) gets its approved calendar priced like a proposal (SPEC
 * section 9): two promotions approved apart that stack below a floor fail.
 * A catalogue that cannot be read stops the run (exit 2, located issues).
 */
function attachCatalogs(set: PolicySet): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const bundle of set.stores) {
    if (!bundle.store || bundle.promotions.length === 0) continue;
    const file = storeCatalogFile(path.dirname(bundle.store.file));
    if (file === undefined) continue;
    const loaded = loadCatalogOnce(file);
    bundle.catalog = loaded.items;
    files.push(...loaded.files);
    // A row in no store category would drop out of the calendar's pricing
    // unseen (its floor never checked): the same error as in check promotion.
    diagnostics.push(...unknownCatalogCategories(bundle, loaded.items, loaded.categoryAt));
  }
  return { files, diagnostics };
}

const catalogs = new Map<string, { key: string; loaded: ReturnType<typeof loadCatalog> }>();

/**
 * A catalogue read again only when it or its price history changed on disk:
 * the language server analyses on every keystroke, and a history can be
 * millions of rows. Unchanged, the same items come back, so StoreRuleCache
 * can tell that the store's inputs did not change.
 */
function loadCatalogOnce(file: string): ReturnType<typeof loadCatalog> {
  const key = [file, path.join(path.dirname(file), 'price-history.csv')].map(statKey).join('|');
  const cached = catalogs.get(file);
  if (cached?.key === key) return cached.loaded;
  const loaded = loadCatalog(file);
  catalogs.set(file, { key, loaded });
  return loaded;
}

function statKey(file: string): string {
  try {
    const stats = statSync(file);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return 'none';
  }
}

/**
 * The rules' findings per store, kept while the store's documents are the
 * same objects (a long-lived caller such as the language server reuses the
 * documents of files that did not change). Rules see one store at a time, so
 * an edit in one store re-runs only that store's rules. Reused findings are
 * at most `maxAgeMs` old, for the rules that depend on the clock.
 */
export class StoreRuleCache {
  private readonly stores = new Map<string, { key: unknown[]; at: number; diagnostics: Diagnostic[] }>();

  constructor(private readonly maxAgeMs = 60_000) {}

  run(set: PolicySet, now: Date): Diagnostic[] {
    const out: Diagnostic[] = [];
    const live = new Set<string>();
    for (const bundle of set.stores) {
      live.add(bundle.id);
      const key = keyOf(bundle);
      const cached = this.stores.get(bundle.id);
      if (cached && Math.abs(now.getTime() - cached.at) < this.maxAgeMs && sameKey(cached.key, key)) {
        out.push(...cached.diagnostics);
        continue;
      }
      const diagnostics = runPolicyRules({ stores: [bundle], bases: set.bases }, { now });
      this.stores.set(bundle.id, { key, at: now.getTime(), diagnostics });
      out.push(...diagnostics);
    }
    for (const id of this.stores.keys()) if (!live.has(id)) this.stores.delete(id);
    return out;
  }
}

/** What a store's findings depend on: its documents, its baseline, its catalogue and the kinds that failed the schema. */
function keyOf(bundle: StoreBundle): unknown[] {
  const docs: unknown[] = [...bundle.documents, bundle.complianceBase, bundle.catalog];
  return [...docs, ...[...bundle.invalidKinds].sort()];
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildMessageCatalog, DEFAULT_WAIVER_MAX_DAYS, normalizeFile } from '@storepolicy/engine';
import { analyzeFiles } from '../analyze.js';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { discoverYamlFiles } from '../io/discover.js';
import { defaultPoliciesDir, findRepoRoot, waiverPaths } from '../io/repo-root.js';
import { runtime } from '../io/runtime.js';
import { parseMaxBytes, parseNow, parseReportOptions } from '../parse-options.js';
import { buildReport, exitCodeFor } from '../report/model.js';
import { renderReport } from '../report/render.js';

/**
 * `storepolicy validate [paths...]`: all layers on every document found. A
 * file or folder inside a store is checked with the rest of that store loaded
 * as context (its Store, tiers, calendar...), and only the paths named are
 * reported: one file alone gives the verdict it gets with its store.
 */
export async function runValidate(paths: string[], raw: Record<string, unknown>): Promise<number> {
  const options = parseReportOptions(raw);
  const now = parseNow(raw.now);
  const named = discoverYamlFiles(paths.length > 0 ? paths : [defaultPoliciesDir()]);
  const context = storeContext(paths.length > 0 ? paths : [], named);
  const { project, diagnostics } = analyzeFiles([...named, ...context], {
    maxBytes: parseMaxBytes(raw.maxFileSize),
    // STOREPOLICY_YAML_FAST=0: every file through the full YAML parse, the
    // reference the fast path is held to (test/validate/fast-path.test.ts)
    fast: runtime().env.STOREPOLICY_YAML_FAST !== '0',
    now,
    waiverMaxDays: parseWaiverMaxDays(raw.waiverMaxDays),
    ...waiverPaths(),
  });
  const reported = new Set(named.map(normalizeFile));
  const report = buildReport({
    // the files reported on: every file read, or only those named when their store came along as context
    files: context.length === 0 ? project.files.length : named.length,
    diagnostics: context.length === 0 ? diagnostics : diagnostics.filter((d) => reported.has(normalizeFile(d.file))),
    catalog: buildMessageCatalog(),
    lang: options.lang,
  });
  renderReport(report, options, 'storepolicy validate', project.sources);
  return exitCodeFor(report, options.failOn);
}

/**
 * The other policy files of the stores the named paths lie in: the nearest
 * folder above each path holding a store.yaml, up to the repository root.
 * Listings and proposals are drafts checked by other commands, so they are
 * never pulled in as context.
 */
function storeContext(paths: readonly string[], named: readonly string[]): string[] {
  const root = findRepoRoot();
  const stores = new Set<string>();
  for (const given of paths) {
    let dir = path.resolve(statSync(given).isDirectory() ? given : path.dirname(given));
    for (;;) {
      if (existsSync(path.join(dir, 'store.yaml'))) {
        stores.add(path.relative(process.cwd(), dir) || '.');
        break;
      }
      const parent = path.dirname(dir);
      if (dir === root || parent === dir) break;
      dir = parent;
    }
  }
  if (stores.size === 0) return [];
  const have = new Set(named.map(normalizeFile));
  const drafts = /(^|\/)(listings|proposals)\//;
  return discoverYamlFiles([...stores]).filter((file) => !have.has(normalizeFile(file)) && !drafts.test(normalizeFile(file)));
}

/** `--waiver-max-days`: the longest exception a Waiver may grant (default 90). */
export function parseWaiverMaxDays(raw: unknown): number {
  if (raw === undefined) return DEFAULT_WAIVER_MAX_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) throw new UsageError(m.waiverMaxDays({ value: String(raw) }));
  return days;
}

import path from 'node:path';
import type { Diagnostic, PolicyDocument, Waiver } from '@storepolicy/schema';
import type { PolicySet, StoreBundle } from '../model.js';
import { toDiagnostic, type FindingInput, type RuleMeta } from '../rule.js';
import { ruleCatalog } from '../rules/index.js';
import { expiredMeta, noExpiryMeta, notWaivable, notWaivableMeta, unusedMeta, wrongStoreMeta } from '../rules/waiver/index.js';
import { closestCode } from './closest-code.js';
import { DEFAULT_TIMEZONE, DEFAULT_WAIVER_MAX_DAYS, judgeExpiry } from './expiry.js';
import { compileTarget, describeTarget, repoRelative, targetMatches, type CompiledTarget, type PromotionSpan } from './match.js';

export interface WaiverOptions {
  /** Longest allowed exception, in days from `now` (default 90; `--waiver-max-days`). */
  maxDays?: number;
  /** Repository root, to compare absolute finding paths with the waivers' repo-relative ones. */
  rootDir?: string;
  /** Where relative finding paths start, from the repository root (a run from a store's folder). */
  workDir?: string;
  /** Rule codes a waiver may name (default: every rule the engine knows). */
  knownCodes?: readonly string[];
  /**
   * Whether this run can tell that a waiver of `rule` matches nothing: only
   * when it ran that rule (default: yes for every rule). `validate` does not
   * check listings, so a waiver of a `listing/*` rule is not unused there.
   */
  reportsUnused?: (rule: string) => boolean;
}

interface LiveWaiver {
  doc: PolicyDocument<Waiver>;
  store: string;
  target: CompiledTarget;
  used: boolean;
}

/** One Waiver document as judged at `now`. */
export interface JudgedWaiver {
  doc: PolicyDocument<Waiver>;
  /** The store whose findings it may cover. */
  store: string;
  target: CompiledTarget;
  /**
   * Why it waives nothing (`waiver/wrong-store`, `waiver/not-waivable`, `waiver/expired`,
   * `waiver/no-expiry`, or `waiver/unused` for a rule that does not exist);
   * undefined for a live waiver.
   */
  problem?: Diagnostic;
}

/**
 * Judge every waiver of `set` at `now`: live, or the finding that says why it
 * waives nothing. The first half of `applyWaivers`, for callers that match
 * findings themselves (the bulk listing check matches rows on its threads).
 */
export function judgeWaivers(set: PolicySet, now: Date, options: WaiverOptions = {}): JudgedWaiver[] {
  const maxDays = options.maxDays ?? DEFAULT_WAIVER_MAX_DAYS;
  const known = options.knownCodes ?? ruleCatalog.map((meta) => meta.code);
  const judged: JudgedWaiver[] = [];
  const storeDirs = storeFolders(set, options);
  for (const bundle of set.stores) {
    const timeZone = timezoneOf(bundle);
    for (const doc of bundle.waivers) {
      const spec = doc.value.spec;
      const entry: JudgedWaiver = {
        doc,
        store: bundle.id,
        target: compileTarget(spec.target, promotionSpans(bundle, spec.target.promotion, options)),
      };
      judged.push(entry);
      const problem = (meta: RuleMeta, input: FindingInput) => {
        entry.problem = toDiagnostic(meta, input);
      };
      const base = { rule: spec.rule, maxDays };
      const misplaced = folderProblem(repoRelative(doc.file, options.rootDir, options.workDir), bundle.id, storeDirs);
      if (misplaced) {
        problem(wrongStoreMeta, { doc, pointer: '/metadata/store', ...misplaced });
        continue;
      }
      const refused = notWaivable(spec.rule);
      if (refused) {
        const params = { rule: spec.rule, whyEn: refused.why.en, whyZh: refused.why.zh };
        problem(notWaivableMeta, { doc, pointer: '/spec/rule', messageId: refused.kind, params });
        continue;
      }
      if (spec.expires === undefined) {
        const latest = judgeExpiry('1970-01-01', now, maxDays, timeZone)!.latest;
        problem(noExpiryMeta, { doc, pointer: '/spec/expires', messageId: 'missing', params: { ...base, latest } });
        continue;
      }
      const expiry = judgeExpiry(spec.expires, now, maxDays, timeZone);
      if (!expiry) {
        const latest = judgeExpiry('1970-01-01', now, maxDays, timeZone)!.latest;
        problem(noExpiryMeta, { doc, pointer: '/spec/expires', messageId: 'invalid', params: { ...base, expires: spec.expires, latest } });
        continue;
      }
      const params = { ...base, expires: spec.expires, latest: expiry.latest };
      if (now.getTime() >= expiry.end.getTime()) {
        problem(expiredMeta, { doc, pointer: '/spec/expires', messageId: 'expired', params: { ...params, days: Math.max(0, -expiry.daysAhead) } });
        continue;
      }
      if (expiry.tooFar) {
        problem(noExpiryMeta, { doc, pointer: '/spec/expires', messageId: 'tooFar', params: { ...params, days: expiry.daysAhead } });
        continue;
      }
      if (!known.includes(spec.rule)) {
        problem(unusedMeta, {
          doc,
          pointer: '/spec/rule',
          messageId: 'unknownRule',
          params: { rule: spec.rule, closest: closestCode(spec.rule, known) },
        });
      }
    }
  }
  return judged;
}

/** `waiver/unused` for a live waiver that matched no finding. */
export function unusedWaiverFinding(doc: PolicyDocument<Waiver>): Diagnostic {
  const spec = doc.value.spec;
  return toDiagnostic(unusedMeta, {
    doc,
    pointer: '/spec/target',
    messageId: 'unused',
    params: { rule: spec.rule, target: describeTarget(spec.target) },
  });
}

/** What `Diagnostic.waivedBy` says of a waiver. */
export function waivedByOf(doc: PolicyDocument<Waiver>): NonNullable<Diagnostic['waivedBy']> {
  const spec = doc.value.spec;
  return { file: doc.file, reason: reasonText(spec.reason), expires: spec.expires! };
}

/**
 * The waiver layer, last before the report: marks the findings a live waiver
 * covers with `waivedBy` (they stay in the report, counted apart) and adds
 * the waivers' own findings: expired, too long or missing expiry, unused.
 * An expired or unbounded waiver waives nothing, so what it covered fails again.
 * Pure: returns new objects and leaves `diagnostics` untouched.
 */
export function applyWaivers(
  diagnostics: readonly Diagnostic[],
  set: PolicySet,
  now: Date,
  options: WaiverOptions = {},
): Diagnostic[] {
  const judged = judgeWaivers(set, now, options);
  const own: Diagnostic[] = judged.flatMap((w) => (w.problem ? [w.problem] : []));
  const live: LiveWaiver[] = judged.filter((w) => !w.problem).map((w) => ({ doc: w.doc, store: w.store, target: w.target, used: false }));
  const fileStore = new Map<string, string>();
  for (const bundle of set.stores) {
    for (const doc of bundle.documents) fileStore.set(repoRelative(doc.file, options.rootDir, options.workDir), bundle.id);
  }

  const marked = diagnostics.map((finding) => {
    if (finding.waivedBy || finding.code.startsWith('waiver/')) return finding;
    const file = repoRelative(finding.file, options.rootDir, options.workDir);
    const owner = fileStore.get(file);
    let waivedBy: Diagnostic['waivedBy'];
    for (const waiver of live) {
      if (waiver.doc.value.spec.rule !== finding.code) continue;
      // a store's waiver never excuses another store's findings
      if (owner !== undefined && owner !== waiver.store) continue;
      if (!targetMatches(waiver.target, finding, file)) continue;
      waiver.used = true;
      waivedBy ??= waivedByOf(waiver.doc);
    }
    return waivedBy ? { ...finding, waivedBy } : finding;
  });

  const reportsUnused = options.reportsUnused ?? (() => true);
  for (const waiver of live) {
    if (waiver.used || !reportsUnused(waiver.doc.value.spec.rule)) continue;
    own.push(unusedWaiverFinding(waiver.doc));
  }
  return [...marked, ...own];
}

function timezoneOf(bundle: StoreBundle): string {
  const zone = (bundle.store?.value.spec as { timezone?: unknown } | undefined)?.timezone;
  return typeof zone === 'string' ? zone : DEFAULT_TIMEZONE;
}

function promotionSpans(bundle: StoreBundle, id: string | undefined, where: Pick<WaiverOptions, 'rootDir' | 'workDir'>): PromotionSpan[] {
  if (id === undefined) return [];
  return bundle.promotions
    .filter((doc) => doc.value.metadata.name === id)
    .map((doc) => {
      const line = doc.locate('').line;
      return { file: repoRelative(doc.file, where.rootDir, where.workDir), line, endLine: documentEnd(doc.source, line) };
    });
}

/**
 * The last line of the YAML document that starts at `line`: the line before
 * the next `---` or `...` marker (markers stand at column 0), else the file's end.
 */
function documentEnd(source: string | undefined, line: number): number {
  if (source === undefined) return Number.POSITIVE_INFINITY;
  const lines = source.split('\n');
  for (let i = line; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(lines[i]!)) return i;
  }
  return lines.length;
}

/** Each store's folder: where its Store document (store.yaml) lies, repo-relative. */
function storeFolders(set: PolicySet, where: Pick<WaiverOptions, 'rootDir' | 'workDir'>): Map<string, string> {
  const dirs = new Map<string, string>();
  for (const bundle of set.stores) {
    if (bundle.store) dirs.set(bundle.id, path.posix.dirname(repoRelative(bundle.store.file, where.rootDir, where.workDir)));
  }
  return dirs;
}

function inside(file: string, dir: string): boolean {
  return dir === '.' || file.startsWith(`${dir}/`);
}

/**
 * Does the waiver at `file` lie in the folder of the store it names? The
 * folder holding it is the deepest store folder above it (a folder with a
 * Store document): another store's folder, or outside its own, is wrong.
 */
function folderProblem(file: string, claimed: string, dirs: ReadonlyMap<string, string>): Pick<FindingInput, 'messageId' | 'params'> | undefined {
  let holder: string | undefined;
  for (const [store, dir] of dirs) {
    if (inside(file, dir) && (holder === undefined || dir.length > dirs.get(holder)!.length)) holder = store;
  }
  if (holder === claimed) return undefined;
  if (holder !== undefined) return { messageId: 'otherFolder', params: { store: claimed, folder: holder, dir: dirs.get(holder)! } };
  const own = dirs.get(claimed);
  // neither its store's folder nor another's is known to this run: nothing to compare
  return own === undefined ? undefined : { messageId: 'outsideFolder', params: { store: claimed, dir: own } };
}

/** `waivedBy.reason` is one string; a bilingual reason keeps both languages. */
function reasonText(reason: Waiver['spec']['reason']): string {
  if (typeof reason === 'string') return reason;
  if (reason.zh && reason.en) return `${reason.en} / ${reason.zh}`;
  return reason.en ?? reason.zh ?? '';
}

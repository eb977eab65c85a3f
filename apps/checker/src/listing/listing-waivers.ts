import {
  judgeWaivers,
  repoRelative,
  unusedWaiverFinding,
  waivedByOf,
  type JudgedWaiver,
  type StoreBundle,
} from '@storepolicy/engine';
import type { Diagnostic } from '@storepolicy/schema';
import type { RowWaiver } from './batch.js';
import { RowWaivers } from './row-waivers.js';

/**
 * The store's waivers in `check listing`. A waiver covers a listing finding
 * as it covers any finding in `validate`: same rule code, and every target
 * field it gives matches. `file` is the YAML listing or the CSV/NDJSON file
 * (repository-relative, globs allowed); `pointer` is the finding's pointer as
 * the report shows it (`/spec/title` in a YAML listing, `/title` in a bulk
 * row) or a parent of it; `sku` is the listing's SKU (the row's, in a bulk
 * file). A waiver that names a `promotion` never covers a listing.
 *
 * The waivers' own findings are reported only where this run can judge them
 * (the rest is `validate`'s business, as in `check promotion`):
 * - an expired waiver, or one without a valid expiry, that would have covered
 *   a finding here: the finding fails again, and `waiver/expired` or
 *   `waiver/no-expiry` says why;
 * - a live waiver whose `file` names exactly a file this run checked whole,
 *   and that matched nothing: `waiver/unused`;
 * - a waiver naming a `listing/*` rule that does not exist: `waiver/unused`;
 * - a waiver outside its store's folder: `waiver/wrong-store`, always.
 */
export class ListingWaivers {
  private readonly waivers: { id: number; judged: JudgedWaiver; row: RowWaiver }[];
  private readonly matched = new Set<number>();
  /** Waivers whose `file` is exactly a file checked in this run. */
  private readonly covered = new Set<number>();

  constructor(
    bundle: StoreBundle,
    now: Date,
    private readonly options: { maxDays: number; rootDir: string; workDir?: string },
  ) {
    const judged = judgeWaivers({ stores: [bundle], bases: [] }, now, options);
    this.waivers = judged
      .map((w, id) => ({ id, judged: w, row: rowWaiver(id, w) }))
      .filter((w) => w.judged.doc.value.spec.target.promotion === undefined);
  }

  get size(): number {
    return this.waivers.length;
  }

  /** The waivers that may cover findings in `file` (the report's name for it; `<stdin>` has none of its own). */
  forFile(file: string): RowWaiver[] {
    const path = repoRelative(file, this.options.rootDir, this.options.workDir);
    const out: RowWaiver[] = [];
    for (const { id, judged, row } of this.waivers) {
      const pattern = judged.target.file;
      if (pattern !== undefined) {
        if (file === '<stdin>' || !pattern.test(path)) continue;
        if (!/[*?]/.test(judged.doc.value.spec.target.file!)) this.covered.add(id);
      }
      out.push(row);
    }
    return out;
  }

  /** Waivers that matched findings on the checker threads. */
  addMatched(ids: Iterable<number>): void {
    for (const id of ids) this.matched.add(id);
  }

  /**
   * Mark the findings of one YAML listing file that a live waiver covers
   * (new objects, `waivedBy` set); `sku` is the listing's.
   */
  apply(file: string, diagnostics: readonly Diagnostic[], sku: string | undefined): Diagnostic[] {
    const waivers = this.forFile(file);
    if (waivers.length === 0 || diagnostics.length === 0) return [...diagnostics];
    const matcher = new RowWaivers(waivers);
    const marked = diagnostics.map((d) => ({ ...d }));
    matcher.apply(marked, sku);
    this.addMatched(matcher.matched);
    return marked;
  }

  /** The waivers' own findings this run can judge (see the class comment). */
  findings(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const { id, judged } of this.waivers) {
      const rule = judged.doc.value.spec.rule;
      const problem = judged.problem;
      if (problem) {
        // a waiver in the wrong store's folder is wrong whatever this run checked
        if (problem.code === 'waiver/wrong-store') {
          out.push(problem);
          continue;
        }
        const unknownRule = problem.messageId === 'waiver/unused.unknownRule';
        if (unknownRule ? rule.startsWith('listing/') || this.covered.has(id) : this.matched.has(id)) out.push(problem);
      } else if (!this.matched.has(id) && this.covered.has(id)) {
        out.push(unusedWaiverFinding(judged.doc));
      }
    }
    return out;
  }
}

function rowWaiver(id: number, judged: JudgedWaiver): RowWaiver {
  const spec = judged.doc.value.spec;
  const live = judged.problem === undefined;
  const row: RowWaiver = {
    id,
    rule: spec.rule,
    live,
    // a dead waiver waives nothing; its `by` is never shown
    by: live ? waivedByOf(judged.doc) : { file: judged.doc.file, reason: '', expires: spec.expires ?? '' },
  };
  if (spec.target.pointer !== undefined) row.pointer = spec.target.pointer;
  if (spec.target.sku !== undefined) row.sku = spec.target.sku;
  return row;
}

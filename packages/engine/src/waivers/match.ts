import path from 'node:path';
import type { Diagnostic, WaiverTarget } from '@storepolicy/schema';
import { normalizeFile } from '../bundle.js';
import { compileGlob, type Glob } from './glob.js';


/**
 * Diagnostics name files as the user named them; waivers name them from the
 * repository root. `workDir` is where relative names start, from the root
 * (`policies/demo-apparel` for a run from that folder; absent or '' at the root).
 */
export function repoRelative(file: string, rootDir: string | undefined, workDir?: string): string {
  const posix = normalizeFile(file);
  if (rootDir !== undefined && path.posix.isAbsolute(posix)) {
    return path.posix.relative(normalizeFile(rootDir), posix);
  }
  if (workDir) return path.posix.normalize(path.posix.join(normalizeFile(workDir), posix));
  return posix.replace(/^\.\//, '');
}

/** Where one Promotion document lies: its file (repo-relative) and lines. */
export interface PromotionSpan {
  file: string;
  line: number;
  endLine: number;
}

export interface CompiledTarget {
  file?: Glob;
  pointer?: string;
  sku?: string;
  promotion?: string;
  /**
   * The Promotion documents named by `promotion`: a finding that names no
   * promotion is about this one only when it lies inside its document (a
   * multi-document file holds other promotions too).
   */
  promotionSpans: readonly PromotionSpan[];
}

export function compileTarget(target: WaiverTarget, promotionSpans: readonly PromotionSpan[] = []): CompiledTarget {
  const compiled: CompiledTarget = { promotionSpans };
  if (target.file !== undefined) compiled.file = compileGlob(repoRelative(target.file, undefined));
  if (target.pointer !== undefined) compiled.pointer = target.pointer;
  if (target.sku !== undefined) compiled.sku = target.sku;
  if (target.promotion !== undefined) compiled.promotion = target.promotion;
  return compiled;
}

/** Is `pointer` the target pointer or inside it? (`/spec/tiers/2` covers `/spec/tiers/2/qualify`.) */
function underPointer(pointer: string, prefix: string): boolean {
  if (prefix === '' || prefix === '/') return true;
  const base = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  return pointer === base || pointer.startsWith(`${base}/`);
}

/** What a target is matched against: a finding, as the report shows it. */
export type MatchedFinding = Pick<Diagnostic, 'code' | 'pointer' | 'params'> & Partial<Pick<Diagnostic, 'sku' | 'line'>>;

/**
 * Every field the target names must match, and each matches only what it
 * names (SPEC section 9): `file` the finding's repo-relative path, `sku` the
 * SKU the finding is about (its row's or listing's SKU, never a pointer
 * segment that happens to spell it: `sku: title` is not every title),
 * `promotion` the promotion the finding judges.
 */
export function targetMatches(target: CompiledTarget, finding: MatchedFinding, file: string): boolean {
  if (target.file && !target.file.test(file)) return false;
  if (target.pointer !== undefined && !underPointer(finding.pointer, target.pointer)) return false;
  if (target.sku !== undefined) {
    const sku = finding.sku ?? finding.params.sku;
    if (sku === undefined || String(sku) !== target.sku) return false;
  }
  if (target.promotion !== undefined && !aboutPromotion(target, finding, file)) return false;
  return true;
}

function aboutPromotion(target: CompiledTarget, finding: MatchedFinding, file: string): boolean {
  // promotion rules name the promotion they judge in `id`; other rules in `promotion`
  const named = finding.params.promotion ?? (finding.code.startsWith('promotion/') ? finding.params.id : undefined);
  if (named !== undefined) return String(named) === target.promotion;
  // a finding that names no promotion: about it only inside its own document
  const line = finding.line;
  if (line === undefined) return false;
  return target.promotionSpans.some((span) => span.file === file && line >= span.line && line <= span.endLine);
}

/** A short description of a target for messages: `file x.yaml at /spec/tiers/2, SKU DRS-001`. */
export function describeTarget(target: WaiverTarget): string {
  const parts: string[] = [];
  if (target.file !== undefined) parts.push(target.pointer ? `${target.file} ${target.pointer}` : target.file);
  if (target.sku !== undefined) parts.push(`SKU ${target.sku}`);
  if (target.promotion !== undefined) parts.push(`promotion ${target.promotion}`);
  return parts.join(', ');
}

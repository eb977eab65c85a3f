import path from 'node:path';
import type { Diagnostic, WaiverTarget } from '@storepolicy/schema';
import { parsePointer } from '@storepolicy/schema/core';
import { normalizeFile } from '../bundle.js';


/**
 * Turn a file glob into an anchored pattern: `**` crosses folders, `*` and
 * `?` stay within one. Every other character is literal, so a waiver's path
 * can never become a regular expression of its own.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      // `**/` also matches no folder at all
      if (glob[i + 2] === '/') {
        out += '(?:[^/]*/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Diagnostics name files as the user named them; waivers name them from the repository root. */
export function repoRelative(file: string, rootDir: string | undefined): string {
  const posix = normalizeFile(file);
  if (rootDir !== undefined && path.posix.isAbsolute(posix)) {
    return path.posix.relative(normalizeFile(rootDir), posix);
  }
  return posix.replace(/^\.\//, '');
}

export interface CompiledTarget {
  file?: RegExp;
  pointer?: string;
  sku?: string;
  promotion?: string;
  /** Files holding the Promotion named by `promotion` (its findings point there). */
  promotionFiles: ReadonlySet<string>;
}

export function compileTarget(target: WaiverTarget, promotionFiles: ReadonlySet<string>): CompiledTarget {
  const compiled: CompiledTarget = { promotionFiles };
  if (target.file !== undefined) compiled.file = globToRegExp(repoRelative(target.file, undefined));
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

/** Every field the target names must match; `file` is the finding's repo-relative path. */
export function targetMatches(target: CompiledTarget, finding: Pick<Diagnostic, 'code' | 'pointer' | 'params'>, file: string): boolean {
  if (target.file && !target.file.test(file)) return false;
  if (target.pointer !== undefined && !underPointer(finding.pointer, target.pointer)) return false;
  if (target.sku !== undefined) {
    const bySku = finding.params.sku === target.sku || parsePointer(finding.pointer).includes(target.sku);
    if (!bySku) return false;
  }
  if (target.promotion !== undefined) {
    // promotion rules name the promotion they judge in `id`; other rules in `promotion`
    const named = finding.params.promotion ?? (finding.code.startsWith('promotion/') ? finding.params.id : undefined);
    const byPromotion = named === target.promotion || target.promotionFiles.has(file);
    if (!byPromotion) return false;
  }
  return true;
}

/** A short description of a target for messages: `file x.yaml at /spec/tiers/2, SKU DRS-001`. */
export function describeTarget(target: WaiverTarget): string {
  const parts: string[] = [];
  if (target.file !== undefined) parts.push(target.pointer ? `${target.file} ${target.pointer}` : target.file);
  if (target.sku !== undefined) parts.push(`SKU ${target.sku}`);
  if (target.promotion !== undefined) parts.push(`promotion ${target.promotion}`);
  return parts.join(', ');
}

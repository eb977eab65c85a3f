// the light entry point: this runs on checker threads too
import { searchForm } from '@storepolicy/engine/listing-portable';
import type { MessageParams } from '@storepolicy/schema';
import type { WaivedBy } from './batch.js';

/**
 * A finding as a baseline knows it: the listing's SKU, the rule, the field
 * (`/title`, `/attributes/材质`) and the matched text in its search form
 * (read-as-buyer.ts: 全-网 and 全网 are one finding). No line, column or row,
 * so reordering the catalogue or editing other fields does not make a known
 * finding new again.
 */
export function fingerprint(sku: string | undefined, code: string, field: string, params: MessageParams): string | undefined {
  // A row that cannot be read, or has no SKU, has nothing stable to be known by: always reported.
  if (sku === undefined || sku === '' || code === 'listing/input') return undefined;
  return JSON.stringify([sku, code, field, matchedText(params)]);
}

/** The matched text of a text finding, normalised; '' for findings about a missing or wrong value. */
function matchedText(params: MessageParams): string {
  const text = params.term ?? params.value;
  return typeof text === 'string' ? searchForm(text) : '';
}

/** What a baseline hands a checker: its known fingerprints and how to mark a finding it knows. */
export interface BaselineSetup {
  file: string;
  fingerprints: string[];
}

/** How a finding known to the baseline is marked: set aside like a waived one, and counted apart from them. */
export function baselineMark(file: string): WaivedBy {
  return { file, reason: 'known finding in the baseline', expires: 'fixed', baseline: true };
}

/** Known findings of a baseline, applied where waivers are (threads and main thread alike). */
export class BaselineMatcher {
  private readonly known: Set<string>;
  private readonly mark: WaivedBy;

  constructor(setup: BaselineSetup) {
    this.known = new Set(setup.fingerprints);
    this.mark = baselineMark(setup.file);
  }

  /** Mark the unwaived findings the baseline knows. */
  apply(findings: readonly { code: string; pointer: string; params: MessageParams; waivedBy?: WaivedBy }[], sku: string | undefined): void {
    for (const f of findings) {
      if (f.waivedBy) continue;
      const print = fingerprint(sku, f.code, f.pointer, f.params);
      if (print !== undefined && this.known.has(print)) f.waivedBy = this.mark;
    }
  }
}

/**
 * The one result type every layer produces and every formatter reads.
 * Shaped like an LSP diagnostic (range, severity, code, related) plus the
 * JSON pointer of the offending value and a message id with parameters, so the
 * text is chosen only when a report is rendered, in the reader's language.
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** 1-based line and column of the first character, end exclusive (LSP style, 1-based). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type MessageParams = Record<string, string | number>;

/** Another place that explains a finding, e.g. the policy line that set a limit. */
export interface Related extends Span {
  file: string;
  messageId: string;
  params: MessageParams;
}

export interface Diagnostic extends Span {
  /** Stable rule code, `area/name`, e.g. `tiers/threshold-order`. */
  code: string;
  severity: Severity;
  /** Key into a message catalogue, e.g. `tiers/threshold-order.notIncreasing`. */
  messageId: string;
  params: MessageParams;
  file: string;
  /** JSON pointer of the offending value inside its document ("" for the whole file). */
  pointer: string;
  related: Related[];
  /** Repository-relative path of the rule's doc page. */
  docs: string;
  /**
   * Set when a Waiver matched this finding: it is reported, but apart.
   * `baseline`: not a waiver but a known finding of `check listing
   * --baseline` (a ratchet), counted apart from waived ones.
   */
  waivedBy?: { file: string; reason: string; expires: string; baseline?: true };
  /**
   * For a finding in one row of a bulk file (CSV, NDJSON): the row (NDJSON:
   * its line; CSV: its record, 1 = the first after the header) and the SKU
   * when the row has one. `pointer` is then inside that row's listing.
   */
  row?: number;
  sku?: string;
}

/** Bilingual text. zh is Simplified Chinese (zh-CN). */
export interface Text {
  en: string;
  zh: string;
}

export type Lang = keyof Text;

/** A message and, optionally, how to fix it; `{name}` placeholders take params. */
export interface MessageEntry {
  message: Text;
  hint?: Text;
}

export type MessageCatalog = Record<string, MessageEntry>;

export function docsPathFor(code: string): string {
  return `docs/rules/${code}.md`;
}

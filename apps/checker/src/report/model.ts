import {
  localize,
  SEVERITY_RANK,
  type Diagnostic,
  type Lang,
  type LocalizedDiagnostic,
  type MessageCatalog,
  type Severity,
} from '@storepolicy/schema';
import type { PriceRow } from '@storepolicy/engine';

/** The one result model every formatter reads (SPEC section 7 JSON is its direct image). */
export interface Report {
  version: 1;
  /** `baselined`: findings a `--baseline` knows, counted apart from waived ones (only in a run with a baseline). */
  summary: { files: number; errors: number; warnings: number; infos: number; waived: number; baselined?: number };
  /** Sorted by file, line, column; waived findings (and known ones of a baseline) stay in the list, marked `waivedBy`. */
  diagnostics: LocalizedDiagnostic[];
  prices?: PriceRow[];
}

export interface FormatContext {
  lang: Lang;
  color: boolean;
  /** Name of the command that produced the report, for titles (`storepolicy validate`). */
  command: string;
  /** Source text of files, for code frames; missing files just get no frame. */
  readSource(file: string): string | undefined;
}

export type Formatter = (report: Report, context: FormatContext) => string;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.code.localeCompare(b.code)
  );
}

export function buildReport(input: {
  files: number;
  diagnostics: readonly Diagnostic[];
  catalog: MessageCatalog;
  lang: Lang;
  prices?: PriceRow[];
  /** The run had a baseline: the summary counts its known findings (even none). */
  baseline?: boolean;
}): Report {
  const diagnostics = [...input.diagnostics].sort(compareDiagnostics).map((d) => localize(d, input.catalog, input.lang));
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity && !d.waivedBy).length;
  const report: Report = {
    version: 1,
    summary: {
      files: input.files,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      waived: diagnostics.filter((d) => d.waivedBy && !d.waivedBy.baseline).length,
    },
    diagnostics,
  };
  if (input.baseline) report.summary.baselined = diagnostics.filter((d) => d.waivedBy?.baseline).length;
  if (input.prices) report.prices = input.prices;
  return report;
}

/** Findings that mean the input could not be read at all (SPEC 7: exit 2, like a missing file). */
const UNREADABLE = new Set(['yaml/encoding']);

/**
 * 2 when an input could not be read (wrong encoding), else 1 when an
 * unwaived finding is at or above the threshold, else 0.
 */
export function exitCodeFor(report: Report, failOn: Severity | 'never'): 0 | 1 | 2 {
  if (report.diagnostics.some((d) => UNREADABLE.has(d.code))) return 2;
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn];
  return report.diagnostics.some((d) => !d.waivedBy && SEVERITY_RANK[d.severity] >= threshold) ? 1 : 0;
}

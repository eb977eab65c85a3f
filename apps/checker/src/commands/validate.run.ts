import { buildMessageCatalog, DEFAULT_WAIVER_MAX_DAYS } from '@storepolicy/engine';
import { analyzeFiles } from '../analyze.js';
import { UsageError } from '../exit.js';
import { discoverYamlFiles } from '../io/discover.js';
import { parseMaxBytes, parseNow, parseReportOptions } from '../parse-options.js';
import { buildReport, exitCodeFor } from '../report/model.js';
import { renderReport } from '../report/render.js';

/** `storepolicy validate [paths...]`: all layers on every document found. */
export async function runValidate(paths: string[], raw: Record<string, unknown>): Promise<number> {
  const options = parseReportOptions(raw);
  const now = parseNow(raw.now);
  const files = discoverYamlFiles(paths.length > 0 ? paths : ['policies']);
  const { project, diagnostics } = analyzeFiles(files, {
    maxBytes: parseMaxBytes(raw.maxFileSize),
    now,
    waiverMaxDays: parseWaiverMaxDays(raw.waiverMaxDays),
    rootDir: process.cwd(),
  });
  const report = buildReport({
    files: project.files.length,
    diagnostics,
    catalog: buildMessageCatalog(),
    lang: options.lang,
  });
  renderReport(report, options, 'storepolicy validate', project.sources);
  return exitCodeFor(report, options.failOn);
}

/** `--waiver-max-days`: the longest exception a Waiver may grant (default 90). */
export function parseWaiverMaxDays(raw: unknown): number {
  if (raw === undefined) return DEFAULT_WAIVER_MAX_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) throw new UsageError(`--waiver-max-days ${String(raw)}: expected a whole number of days, at least 1`);
  return days;
}

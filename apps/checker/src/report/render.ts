import type { ReportOptions } from '../parse-options.js';
import { emit } from '../io/output.js';
import { formatters } from './formatters/index.js';
import type { Report } from './model.js';

/** Format a report as the user asked and write it out. */
export function renderReport(
  report: Report,
  options: ReportOptions,
  command: string,
  sources: ReadonlyMap<string, string> = new Map(),
): void {
  const formatter = formatters[options.format];
  const text = formatter(report, {
    lang: options.lang,
    color: options.color,
    command,
    readSource: (file) => sources.get(file),
  });
  emit(text, options.output);
}

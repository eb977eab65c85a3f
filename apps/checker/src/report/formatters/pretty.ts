import type { Formatter } from '../model.js';

/** Human output: `file:line:col severity code message`, a code frame with a caret, the hint. */
export const formatPretty: Formatter = (report, context) => {
  const lines: string[] = [];
  for (const d of report.diagnostics) {
    lines.push(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    const source = context.readSource(d.file);
    if (source !== undefined) {
      const text = source.split(/\r?\n/)[d.line - 1];
      if (text !== undefined) {
        lines.push(`  ${String(d.line).padStart(4)} | ${text}`);
        const width = d.endLine === d.line ? Math.max(1, d.endColumn - d.column) : 1;
        lines.push(`       | ${' '.repeat(d.column - 1)}${'^'.repeat(width)}`);
      }
    }
    if (d.hint) lines.push(`  hint: ${d.hint}`);
  }
  const s = report.summary;
  lines.push(`${s.files} files: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos, ${s.waived} waived`);
  return lines.join('\n');
};

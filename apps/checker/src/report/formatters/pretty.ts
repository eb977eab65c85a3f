import type { LocalizedDiagnostic, Severity } from '@storepolicy/schema';
import { palette, type Palette } from '../colors.js';
import { codeFrame } from '../code-frame.js';
import { labelsFor, setAsideLabel, type Labels } from '../labels.js';
import type { FormatContext, Formatter } from '../model.js';
import { visibleControls } from '../text-width.js';

/**
 * Human output for a terminal: per finding `file:line:col  severity  code`,
 * the message, a code frame with a caret, the hint, related places and the
 * rule's doc page; waived findings apart at the end, then a baseline's
 * known findings apart from those; a summary line.
 */
export const formatPretty: Formatter = (report, context) => {
  const paint = palette(context.color);
  const labels = labelsFor(context.lang);
  const blocks: string[] = [];
  const active = report.diagnostics.filter((d) => !d.waivedBy);
  const waived = report.diagnostics.filter((d) => d.waivedBy && !d.waivedBy.baseline);
  const known = report.diagnostics.filter((d) => d.waivedBy?.baseline);
  for (const d of active) blocks.push(finding(d, context, paint, labels));
  if (waived.length > 0) {
    const lines = [paint.bold(labels.waivedHeading(waived.length))];
    for (const d of waived) lines.push(waivedFinding(d, paint, labels));
    blocks.push(lines.join('\n'));
  }
  if (known.length > 0) {
    const lines = [paint.bold(labels.baselineHeading(known.length))];
    for (const d of known) lines.push(waivedFinding(d, paint, labels));
    blocks.push(lines.join('\n'));
  }
  const s = report.summary;
  const tone = s.errors > 0 ? paint.red : s.warnings > 0 ? paint.yellow : paint.green;
  blocks.push(tone(paint.bold(labels.summary(s))));
  return blocks.join('\n\n');
};

function severityPaint(severity: Severity, paint: Palette): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.cyan;
}

function location(file: string, line: number, column: number): string {
  return `${visibleControls(file)}:${line}:${column}`;
}

/** User data (keys, values) flows into messages; never let it reach the terminal raw. */
function text(value: string): string {
  return visibleControls(value).replace(/\r?\n/g, '\n  ');
}

function finding(d: LocalizedDiagnostic, context: FormatContext, paint: Palette, labels: Labels): string {
  const tone = severityPaint(d.severity, paint);
  const lines = [
    `${paint.bold(location(d.file, d.line, d.column))}  ${tone(labels.severity[d.severity])}  ${paint.dim(d.code)}`,
    `  ${text(d.message)}`,
  ];
  const source = context.readSource(d.file);
  if (source !== undefined) {
    const frame = codeFrame(source, d, { color: context.color, paintCaret: tone });
    lines.push(...frame.map((line) => `  ${line}`));
  }
  if (d.hint) lines.push(`  ${paint.green(`${labels.hint}${labels.colon}`)}${text(d.hint)}`);
  for (const r of d.related) {
    lines.push(`  ${paint.dim(`${labels.related}${labels.colon}`)}${location(r.file, r.line, r.column)} ${text(r.message)}`);
  }
  lines.push(`  ${paint.dim(`${labels.docs}${labels.colon}${d.docs}`)}`);
  return lines.join('\n');
}

function waivedFinding(d: LocalizedDiagnostic, paint: Palette, labels: Labels): string {
  const by = d.waivedBy!;
  return paint.dim(
    `${location(d.file, d.line, d.column)}  ${labels.severity[d.severity]}  ${d.code}  ${text(d.message)}\n` +
      `  ${setAsideLabel(labels, { ...by, file: visibleControls(by.file), reason: text(by.reason) })}`,
  );
}

import type { LocalizedDiagnostic } from '@storepolicy/schema';
import { labelsFor, type Labels } from '../labels.js';
import type { Formatter } from '../model.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * pull request's diff (`::error file=...,line=...::message`). Waived findings
 * and a baseline's known findings are notices, never errors; a last notice
 * carries the summary (waived and known findings counted apart).
 */
export const formatGithub: Formatter = (report, context) => {
  const labels = labelsFor(context.lang);
  const lines = report.diagnostics.map((d) => annotation(d, labels, context.lang));
  lines.push(command('notice', { title: context.command }, labels.summary(report.summary)));
  return lines.join('\n');
};

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

function annotation(d: LocalizedDiagnostic, labels: Labels, lang: 'en' | 'zh'): string {
  const parts = [d.message];
  if (d.hint) parts.push(`${labels.hint}${labels.colon}${d.hint}`);
  for (const r of d.related) parts.push(`${labels.related}${labels.colon}${r.file}:${r.line}:${r.column} ${r.message}`);
  parts.push(`${labels.docs}${labels.colon}${d.docs}`);
  let level: 'error' | 'warning' | 'notice' = LEVEL[d.severity];
  // a bulk row's SKU in the title: the annotation sits on a CSV line, the SKU says which listing
  let title = d.sku === undefined ? d.code : `${d.code} ${d.sku}`;
  if (d.waivedBy?.baseline) {
    // known before: a notice that says so, never an error on the diff
    level = 'notice';
    title = lang === 'zh' ? `${title}（基线中已知）` : `${title} (in the baseline)`;
    parts.push(labels.inBaseline(d.waivedBy.file));
  } else if (d.waivedBy) {
    level = 'notice';
    title = lang === 'zh' ? `${title}（已豁免）` : `${title} (waived)`;
    parts.push(`${d.waivedBy.file} (${d.waivedBy.expires}): ${d.waivedBy.reason}`);
  }
  return command(
    level,
    {
      file: d.file.replace(/\\/g, '/'),
      line: d.line,
      col: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      title,
    },
    parts.join('\n'),
  );
}

/** `::level key=value,...::data` with GitHub's escaping (actions/toolkit `command.ts`). */
export function command(level: string, properties: Record<string, string | number>, data: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(data)}`;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

import type { Lang, LocalizedDiagnostic } from '@storepolicy/schema';
import { labelsFor, setAsideLabel } from '../labels.js';
import type { Formatter } from '../model.js';
import { escapeCell, priceHeading, renderPriceTableMarkdown } from '../price-table.js';

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

const WORDS: Record<Lang, { findings: string; none: string; columns: string[]; waived: string; baseline: string }> = {
  en: {
    findings: 'Findings',
    none: 'No findings.',
    columns: ['', 'rule', 'where', 'why and how to fix'],
    waived: 'Waived findings',
    baseline: 'Known findings in the baseline',
  },
  zh: {
    findings: '发现的问题',
    none: '没有发现问题。',
    columns: ['', '规则', '位置', '原因与修改建议'],
    waived: '已豁免的问题',
    baseline: '基线中的已知问题',
  },
};

/**
 * A pull-request comment: one heading with the verdict, the findings as a
 * table (rule linked to its doc page, `file:line:col`, why and how to fix),
 * then the price table worst first. Pure, like every formatter.
 */
export interface MarkdownOptions {
  /** Price rows shown (default 50). */
  rows?: number;
  /**
   * Prefix that turns a rule's repository-relative doc path into a link that
   * works from a pull-request comment, e.g. `https://github.com/o/r/blob/<sha>/`.
   */
  docsBase?: string;
}

export function markdownFormatter(options: MarkdownOptions = {}): Formatter {
  return (report, context) => renderMarkdown(report, context, options);
}

/** Links to the rule docs at this commit when running in GitHub Actions, else repository-relative. */
export function githubDocsBase(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo ? `${server}/${repo}/blob/${sha ?? 'HEAD'}/` : undefined;
}

export const formatMarkdown: Formatter = markdownFormatter();

function renderMarkdown(report: Parameters<Formatter>[0], context: Parameters<Formatter>[1], options: MarkdownOptions): string {
  const rows = options.rows;
  const docsBase = options.docsBase ?? '';
  const labels = labelsFor(context.lang);
  const words = WORDS[context.lang];
  const s = report.summary;
  const verdict = s.errors > 0 ? '❌' : s.warnings > 0 ? '⚠️' : '✅';
  const out = [`### ${verdict} \`${context.command}\``, '', labels.summary(s), ''];

  const active = report.diagnostics.filter((d) => !d.waivedBy);
  const waived = report.diagnostics.filter((d) => d.waivedBy && !d.waivedBy.baseline);
  const known = report.diagnostics.filter((d) => d.waivedBy?.baseline);
  out.push(`#### ${words.findings}`, '');
  if (active.length === 0) out.push(words.none, '');
  else out.push(findingsTable(active, context.lang, docsBase), '');

  if (waived.length > 0) {
    out.push('<details>', `<summary>${words.waived} (${waived.length})</summary>`, '', findingsTable(waived, context.lang, docsBase), '', '</details>', '');
  }
  if (known.length > 0) {
    out.push('<details>', `<summary>${words.baseline} (${known.length})</summary>`, '', findingsTable(known, context.lang, docsBase), '', '</details>', '');
  }

  if (report.prices && report.prices.length > 0) {
    out.push(`#### ${priceHeading(report.prices, context.lang)}`, '', renderPriceTableMarkdown(report.prices, rows === undefined ? { lang: context.lang } : { lang: context.lang, limit: rows }), '');
  }
  return out.join('\n').trimEnd();
};

function findingsTable(diagnostics: readonly LocalizedDiagnostic[], lang: Lang, docsBase: string): string {
  const labels = labelsFor(lang);
  const columns = WORDS[lang].columns;
  const rows = [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`];
  for (const d of diagnostics) {
    const why = [escapeCell(d.message)];
    if (d.hint) why.push(`*${labels.hint}:* ${escapeCell(d.hint)}`);
    for (const r of d.related) why.push(`*${labels.related}:* \`${r.file}:${r.line}:${r.column}\` ${escapeCell(r.message)}`);
    if (d.waivedBy) why.push(escapeCell(setAsideLabel(labels, d.waivedBy)));
    rows.push(
      `| ${ICON[d.severity]} ${labels.severity[d.severity]} | [\`${d.code}\`](${docsBase}${d.docs}) | \`${d.file}:${d.line}:${d.column}\`${d.sku === undefined ? '' : ` ${escapeCell(d.sku)}`} | ${why.join('<br>')} |`,
    );
  }
  return rows.join('\n');
}

import { countOf, localize, type Diagnostic, type Lang, type MessageCatalog } from '@storepolicy/schema';
import type { RowFinding, RowResult, RuleCounts } from './batch.js';
import { labelsFor, setAsideLabel } from '../report/labels.js';
import { fieldName } from './row-finding.js';
import { displayWidth, padEndWidth, padStartWidth } from '../report/text-width.js';

const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const CYAN = '\x1b[36m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** The words of the per-row output and the listing summary, per language (as report/labels.ts for the report). */
interface RowWords {
  /** after `file:line` when the row number differs from the line */
  row(row: number): string;
  baselined: string;
  waived: string;
  /** where a finding without an excerpt is */
  at(field: string): string;
  /** the summary table's columns: errors, warnings, infos, waived, in the baseline */
  columns: readonly [string, string, string, string, string];
  rule: string;
  /** `n` is a number as written (grouped) */
  inBaseline(n: string): string;
  summary(s: { listings: number; files: number; unreadable: number; failing: number; errors: number; warnings: number; infos: number; waived: number; known: string }): string;
}

const n = (value: number) => value.toLocaleString('en-US');
const count = (value: number, one: string, other: string) => countOf(value, one, other, n(value));

const WORDS: Record<Lang, RowWords> = {
  en: {
    row: (row) => ` (row ${row})`,
    baselined: 'baselined',
    waived: 'waived',
    at: (field) => `at ${field}`,
    columns: ['errors', 'warnings', 'infos', 'waived', 'baseline'],
    rule: 'rule',
    inBaseline: (value) => `, ${value} in the baseline`,
    summary: (s) =>
      `${count(s.listings, 'listing', 'listings')} in ${count(s.files, 'file', 'files')}${s.unreadable > 0 ? ` (${n(s.unreadable)} unreadable)` : ''}, ${n(s.failing)} failing: ${count(s.errors, 'error', 'errors')}, ${count(s.warnings, 'warning', 'warnings')}, ${count(s.infos, 'info', 'infos')}${s.waived > 0 ? `, ${n(s.waived)} waived` : ''}${s.known}`,
  },
  zh: {
    row: (row) => `（第 ${row} 条记录）`,
    baselined: '基线已知',
    waived: '已豁免',
    at: (field) => `位于 ${field}`,
    columns: ['错误', '警告', '提示', '已豁免', '基线已知'],
    rule: '规则',
    inBaseline: (value) => `，${value} 条在基线中`,
    summary: (s) =>
      `${n(s.listings)} 个商品（${s.files} 个文件${s.unreadable > 0 ? `，${n(s.unreadable)} 条无法读取` : ''}），${n(s.failing)} 个未通过：${n(s.errors)} 个错误，${n(s.warnings)} 个警告，${n(s.infos)} 个提示${s.waived > 0 ? `，${n(s.waived)} 条已豁免` : ''}${s.known}`,
  },
};

/** Pretty output of one row: a header line, then each finding with a caret under its characters. */
export function renderRowPretty(file: string, row: RowResult, catalog: MessageCatalog, lang: Lang, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const labels = labelsFor(lang);
  const words = WORDS[lang];
  const rowLabel = words.row(row.row);
  const where = file.endsWith('.csv') || row.row !== row.line ? `${file}:${row.line}${rowLabel}` : `${file}:${row.line}`;
  const lines = [`${where}${row.sku ? ` ${paint(CYAN, row.sku)}` : ''}`];
  for (const finding of row.findings) {
    const localized = localizeFinding(finding, catalog, lang, file, row.line);
    const severity = finding.waivedBy
      ? paint(DIM, finding.waivedBy.baseline ? words.baselined : words.waived)
      : paint(finding.severity === 'error' ? RED : finding.severity === 'warning' ? YELLOW : CYAN, labels.severity[finding.severity]);
    lines.push(`  ${severity} ${finding.code} ${localized.message}`);
    if (finding.excerpt) {
      const label = `${fieldName(finding.pointer)} | `;
      const { text, start, end } = finding.excerpt;
      lines.push(`    ${paint(DIM, label)}${text}`);
      const pad = ' '.repeat(displayWidth(label) + displayWidth(text.slice(0, start)));
      lines.push(`    ${pad}${paint(RED, '^'.repeat(Math.max(1, displayWidth(text.slice(start, end)))))}`);
    } else if (finding.pointer) {
      lines.push(`    ${paint(DIM, words.at(fieldName(finding.pointer)))}`);
    }
    if (localized.hint) lines.push(`    ${paint(DIM, `${labels.hint}${labels.colon}${localized.hint}`)}`);
    if (finding.waivedBy) lines.push(`    ${paint(DIM, setAsideLabel(labels, finding.waivedBy))}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A row finding as a report diagnostic: at its characters in the input file
 * when the checker located it (raw-position.ts), else at the row's first line;
 * the field in `pointer`.
 */
export function rowFindingToDiagnostic(file: string, row: RowResult, finding: RowFinding): Diagnostic {
  const diagnostic: Diagnostic = {
    code: finding.code,
    severity: finding.severity,
    messageId: finding.messageId,
    params: finding.params,
    file,
    pointer: finding.pointer,
    related: [],
    docs: `docs/rules/${finding.code}.md`,
    line: finding.line ?? row.line,
    column: finding.column ?? 1,
    endLine: finding.endLine ?? row.line,
    endColumn: finding.endColumn ?? 1,
  };
  if (finding.waivedBy) diagnostic.waivedBy = finding.waivedBy;
  if (row.row > 0) diagnostic.row = row.row;
  if (row.sku !== undefined) diagnostic.sku = row.sku;
  return diagnostic;
}

function localizeFinding(finding: RowFinding, catalog: MessageCatalog, lang: Lang, file: string, line: number) {
  return localize(rowFindingToDiagnostic(file, { row: 0, line, findings: [] }, finding), catalog, lang);
}

/** Per-rule table and totals, the last thing pretty output prints. */
export function renderRuleSummary(
  counts: RuleCounts,
  totals: { listings: number; failing: number; files: number; unreadable?: number; baseline?: boolean },
  lang: Lang,
): string {
  const words = WORDS[lang];
  const codes = Object.keys(counts).sort();
  const lines: string[] = [];
  if (codes.length > 0) {
    const width = Math.max(24, ...codes.map(displayWidth));
    // the waived column appears only when a waiver covered something, the baseline's in a run with a baseline
    const slots = [0, 1, 2];
    if (codes.some((c) => counts[c]![3] > 0)) slots.push(3);
    if (totals.baseline) slots.push(4);
    lines.push(`${padEndWidth(words.rule, width)} ${slots.map((k) => padStartWidth(words.columns[k]!, 8)).join(' ')}`);
    for (const code of codes) {
      const cells = slots.map((k) => padStartWidth(String(counts[code]![k]), 8));
      lines.push(`${padEndWidth(code, width)} ${cells.join(' ')}`);
    }
  }
  const sum = (k: 0 | 1 | 2 | 3 | 4) => codes.reduce((n, c) => n + counts[c]![k], 0);
  const known = totals.baseline ? words.inBaseline(n(sum(4))) : '';
  // rows that could not be read are said apart: they were never checked
  lines.push(
    words.summary({
      listings: totals.listings,
      files: totals.files,
      unreadable: totals.unreadable ?? 0,
      failing: totals.failing,
      errors: sum(0),
      warnings: sum(1),
      infos: sum(2),
      waived: sum(3),
      known,
    }),
  );
  return `${lines.join('\n')}\n`;
}

/** Terminal columns of a string (string-width, shared with every other aligned output). */
export { displayWidth } from '../report/text-width.js';

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

/** Pretty output of one row: a header line, then each finding with a caret under its characters. */
export function renderRowPretty(file: string, row: RowResult, catalog: MessageCatalog, lang: Lang, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const labels = labelsFor(lang);
  const rowLabel = lang === 'zh' ? `（第 ${row.row} 条记录）` : ` (row ${row.row})`;
  const where = file.endsWith('.csv') || row.row !== row.line ? `${file}:${row.line}${rowLabel}` : `${file}:${row.line}`;
  const lines = [`${where}${row.sku ? ` ${paint(CYAN, row.sku)}` : ''}`];
  for (const finding of row.findings) {
    const localized = localizeFinding(finding, catalog, lang, file, row.line);
    const severity = finding.waivedBy
      ? paint(DIM, finding.waivedBy.baseline ? (lang === 'zh' ? '基线已知' : 'baselined') : lang === 'zh' ? '已豁免' : 'waived')
      : paint(finding.severity === 'error' ? RED : finding.severity === 'warning' ? YELLOW : CYAN, labels.severity[finding.severity]);
    lines.push(`  ${severity} ${finding.code} ${localized.message}`);
    if (finding.excerpt) {
      const label = `${fieldName(finding.pointer)} | `;
      const { text, start, end } = finding.excerpt;
      lines.push(`    ${paint(DIM, label)}${text}`);
      const pad = ' '.repeat(displayWidth(label) + displayWidth(text.slice(0, start)));
      lines.push(`    ${pad}${paint(RED, '^'.repeat(Math.max(1, displayWidth(text.slice(start, end)))))}`);
    } else if (finding.pointer) {
      lines.push(`    ${paint(DIM, lang === 'zh' ? `位于 ${fieldName(finding.pointer)}` : `at ${fieldName(finding.pointer)}`)}`);
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
  const codes = Object.keys(counts).sort();
  const lines: string[] = [];
  if (codes.length > 0) {
    const width = Math.max(24, ...codes.map(displayWidth));
    // the waived column appears only when a waiver covered something, the baseline's in a run with a baseline
    const slots = [0, 1, 2];
    if (codes.some((c) => counts[c]![3] > 0)) slots.push(3);
    if (totals.baseline) slots.push(4);
    const names = lang === 'zh' ? ['错误', '警告', '提示', '已豁免', '基线已知'] : ['errors', 'warnings', 'infos', 'waived', 'baseline'];
    lines.push(`${padEndWidth(lang === 'zh' ? '规则' : 'rule', width)} ${slots.map((k) => padStartWidth(names[k]!, 8)).join(' ')}`);
    for (const code of codes) {
      const cells = slots.map((k) => padStartWidth(String(counts[code]![k]), 8));
      lines.push(`${padEndWidth(code, width)} ${cells.join(' ')}`);
    }
  }
  const sum = (k: 0 | 1 | 2 | 3 | 4) => codes.reduce((n, c) => n + counts[c]![k], 0);
  const n = (value: number) => value.toLocaleString('en-US');
  const count = (value: number, one: string, other: string) => countOf(value, one, other, n(value));
  const waived = sum(3);
  const known = totals.baseline ? (lang === 'zh' ? `，${n(sum(4))} 条在基线中` : `, ${n(sum(4))} in the baseline`) : '';
  // rows that could not be read are said apart: they were never checked
  const unreadable = totals.unreadable ?? 0;
  lines.push(
    lang === 'zh'
      ? `${n(totals.listings)} 个商品（${totals.files} 个文件${unreadable > 0 ? `，${n(unreadable)} 条无法读取` : ''}），${n(totals.failing)} 个未通过：${n(sum(0))} 个错误，${n(sum(1))} 个警告，${n(sum(2))} 个提示${waived > 0 ? `，${n(waived)} 条已豁免` : ''}${known}`
      : `${count(totals.listings, 'listing', 'listings')} in ${count(totals.files, 'file', 'files')}${unreadable > 0 ? ` (${n(unreadable)} unreadable)` : ''}, ${n(totals.failing)} failing: ${count(sum(0), 'error', 'errors')}, ${count(sum(1), 'warning', 'warnings')}, ${count(sum(2), 'info', 'infos')}${waived > 0 ? `, ${n(waived)} waived` : ''}${known}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Terminal columns of a string (string-width, shared with every other aligned output). */
export { displayWidth } from '../report/text-width.js';

import type { Lang } from '@storepolicy/schema';
import { palette } from '../report/colors.js';
import { CLASS_WORDS, describeRange, groupChanges, lawNote, type DiffReport } from './diff-report.js';

const HEAD: Record<Lang, { none: string; changes: string; skipped: string; invalid: string }> = {
  en: {
    none: 'No semantic change to the policies.',
    changes: 'changes: {total} ({tightens} tighten, {loosens} loosen, {neutral} neutral)',
    skipped: 'not compared (broken YAML on one side; run storepolicy validate): {files}',
    invalid: '{count} documents break their schema (compared anyway; run storepolicy validate)',
  },
  zh: {
    none: '策略没有语义变化。',
    changes: '共 {total} 处变化：收紧 {tightens}，放宽 {loosens}，中性 {neutral}',
    skipped: '未比较（某一侧 YAML 无法解析，请运行 storepolicy validate）：{files}',
    invalid: '{count} 个文档不符合模式（仍已比较；请运行 storepolicy validate）',
  },
};

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/** Terminal output: grouped by store and document, one line per change and its reason. */
export function formatDiffPretty(report: DiffReport, lang: Lang, color: boolean): string {
  const p = palette(color);
  const words = HEAD[lang];
  const lines = [p.bold(`storepolicy diff ${describeRange(report)}`)];
  if (report.changes.length === 0) lines.push(words.none);
  for (const group of groupChanges(report.changes)) {
    lines.push('', p.bold(group.store));
    for (const doc of group.documents) {
      lines.push(`  ${doc.kind} ${p.cyan(doc.name)}`);
      for (const change of doc.changes) {
        const cls = CLASS_WORDS[lang][change.class];
        const tag = change.class === 'loosens' ? p.red(cls) : change.class === 'tightens' ? p.green(cls) : p.dim(cls);
        lines.push(`    ${p.dim(`${change.file}:${change.line}:${change.column}`)} ${tag} ${change.message}`);
        const law = lawNote(change, lang);
        lines.push(`      ${change.why}${law ? ` ${p.bold(`(${law})`)}` : ''}`);
      }
    }
  }
  const s = report.summary;
  if (report.skipped.length > 0) lines.push('', p.yellow(fill(words.skipped, { files: report.skipped.join(', ') })));
  if (s.invalidDocuments > 0) lines.push(p.yellow(fill(words.invalid, { count: s.invalidDocuments })));
  if (report.changes.length > 0) lines.push('', fill(words.changes, { total: s.total, tightens: s.tightens, loosens: s.loosens, neutral: s.neutral }));
  return lines.join('\n');
}

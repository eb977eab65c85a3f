import type { Lang } from '@storepolicy/schema';
import { CLASS_WORDS, groupChanges, lawNote, type DiffReport } from './diff-report.js';

/** Marker the pull-request workflow looks for to update its comment instead of adding one. */
export const COMMENT_MARKER = '<!-- storepolicy-diff -->';

const WORDS: Record<Lang, { title: string; none: string; summary: string; change: string; cls: string; why: string; where: string; skipped: string; invalid: string; truncated: string }> = {
  en: {
    title: 'Policy changes',
    none: 'No semantic change to the policies.',
    summary: '**{loosens} loosen** · {tightens} tighten · {neutral} neutral',
    change: 'Change',
    cls: 'Class',
    why: 'Why',
    where: 'Where',
    skipped: 'Not compared (broken YAML on one side; see the validate job): {files}',
    invalid: '{count} documents break their schema; see the validate job.',
    truncated: '… {count} more changes not shown (a comment holds at most {max} characters): run `storepolicy diff` locally or read the job summary.',
  },
  zh: {
    title: '策略变化',
    none: '策略没有语义变化。',
    summary: '**放宽 {loosens}** · 收紧 {tightens} · 中性 {neutral}',
    change: '变化',
    cls: '类别',
    why: '原因',
    where: '位置',
    skipped: '未比较（某一侧 YAML 无法解析，见 validate 任务）：{files}',
    invalid: '{count} 个文档不符合模式，见 validate 任务。',
    truncated: '… 另有 {count} 处变化未显示（评论最多 {max} 个字符）：请在本地运行 `storepolicy diff` 或查看任务摘要。',
  },
};

const ICON = { tightens: '🔒', loosens: '⚠️', neutral: '➖' } as const;

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/** Table cells hold one line; a `|` would end the cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** GitHub refuses comments above 65,536 characters; keep room for the tail lines. */
export const MAX_COMMENT_LENGTH = 60_000;

/** A pull-request comment: summary line, then one table per document, grouped by store. */
export function formatDiffMarkdown(report: DiffReport, lang: Lang, maxLength = MAX_COMMENT_LENGTH): string {
  const w = WORDS[lang];
  const s = report.summary;
  const lines = [COMMENT_MARKER, `## ${w.title}`, '', `\`${report.base.ref}\` → \`${report.head.ref}\``, ''];
  if (report.changes.length === 0) lines.push(w.none);
  else lines.push(fill(w.summary, { loosens: s.loosens, tightens: s.tightens, neutral: s.neutral }));
  let length = lines.join('\n').length;
  let shown = 0;
  const room = (text: string) => length + text.length + 1 <= maxLength;
  const push = (more: string[]) => {
    lines.push(...more);
    length += more.join('\n').length + 1;
  };
  groups: for (const group of groupChanges(report.changes)) {
    const storeHeading = ['', `### ${group.store}`];
    if (!room(storeHeading.join('\n'))) break;
    push(storeHeading);
    for (const doc of group.documents) {
      const heading = ['', `#### ${doc.kind} \`${doc.name}\``, '', `| ${w.change} | ${w.cls} | ${w.why} | ${w.where} |`, '|---|---|---|---|'];
      if (!room(heading.join('\n'))) break groups;
      push(heading);
      for (const c of doc.changes) {
        const cls = `${ICON[c.class]} ${CLASS_WORDS[lang][c.class]}`;
        const where = `\`${c.file}:${c.line}\`${c.side === 'base' ? ' (base)' : ''}`;
        const law = lawNote(c, lang);
        const why = law ? `${c.why} (⚖️ ${law})` : c.why;
        const row = `| ${cell(c.message)} | ${c.class === 'loosens' ? `**${cls}**` : cls} | ${cell(why)} | ${cell(where)} |`;
        if (!room(row)) break groups;
        push([row]);
        shown++;
      }
    }
  }
  if (shown < report.changes.length) lines.push('', fill(w.truncated, { count: report.changes.length - shown, max: maxLength }));
  if (report.skipped.length > 0) lines.push('', fill(w.skipped, { files: report.skipped.map((f) => `\`${f}\``).join(', ') }));
  if (s.invalidDocuments > 0) lines.push('', fill(w.invalid, { count: s.invalidDocuments }));
  return lines.join('\n');
}

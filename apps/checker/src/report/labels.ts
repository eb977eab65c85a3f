import { countOf, type Lang, type Severity } from '@storepolicy/schema';
import type { Report } from './model.js';

/** The words around the findings (headings, labels, the summary), per language. */
export interface Labels {
  severity: Record<Severity, string>;
  hint: string;
  related: string;
  docs: string;
  /** What follows a label: ": " in English, the full-width "：" in Chinese. */
  colon: string;
  waivedHeading(count: number): string;
  waivedBy(file: string, reason: string, expires: string): string;
  baselineHeading(count: number): string;
  /** A known finding of the baseline `file`. */
  inBaseline(file: string): string;
  /** One line: what was checked and what was found. */
  summary(summary: Report['summary']): string;
}

const en: Labels = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  hint: 'hint',
  related: 'related',
  docs: 'docs',
  colon: ': ',
  waivedHeading: (count) => `Waived (${count}): reported, not counted`,
  waivedBy: (file, reason, expires) => `waived by ${file} until ${expires}: ${reason}`,
  baselineHeading: (count) => `In the baseline (${count}): known findings, reported, not counted`,
  inBaseline: (file) => `known finding in the baseline ${file}`,
  summary: (s) => {
    const checked = `${countOf(s.files, 'file', 'files')} checked`;
    const waived = (s.waived > 0 ? `, ${s.waived} waived` : '') + (s.baselined === undefined ? '' : `, ${s.baselined} in the baseline`);
    if (s.errors + s.warnings + s.infos === 0) return `${checked}: no problems${waived}`;
    return `${checked}: ${countOf(s.errors, 'error', 'errors')}, ${countOf(s.warnings, 'warning', 'warnings')}, ${countOf(s.infos, 'info', 'infos')}${waived}`;
  },
};

const zh: Labels = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  hint: '修改建议',
  related: '相关位置',
  docs: '规则说明',
  colon: '：',
  waivedHeading: (count) => `已豁免（${count} 条）：仅列出，不计入结果`,
  waivedBy: (file, reason, expires) => `豁免依据 ${file}，有效期至 ${expires}：${reason}`,
  baselineHeading: (count) => `基线中的已知问题（${count} 条）：仅列出，不计入结果`,
  inBaseline: (file) => `基线 ${file} 中的已知问题`,
  summary: (s) => {
    const checked = `已检查 ${s.files} 个文件`;
    const waived = (s.waived > 0 ? `，${s.waived} 条已豁免` : '') + (s.baselined === undefined ? '' : `，${s.baselined} 条在基线中`);
    if (s.errors + s.warnings + s.infos === 0) return `${checked}，未发现问题${waived}`;
    return `${checked}：${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 条提示${waived}`;
  },
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'zh' ? zh : en;
}

/** Why a finding is set aside: the waiver that covers it, or the baseline that knows it. */
export function setAsideLabel(labels: Labels, by: { file: string; reason: string; expires: string; baseline?: true }): string {
  return by.baseline ? labels.inBaseline(by.file) : labels.waivedBy(by.file, by.reason, by.expires);
}

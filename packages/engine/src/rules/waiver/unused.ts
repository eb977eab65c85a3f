import type { RuleMeta } from '../../rule.js';

/**
 * `waiver/unused`: a live waiver that matches no finding. Either the problem
 * was fixed (delete the waiver) or its target is wrong (it excuses nothing
 * while the author believes it does).
 */
export const unusedMeta: RuleMeta = {
  code: 'waiver/unused',
  severity: 'warning',
  summary: {
    en: 'A waiver matches no finding: the problem is gone or the target is wrong.',
    zh: '豁免未匹配任何问题：问题已解决或目标写错。',
  },
  messages: {
    unused: {
      message: {
        en: 'The waiver of {rule} matches no finding ({target}): the problem it excused is gone, or the target is wrong.',
        zh: '对 {rule} 的豁免没有匹配到任何问题（{target}）：要么问题已解决，要么目标写错。',
      },
      hint: {
        en: 'Delete the waiver if the problem was fixed; otherwise correct `target` to the file and pointer (or SKU, or promotion id) that `storepolicy validate --format json` reports for {rule}.',
        zh: '若问题已修复请删除该豁免；否则按 `storepolicy validate --format json` 报告的 {rule} 位置修正 `target`（文件和指针，或 SKU、促销 id）。',
      },
    },
    unknownRule: {
      message: {
        en: 'The waiver names rule {rule}, which does not exist, so it can match nothing.',
        zh: '豁免指定的规则 {rule} 不存在，因此不会匹配任何问题。',
      },
      hint: {
        en: 'Use a code that `storepolicy rules` lists; the closest is {closest}.',
        zh: '请使用 `storepolicy rules` 列出的规则代码；最接近的是 {closest}。',
      },
    },
  },
};

import type { RuleMeta } from '../../rule.js';
import { relatedAt, type ListingRuleCheck } from '../../listing/compiled.js';
import { displayWidth, overflowOffset } from '../../listing/fold.js';

/** Titles wider than the platform shows are cut off mid-word in search results. */
export const titleWidth: RuleMeta = {
  code: 'listing/title-width',
  severity: 'error',
  summary: {
    en: 'The title is wider than the platform displays (CJK characters count 2).',
    zh: '标题宽度超过平台显示上限（中文字符计 2）。',
  },
  messages: {
    tooWide: {
      message: {
        en: 'Title is {width} wide but at most {max} is shown (CJK characters count 2); the text from here on is cut off.',
        zh: '标题宽度为 {width}，平台最多显示 {max}（中文字符计 2）；从此处起的文字会被截断。',
      },
      hint: {
        en: 'Shorten the title to {max} (about {chars} Chinese characters); move details to the attributes or description.',
        zh: '把标题缩短到 {max} 以内（约 {chars} 个汉字），细节放到属性或详情中。',
      },
    },
    limitHere: { message: { en: 'title width limit {max} set here', zh: '标题宽度上限 {max} 在此设置' } },
  },
};

export const titleWidthCheck: ListingRuleCheck = (listing, context) => {
  const title = listing.title;
  if (typeof title !== 'string') return;
  const rule = context.policy.title;
  const cut = overflowOffset(title, rule.max);
  if (cut < 0) return;
  context.emit(titleWidth, {
    messageId: 'tooWide',
    pointer: '/title',
    start: cut,
    end: title.length,
    params: { width: displayWidth(title), max: rule.max, chars: Math.floor(rule.max / 2) },
    severity: rule.severity,
    related: relatedAt(titleWidth, rule.place, 'limitHere', { max: rule.max }),
  });
};

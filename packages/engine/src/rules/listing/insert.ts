import type { RuleMeta } from '../../rule.js';
import { relatedAt, type ListingRuleCheck } from '../../listing/compiled.js';
import { FOLD } from '../../listing/fold.js';

/** PackingStandard forbidden inserts; 网络交易监督管理办法 art. 14 for review-cashback cards. */
export const insert: RuleMeta = {
  code: 'listing/insert',
  severity: 'error',
  summary: { en: 'The listing puts a forbidden insert in the parcel (好评返现卡, 加微信卡 ...).', zh: '包裹中放入了禁止的附件（好评返现卡、加微信卡等）。' },
  messages: {
    forbidden: {
      message: { en: 'Insert "{insert}" is forbidden ({kind}) by the packing standard.', zh: '附件 "{insert}"（{kind}）被包装标准禁止。' },
      hint: { en: 'Remove the insert from the listing and from the packing line.', zh: '从商品和打包流程中去掉该附件。' },
    },
    forbiddenHere: { message: { en: 'forbidden insert {kind} listed here', zh: '禁止附件 {kind} 在此列出' } },
  },
};

/** Folded equality without allocating a folded copy of the insert text. */
function foldedEquals(text: string, folded: string): boolean {
  const trimmedStart = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed.length !== folded.length) return false;
  for (let i = 0; i < folded.length; i++) if (FOLD[text.charCodeAt(trimmedStart + i)] !== folded.charCodeAt(i)) return false;
  return true;
}

export const insertCheck: ListingRuleCheck = (listing, context) => {
  const inserts = listing.inserts;
  if (!Array.isArray(inserts)) return;
  for (let i = 0; i < inserts.length; i++) {
    const text = inserts[i];
    if (typeof text !== 'string') continue;
    const hit = context.policy.forbiddenInserts.find((f) => f.names.some((name) => foldedEquals(text, name)));
    if (!hit) continue;
    context.emit(insert, {
      messageId: 'forbidden',
      pointer: `/inserts/${i}`,
      params: { insert: text, kind: hit.kind },
      related: relatedAt(insert, hit.place, 'forbiddenHere', { kind: hit.kind }),
    });
  }
};

import type { RuleMeta } from '../../rule.js';
import { legalClassParams } from '../../listing/legal-class-names.js';
import type { ListingRuleCheck } from '../../listing/compiled.js';
import { emitTextHits } from './_text-hits.js';

/** Category claims: 广告法 art. 17/18, 食品安全法 art. 73, 化妆品监督管理条例 art. 43. */
export const claim: RuleMeta = {
  code: 'listing/claim',
  severity: 'error',
  law: true,
  summary: {
    en: 'A claim the category may not make (treatment claims, health functions for ordinary food, medical effects for cosmetics), or a missing required statement.',
    zh: '商品类目不得作出的宣称（非医疗商品宣称疗效、普通食品宣称保健功能、化妆品宣称医疗作用），或缺少法定声明。',
  },
  messages: {
    forbidden: {
      message: {
        en: '"{term}" is a claim a {legalClass} listing may not make ({source}).',
        zh: '{legalClassZh}类商品不得宣称 "{term}"（{source}）。',
      },
      hint: {
        en: 'Remove the claim; describe ingredients, use and specifications instead.',
        zh: '删除该宣称，改为描述成分、用法和规格。',
      },
    },
    missingStatement: {
      message: {
        en: 'A {legalClass} listing must state "{statement}" ({source}).',
        zh: '{legalClassZh}类商品必须声明 "{statement}"（{source}）。',
      },
      hint: { en: 'Add "{statement}" to the {field}, word for word.', zh: '在{field}中逐字加入 "{statement}"。' },
    },
    setHere: { message: { en: 'claim rule "{set}" defined here', zh: '宣称规则 "{set}" 在此定义' } },
  },
};

const forbiddenClaims = emitTextHits(claim);

/** Forbidden claims come from the text pass; missing statements from what it saw. */
export const claimCheck: ListingRuleCheck = (listing, context) => {
  forbiddenClaims(listing, context);
  const legalClass = context.category?.legalClass;
  if (legalClass === undefined) return;
  const statements = context.policy.statements;
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    if (!statement.legalClasses.has(legalClass) || context.statementSeen[i] === 1) continue;
    const field = statement.inDescription ? 'description' : 'title';
    context.emit(claim, {
      messageId: 'missingStatement',
      pointer: field === 'description' && typeof listing.description === 'string' ? '/description' : field === 'title' ? '/title' : '',
      params: { statement: statement.statement, ...legalClassParams(legalClass), source: statement.source, field },
      severity: statement.severity,
      related: statement.place?.doc && [{ doc: statement.place.doc, pointer: statement.place.pointer, messageId: `${claim.code}.setHere`, params: { set: statement.id } }],
    });
  }
};

import type { RuleMeta } from '../../rule.js';
import { legalClassParams } from '../../listing/legal-class-names.js';
import type { ListingRuleCheck } from '../../listing/compiled.js';
import { QUALIFICATION_FORMATS } from '../../listing/qualification-formats.js';

/** 食品安全法 art. 35 (SC licence), 化妆品监督管理条例 (filing/registration) and what the policy adds. */
export const qualification: RuleMeta = {
  code: 'listing/qualification',
  severity: 'error',
  law: true,
  summary: {
    en: 'A licence the legal class needs is missing or malformed (food: SC + 14 digits; cosmetics: filing or registration number).',
    zh: '缺少或填错该法定品类所需的资质编号（食品：SC + 14 位数字；化妆品：备案或注册编号）。',
  },
  messages: {
    missing: {
      message: {
        en: 'A {legalClass} listing needs one of: {types} ({source}).',
        zh: '{legalClassZh}类商品需要以下资质之一：{types}（{source}）。',
      },
      hint: { en: 'Add it under `qualifications`, e.g. `{firstType}: {example}`.', zh: '在 `qualifications` 下填写，例如 `{firstType}: {example}`。' },
    },
    malformed: {
      message: {
        en: '"{value}" is not a valid {type} number (expected like {example}).',
        zh: '"{value}" 不是有效的 {type} 编号（格式如 {example}）。',
      },
      hint: { en: 'Copy the number exactly from the licence.', zh: '按证书原样填写编号。' },
    },
    ruleHere: { message: { en: 'qualification rule "{rule}" defined here', zh: '资质规则 "{rule}" 在此定义' } },
  },
};

export const qualificationCheck: ListingRuleCheck = (listing, context) => {
  const legalClass = context.category?.legalClass;
  if (legalClass === undefined) return;
  const held = (listing.qualifications ?? {}) as Record<string, unknown>;
  for (const rule of context.policy.qualifications) {
    if (!rule.legalClasses.has(legalClass)) continue;
    const related = rule.place?.doc && [{ doc: rule.place.doc, pointer: rule.place.pointer, messageId: `${qualification.code}.ruleHere`, params: { rule: rule.id } }];
    let satisfied = false;
    let malformed: { type: string; value: string } | undefined;
    for (const type of rule.anyOf) {
      const value = held[type];
      if (typeof value !== 'string') continue;
      if (QUALIFICATION_FORMATS[type].valid(value)) satisfied = true;
      else malformed ??= { type, value };
    }
    if (satisfied) continue;
    if (malformed) {
      context.emit(qualification, {
        messageId: 'malformed',
        pointer: `/qualifications/${malformed.type}`,
        params: { value: malformed.value, type: malformed.type, example: QUALIFICATION_FORMATS[malformed.type as keyof typeof QUALIFICATION_FORMATS].example },
        severity: rule.severity,
        related,
      });
    } else {
      const first = rule.anyOf[0]!;
      context.emit(qualification, {
        messageId: 'missing',
        pointer: listing.qualifications ? '/qualifications' : '/category',
        params: { ...legalClassParams(legalClass), types: rule.anyOf.join(', '), source: rule.source, firstType: first, example: QUALIFICATION_FORMATS[first].example },
        severity: rule.severity,
        related,
      });
    }
  }
};

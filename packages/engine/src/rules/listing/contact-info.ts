import type { RuleMeta } from '../../rule.js';
import type { ListingRuleCheck } from '../../listing/compiled.js';
import { emitTextHits } from './_text-hits.js';

/** Platform rules forbid diverting buyers off the platform (站外引流). */
export const contactInfo: RuleMeta = {
  code: 'listing/contact-info',
  severity: 'error',
  summary: {
    en: 'Mobile and landline numbers, 400/800 hotlines, WeChat or QQ ids, "加V" and similar that divert buyers off the platform.',
    zh: '手机号、固定电话、400/800 热线、微信/QQ 号、"加V" 等引导买家离开平台的联系方式。',
  },
  messages: {
    phone: {
      message: { en: 'A mobile number ("{value}") diverts buyers off the platform.', zh: '手机号（"{value}"）会引导买家离开平台。' },
      hint: { en: 'Remove it; buyers reach you through the platform chat (旺旺/客服).', zh: '删除手机号；买家应通过平台客服联系。' },
    },
    landline: {
      message: {
        en: 'A landline or 400/800 service number ("{value}") diverts buyers off the platform.',
        zh: '固定电话或 400/800 客服热线（"{value}"）会引导买家离开平台。',
      },
      hint: { en: 'Remove the number; buyers reach you through the platform chat (旺旺/客服).', zh: '删除该号码；买家应通过平台客服联系。' },
    },
    wechat: {
      message: { en: 'A WeChat id ("{value}") diverts buyers off the platform.', zh: '微信号（"{value}"）会引导买家离开平台。' },
      hint: { en: 'Remove the WeChat id; keep after-sales contact inside the platform.', zh: '删除微信号，售后沟通留在平台内。' },
    },
    qq: {
      message: { en: 'A QQ number ("{value}") diverts buyers off the platform.', zh: 'QQ 号（"{value}"）会引导买家离开平台。' },
      hint: { en: 'Remove the QQ number.', zh: '删除 QQ 号。' },
    },
    keyword: {
      message: { en: '"{term}" invites buyers to contact you off the platform ({source}).', zh: '"{term}" 引导买家站外联系（{source}）。' },
      hint: { en: 'Remove the phrase.', zh: '删除该用语。' },
    },
    setHere: { message: { en: 'term set "{set}" defined here', zh: '词集 "{set}" 在此定义' } },
  },
};

/** Reported from the shared text pass (src/listing/text-scan.ts). */
export const contactInfoCheck: ListingRuleCheck = emitTextHits(contactInfo);

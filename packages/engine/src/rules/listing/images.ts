import type { RuleMeta } from '../../rule.js';
import { relatedAt, type ListingRuleCheck } from '../../listing/compiled.js';

/** Store practice: enough images, and a main image that is a real shot (实拍). */
export const images: RuleMeta = {
  code: 'listing/images',
  severity: 'warning',
  summary: { en: 'Fewer images than required, or the main image is not a real shot.', zh: '图片数量不足，或主图不是实拍图。' },
  messages: {
    tooFew: {
      message: { en: 'The listing has {count, plural, one {# image} other {# images}}; the policy asks for at least {min}.', zh: '商品有 {count} 张图片，策略要求至少 {min} 张。' },
      hint: { en: 'Add real photos: front, back, detail and a size or scale shot.', zh: '补充实拍图：正面、背面、细节和尺寸对比图。' },
    },
    mainNotRealShot: {
      message: { en: 'The main image is not marked as a real shot (实拍).', zh: '主图未标记为实拍图。' },
      hint: { en: 'Use a real photograph of the goods as main image and set `real_shot: true`.', zh: '主图改用商品实拍，并设置 `real_shot: true`。' },
    },
    ruleHere: { message: { en: 'image rule defined here', zh: '图片规则在此定义' } },
  },
};

export const imagesCheck: ListingRuleCheck = (listing, context) => {
  const rule = context.policy.images;
  const list = Array.isArray(listing.images) ? listing.images : [];
  if (list.length < rule.min) {
    context.emit(images, {
      messageId: 'tooFew',
      pointer: '/images', // when missing, located at the closest parent
      params: { count: list.length, min: rule.min },
      severity: rule.severity,
      related: relatedAt(images, rule.place, 'ruleHere'),
    });
  }
  if (!rule.mainRealShot || list.length === 0) return;
  let main = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i]?.main === true) {
      main = i;
      break;
    }
  }
  if (list[main]?.real_shot !== true) {
    context.emit(images, {
      messageId: 'mainNotRealShot',
      pointer: `/images/${main}`,
      params: {},
      severity: rule.severity,
      related: relatedAt(images, rule.place, 'ruleHere'),
    });
  }
};

import { defineRule } from '../../rule.js';

/** Breakage is the most common after-sales cost of fragile goods; it is cheap to prevent at the packing bench. */
export const fragile = defineRule({
  meta: {
    code: 'packing/fragile',
    severity: 'warning',
    summary: {
      en: 'A fragile category has a packing rule with cushioning.',
      zh: '易碎类目必须有包含缓冲材料的包装规范。',
    },
    messages: {
      noRule: {
        message: {
          en: 'Category "{category}" is fragile but the packing standard has no rule for it, so packers may ship it without cushioning and breakage becomes refunds and bad reviews.',
          zh: '类目 "{category}" 为易碎品，但包装标准中没有它的包装规范，打包员可能不加缓冲就发货，破损会变成退款和差评。',
        },
        hint: {
          en: 'Add `- {category: {category}, cushioning: air_column_bag, outer_box: carton_5ply}` under categories.',
          zh: '在 categories 下添加 `- {category: {category}, cushioning: air_column_bag, outer_box: carton_5ply}`。',
        },
      },
      noCushioning: {
        message: {
          en: 'Category "{category}" is fragile but is packed with cushioning: none, so breakage in transit becomes refunds and bad reviews.',
          zh: '类目 "{category}" 为易碎品，但包装规范为 cushioning: none，运输破损会变成退款和差评。',
        },
        hint: { en: 'Choose a cushioning such as air_column_bag, bubble_wrap or pulp_tray.', zh: '选择缓冲材料，例如 air_column_bag、bubble_wrap 或 pulp_tray。' },
      },
      fragileFlag: {
        message: { en: 'Category "{category}" is marked fragile here.', zh: '类目 "{category}" 在此标记为易碎。' },
      },
    },
  },
  check(bundle, context) {
    const store = bundle.store;
    const doc = bundle.packing;
    if (!store || !doc) return;
    store.value.spec.categories.forEach((category, storeIndex) => {
      if (!category.fragile) return;
      const params = { category: category.id };
      const related = [{ doc: store, pointer: `/spec/categories/${storeIndex}/fragile`, messageId: 'fragileFlag', params }];
      const index = doc.value.spec.categories.findIndex((rule) => rule.category === category.id);
      if (index < 0) {
        context.report({ doc, pointer: '/spec/categories', messageId: 'noRule', params, related, atKey: true });
      } else if (doc.value.spec.categories[index]!.cushioning === 'none') {
        context.report({ doc, pointer: `/spec/categories/${index}/cushioning`, messageId: 'noCushioning', params, related });
      }
    });
  },
});

import type { PromotionType } from '@storepolicy/schema';
import type { PromotionCheck } from './_check.js';

/** Mechanic fields of a Promotion spec, and the types that use each (SPEC section 5 table). */
const MECHANICS = {
  fixed_price: ['flash_sale', 'product_discount'],
  percent_off: ['flash_sale', 'time_limited_discount', 'product_discount'],
  amount_off: ['time_limited_discount', 'product_discount'],
  threshold: ['threshold_reduction'],
  coupon: ['coupon'],
  gift: ['gift'],
  prizes: ['prize_draw'],
} as const satisfies Record<string, readonly PromotionType[]>;

type MechanicField = keyof typeof MECHANICS;
const PRODUCT_PRICE_FIELDS: readonly MechanicField[] = ['fixed_price', 'percent_off', 'amount_off'];

/**
 * `promotion/one-mechanic`: a promotion states one price mechanic, one its
 * type uses. A product discount with both `fixed_price` and `amount_off`
 * has two prices and the platform applies one; a `threshold` on a coupon is
 * never priced. Either way the dry-run would judge a promotion other than
 * the one that runs, so both are refused (the pricer still takes the lowest
 * of several stated prices, so the floor is never judged on the mildest).
 */
export const oneMechanicCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/one-mechanic',
    severity: 'error',
    summary: {
      en: 'A promotion states exactly one price mechanic, and one its type uses.',
      zh: '一个促销只能声明一种价格机制，且须是该类型使用的机制。',
    },
    messages: {
      several: {
        message: {
          en: 'states both `{first}` and `{field}`: a {type} applies one price, so which one runs is a guess; the dry-run prices the lower of them',
          zh: '同时声明了 `{first}` 和 `{field}`：{type} 只会采用一种价格，实际生效哪一个无法确定；试算按其中较低的价格计算',
        },
        hint: { en: 'Keep one of `{first}` and `{field}`, or split them into two promotions.', zh: '只保留 `{first}` 和 `{field}` 之一，或拆成两个促销。' },
      },
      notForType: {
        message: {
          en: '`{field}` is not a mechanic of a {type} (it uses {allowed}): it would never be priced, so the promotion would be checked as something other than what runs',
          zh: '`{field}` 不是 {type} 的机制（它使用 {allowed}）：该字段不会被计价，检查的将不是实际运行的促销',
        },
        hint: { en: 'Remove `{field}`, or change `type` to one that uses it.', zh: '删除 `{field}`，或把 `type` 改为使用它的类型。' },
      },
      first: { message: { en: 'the first price mechanic', zh: '第一种价格机制' } },
    },
  },
  check({ proposal, report }) {
    const spec = proposal.doc.value.spec as unknown as Record<string, unknown>;
    const type = proposal.type;
    const stated = (Object.keys(MECHANICS) as MechanicField[]).filter((field) => spec[field] !== undefined);
    let first: MechanicField | undefined;
    for (const field of stated) {
      const uses: readonly PromotionType[] = MECHANICS[field];
      if (!uses.includes(type)) {
        const allowed = (Object.keys(MECHANICS) as MechanicField[]).filter((f) => (MECHANICS[f] as readonly PromotionType[]).includes(type));
        report(oneMechanicCheck.meta, {
          doc: proposal.doc,
          pointer: `/spec/${field}`,
          atKey: true,
          messageId: 'notForType',
          params: { field, type, allowed: allowed.length > 0 ? allowed.map((f) => `\`${f}\``).join(', ') : 'no price field' },
        });
        continue;
      }
      if (!PRODUCT_PRICE_FIELDS.includes(field)) continue;
      if (first === undefined) {
        first = field;
        continue;
      }
      report(oneMechanicCheck.meta, {
        doc: proposal.doc,
        pointer: `/spec/${field}`,
        atKey: true,
        messageId: 'several',
        params: { first, field, type },
        related: [{ doc: proposal.doc, pointer: `/spec/${first}`, messageId: 'first' }],
      });
    }
  },
};

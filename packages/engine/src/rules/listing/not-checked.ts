import type { Diagnostic, PolicyDocument } from '@storepolicy/schema';
import type { StoreBundle } from '../../model.js';
import { toDiagnostic, type RuleMeta } from '../../rule.js';

/**
 * SPEC section 9 "A missing reference is not a pass": listing checks that
 * need a policy the store does not have do not run, and the run says so in
 * every output format. Without a PackingStandard a listing may promise to
 * ship in 2000 hours and pass; without an AfterSalesPolicy a claimed return
 * exemption is compared with the law only, not with the store's own list.
 * Reported by `storepolicy check listing` once per run, at the store's
 * `store.yaml`.
 */
export const notChecked: RuleMeta = {
  code: 'listing/not-checked',
  severity: 'warning',
  summary: {
    en: 'A listing check did not run because the store lacks the policy it reads (PackingStandard, AfterSalesPolicy).',
    zh: '店铺缺少某项检查所需的策略（包装标准、售后策略），该检查未运行。',
  },
  messages: {
    noPacking: {
      message: {
        en: 'Store "{store}" has no PackingStandard (packing.yaml), so listing/ship-promise did not run (a listing may promise any shipping time) and listing/insert checked only the built-in forbidden inserts.',
        zh: '店铺“{store}”没有包装标准（packing.yaml），因此 listing/ship-promise 未运行（商品可承诺任意发货时效），listing/insert 只按内置的禁止夹带物检查。',
      },
      hint: {
        en: 'Add packing.yaml to the store folder (storepolicy init scaffolds one), with dispatch.ship_within_hours.',
        zh: '请在店铺目录中添加 packing.yaml（可用 storepolicy init 生成），并设置 dispatch.ship_within_hours。',
      },
    },
    noAfterSales: {
      message: {
        en: 'Store "{store}" has no AfterSalesPolicy (after-sales.yaml), so listing/return-promise compared return exemptions with the law only, not with the store\'s own exemptions and checkout confirmations.',
        zh: '店铺“{store}”没有售后策略（after-sales.yaml），因此 listing/return-promise 只按法律核对退货豁免，未核对店铺自己的豁免和下单确认。',
      },
      hint: {
        en: 'Add after-sales.yaml to the store folder (storepolicy init scaffolds one).',
        zh: '请在店铺目录中添加 after-sales.yaml（可用 storepolicy init 生成）。',
      },
    },
  },
};

/** The listing checks `bundle` cannot run in full, as findings at its store.yaml (or its compliance policy). */
export function listingChecksNotRun(bundle: StoreBundle): Diagnostic[] {
  const doc = (bundle.store ?? bundle.compliance) as PolicyDocument | undefined;
  if (!doc) return [];
  const at = (messageId: string) => toDiagnostic(notChecked, { doc, pointer: '', messageId, params: { store: bundle.id } });
  const out: Diagnostic[] = [];
  // the schema requires dispatch.ship_within_hours, so a PackingStandard always feeds ship-promise
  if (!bundle.packing) out.push(at('noPacking'));
  if (!bundle.afterSales) out.push(at('noAfterSales'));
  return out;
}

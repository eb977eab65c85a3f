import type { RuleMeta } from '../../rule.js';

/**
 * `waiver/wrong-store`: a waiver whose `metadata.store` is not the store whose
 * folder holds it. Approval of a waiver happens in the pull request that
 * touches a store's folder (CODEOWNERS), so a waiver planted in one store's
 * folder must not excuse another store's findings. It waives nothing; the
 * check runs in `applyWaivers` (packages/engine/src/waivers).
 */
export const wrongStoreMeta: RuleMeta = {
  code: 'waiver/wrong-store',
  severity: 'error',
  summary: {
    en: "A waiver names a store other than the one whose folder holds it; it waives nothing.",
    zh: '豁免声明的店铺与其所在的店铺目录不一致，因此不豁免任何问题。',
  },
  messages: {
    otherFolder: {
      message: {
        en: 'The waiver says it belongs to store "{store}", but it lies in the folder of store "{folder}" ({dir}): a waiver applies only to the store whose folder holds it, so it waives nothing.',
        zh: '豁免声明属于店铺“{store}”，但它位于店铺“{folder}”的目录（{dir}）中：豁免只对所在目录的店铺生效，因此不豁免任何问题。',
      },
      hint: {
        en: 'Move the waiver into the folder of store "{store}" (its approvers review it there), or set `metadata.store: {folder}` if it is meant for "{folder}".',
        zh: '请把豁免移到店铺“{store}”的目录下（由该店铺的审批人审核），若本就针对“{folder}”，请改为 `metadata.store: {folder}`。',
      },
    },
    outsideFolder: {
      message: {
        en: 'The waiver says it belongs to store "{store}", but it lies outside that store\'s folder ({dir}): a waiver applies only to the store whose folder holds it, so it waives nothing.',
        zh: '豁免声明属于店铺“{store}”，但它不在该店铺的目录（{dir}）中：豁免只对所在目录的店铺生效，因此不豁免任何问题。',
      },
      hint: {
        en: 'Move the waiver under {dir} (for example {dir}/waivers/).',
        zh: '请把豁免移到 {dir} 下（例如 {dir}/waivers/）。',
      },
    },
  },
};

import type { RuleMeta } from '../../rule.js';

/**
 * `waiver/expired`: a waiver past its `expires`. It no longer waives anything,
 * so the findings it covered fail the run again; this finding says why.
 * The check runs in `applyWaivers` (packages/engine/src/waivers).
 */
export const expiredMeta: RuleMeta = {
  code: 'waiver/expired',
  severity: 'error',
  summary: {
    en: 'A waiver is past its expiry date; the findings it covered count again.',
    zh: '豁免已过期，其覆盖的问题重新计入。',
  },
  messages: {
    expired: {
      message: {
        en: 'The waiver of {rule} expired on {expires}, so the findings it covered count again.',
        zh: '对 {rule} 的豁免已于 {expires} 过期，其覆盖的问题重新计入。',
      },
      hint: {
        en: 'Fix the findings and delete the waiver; if the exception must continue, get it re-approved and set a new `expires` at most {maxDays} days ahead.',
        zh: '修复这些问题并删除豁免；若确需延续，请重新审批，并把 `expires` 设为不超过 {maxDays} 天之后。',
      },
    },
  },
};

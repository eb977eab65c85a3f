import type { RuleMeta } from '../../rule.js';

/**
 * `waiver/no-expiry`: a waiver without `expires`, or expiring beyond the
 * horizon (90 days by default, `--waiver-max-days`). An exception without an
 * end quietly becomes the policy, so such a waiver waives nothing.
 */
export const noExpiryMeta: RuleMeta = {
  code: 'waiver/no-expiry',
  severity: 'error',
  summary: {
    en: 'A waiver must expire, at most 90 days ahead (configurable).',
    zh: '豁免必须设有效期，且不超过 90 天（可配置）。',
  },
  messages: {
    missing: {
      message: {
        en: 'The waiver of {rule} has no `expires`: an exception without an end date quietly becomes the policy, so it waives nothing.',
        zh: '对 {rule} 的豁免没有 `expires`：没有截止日期的例外会悄悄变成政策本身，因此该豁免不生效。',
      },
      hint: {
        en: 'Add `expires: {latest}` or an earlier date (at most {maxDays} days ahead).',
        zh: '添加 `expires: {latest}` 或更早的日期（最多 {maxDays} 天之后）。',
      },
    },
    invalid: {
      message: {
        en: 'The waiver of {rule} expires on {expires}, which is not a real date, so it waives nothing.',
        zh: '对 {rule} 的豁免到期日 {expires} 不是真实存在的日期，因此该豁免不生效。',
      },
      hint: {
        en: 'Write a real calendar date on or before {latest}.',
        zh: '请填写 {latest} 或更早的真实日期。',
      },
    },
    tooFar: {
      message: {
        en: 'The waiver of {rule} expires on {expires}, {days} days ahead, beyond the {maxDays}-day limit for exceptions, so it waives nothing.',
        zh: '对 {rule} 的豁免于 {expires} 到期，距今 {days} 天，超过例外的 {maxDays} 天上限，因此该豁免不生效。',
      },
      hint: {
        en: 'Set `expires` on or before {latest}; renew it with a fresh approval if it is still needed then.',
        zh: '把 `expires` 设为 {latest} 或更早；到期仍需要时重新审批续期。',
      },
    },
  },
};

import { windowsOverlap } from '../../pricing/compile.js';
import { policyRelated, type PromotionCheck } from './_check.js';

/** `promotion/blackout`: no promotion runs during a blackout window of the policy. */
export const blackoutCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/blackout',
    severity: 'error',
    summary: { en: 'A promotion does not run during a blackout window.', zh: '促销不得在禁止期内进行。' },
    messages: {
      inBlackout: {
        message: {
          en: 'the window {start} - {end} overlaps the blackout {blackoutStart} - {blackoutEnd}: {reason}',
          zh: '时间窗口 {start} - {end} 与禁止期 {blackoutStart} - {blackoutEnd} 重叠：{reasonZh}',
        },
        hint: { en: 'Move the promotion outside the blackout window.', zh: '把促销移出禁止期。' },
      },
      blackout: { message: { en: 'blackout window set here', zh: '禁止期在此设定' } },
    },
  },
  check({ proposal, policy, report }) {
    const spec = policy.doc?.value.spec;
    for (const blackout of policy.blackouts) {
      if (!windowsOverlap(proposal, blackout)) continue;
      const source = spec?.blackouts?.[blackout.index];
      report(blackoutCheck.meta, {
        doc: proposal.doc,
        pointer: '/spec/window',
        messageId: 'inBlackout',
        params: {
          start: proposal.doc.value.spec.window.start,
          end: proposal.doc.value.spec.window.end,
          blackoutStart: source?.start ?? '',
          blackoutEnd: source?.end ?? '',
          reason: source?.reason.en ?? source?.reason.zh ?? '',
          reasonZh: source?.reason.zh ?? source?.reason.en ?? '',
        },
        related: policyRelated(policy, `/spec/blackouts/${blackout.index}`, 'blackout'),
      });
    }
  },
};

import type { PromotionCheck } from './_check.js';

/** `promotion/window`: a window must end after it starts. */
export const windowCheck: PromotionCheck = {
  inValidate: true,
  meta: {
    code: 'promotion/window',
    severity: 'error',
    summary: { en: 'A promotion window ends after it starts.', zh: '促销时间窗口的结束时间必须晚于开始时间。' },
    messages: {
      endNotAfterStart: {
        message: {
          en: 'the window ends at {end}, which is not after its start {start}: the promotion would never run',
          zh: '结束时间 {end} 不晚于开始时间 {start}：该促销永远不会生效',
        },
        hint: { en: 'Set `end` later than `start` (both with an explicit offset).', zh: '把 `end` 设为晚于 `start` 的时间（都带时区偏移）。' },
      },
    },
  },
  check({ proposal, report }) {
    if (Number.isNaN(proposal.start) || Number.isNaN(proposal.end) || proposal.end > proposal.start) return;
    const { start, end } = proposal.doc.value.spec.window;
    report(windowCheck.meta, { doc: proposal.doc, pointer: '/spec/window/end', messageId: 'endNotAfterStart', params: { start, end } });
  },
};

import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const policy = (start: string, end: string) => `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  blackouts:
    - start: "${start}"
      end: "${end}"
      reason: {zh: 价格检查期, en: price inspection}
`;
const proposal = promo('d11', DISCOUNT_SPEC);

describe('promotion/blackout', () => {
  table('promotion/blackout', [
    { name: 'no blackout, no finding', proposal, expected: [] },
    {
      name: 'a window overlapping a blackout is an error at the window',
      proposal,
      files: { 'promotion-policy.yaml': policy('2026-11-11T12:00:00+08:00', '2026-11-13T00:00:00+08:00') },
      expected: [{ code: 'promotion/blackout', severity: 'error', ...at(proposal, '{start', 0) }],
    },
    {
      name: 'a blackout ending when the promotion starts does not overlap (end exclusive)',
      proposal,
      files: { 'promotion-policy.yaml': policy('2026-11-10T00:00:00+08:00', '2026-11-11T00:00:00+08:00') },
      expected: [],
    },
  ]);
});

import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const policy = (dsr: number, age: number) => `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  events:
    double11: {min_dsr: ${dsr}, min_store_age_days: ${age}}
`;
const proposal = promo('d11', `${DISCOUNT_SPEC}  event: double11\n`);
const event = at(proposal, 'double11', 0);

describe('promotion/event-eligibility', () => {
  table('promotion/event-eligibility', [
    { name: 'a store meeting DSR 4.5 and 90 days passes', proposal, files: { 'promotion-policy.yaml': policy(4.5, 90) }, expected: [] },
    {
      name: 'a lowest DSR of 4.6 is below 4.7',
      proposal,
      files: { 'promotion-policy.yaml': policy(4.7, 90) },
      expected: [{ code: 'promotion/event-eligibility', severity: 'error', ...event }],
    },
    {
      name: 'both DSR and store age below: two findings',
      proposal,
      files: { 'promotion-policy.yaml': policy(4.7, 500) },
      expected: [
        { code: 'promotion/event-eligibility', severity: 'error', ...event },
        { code: 'promotion/event-eligibility', severity: 'error', ...event },
      ],
    },
    { name: 'an event without requirements passes', proposal, expected: [] },
  ]);
});

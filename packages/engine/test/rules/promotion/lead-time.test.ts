import { describe } from 'vitest';
import { STORE } from '../../pricing/fixtures.js';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const policy = `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
  limits:
    lead_time_hours: 240
`;

const DISCOUNT_PROMO = promo('x', DISCOUNT_SPEC);

describe('promotion/lead-time', () => {
  table('promotion/lead-time', [
    { name: '10 days ahead passes the default 72 h', proposal: promo('ok', DISCOUNT_SPEC), expected: [] },
    {
      name: '48 h ahead fails the default 72 h, at the start',
      proposal: promo('late', DISCOUNT_SPEC),
      now: '2026-11-09T00:00:00+08:00',
      expected: [{ code: 'promotion/lead-time', severity: 'error', ...at(DISCOUNT_PROMO, `start: "`, 7) }],
    },
    {
      name: 'exactly 72 h ahead passes',
      proposal: promo('edge', DISCOUNT_SPEC),
      now: '2026-11-08T00:00:00+08:00',
      expected: [],
    },
    {
      name: 'a policy lead time of 240 h makes 10 days too late',
      proposal: promo('policy', DISCOUNT_SPEC),
      files: { 'promotion-policy.yaml': policy },
      now: '2026-11-02T00:00:00+08:00',
      expected: [{ code: 'promotion/lead-time', severity: 'error', ...at(DISCOUNT_PROMO, `start: "`, 7) }],
    },
    {
      // one clock: the store's (Store spec.timezone), whatever offset the start was written in
      name: 'a start written in UTC is named on the store\'s clock, beside now',
      proposal: promo('utc', DISCOUNT_SPEC.replace('2026-11-11T00:00:00+08:00', '2026-11-10T16:00:00Z')),
      now: '2026-11-08T16:00:00.573Z',
      expected: [
        {
          code: 'promotion/lead-time',
          severity: 'error',
          ...at(DISCOUNT_PROMO, `start: "`, 7),
          messageId: 'promotion/lead-time.tooLate',
          params: { start: '2026-11-11T00:00:00+08:00', now: '2026-11-09T00:00:00+08:00', hours: 48 },
        },
      ],
    },
    {
      name: 'a store in Europe/Berlin reads both times on its own clock (winter time, +01:00)',
      proposal: promo('berlin', DISCOUNT_SPEC),
      files: { 'store.yaml': STORE.replace('timezone: Asia/Shanghai', 'timezone: Europe/Berlin') },
      now: '2026-11-08T16:00:00Z',
      expected: [
        {
          code: 'promotion/lead-time',
          severity: 'error',
          ...at(DISCOUNT_PROMO, `start: "`, 7),
          messageId: 'promotion/lead-time.tooLate',
          params: { start: '2026-11-10T17:00:00+01:00', now: '2026-11-08T17:00:00+01:00', hours: 48 },
        },
      ],
    },
    {
      // one clock: now on the store's clock, to the second (the engine was given milliseconds)
      name: '48 h ahead names now on the store\'s clock, without milliseconds',
      proposal: promo('late', DISCOUNT_SPEC),
      now: '2026-11-08T16:00:00.573Z',
      expected: [
        {
          code: 'promotion/lead-time',
          severity: 'error',
          ...at(DISCOUNT_PROMO, `start: "`, 7),
          messageId: 'promotion/lead-time.tooLate',
          params: { now: '2026-11-09T00:00:00+08:00', hours: 48 },
        },
      ],
    },
    {
      name: 'a start already past is said to be past, not "only -18.5 h after now"',
      proposal: promo('past', DISCOUNT_SPEC),
      now: '2026-11-11T10:30:00.250Z',
      expected: [
        {
          code: 'promotion/lead-time',
          severity: 'error',
          ...at(DISCOUNT_PROMO, `start: "`, 7),
          messageId: 'promotion/lead-time.alreadyStarted',
          params: { now: '2026-11-11T18:30:00+08:00', hours: 18.5 },
        },
      ],
    },
  ]);
});

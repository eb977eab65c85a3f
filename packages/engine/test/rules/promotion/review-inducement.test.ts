import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const flagged = promo('r', `${DISCOUNT_SPEC}  conditions: {requires_photo_review: true}\n`);
const cashback = promo('r', `${DISCOUNT_SPEC}  terms: {zh: 收货后五星好评截图联系客服返现5元}\n`);
const english = promo('r', `${DISCOUNT_SPEC}  terms: {en: "Leave a 5-star review and get a 5 yuan cash back"}\n`);
const lawful = promo('r', `${DISCOUNT_SPEC}  terms: {zh: 活动期间全场85折, en: 15% off dresses}\n`);

describe('promotion/review-inducement', () => {
  table('promotion/review-inducement', [
    { name: 'a benefit conditioned on a photo review', proposal: flagged, expected: [{ code: 'promotion/review-inducement', severity: 'error', ...at(flagged, 'true') }] },
    { name: 'cash back for a five-star review in the Chinese terms', proposal: cashback, expected: [{ code: 'promotion/review-inducement', severity: 'error', ...at(cashback, '收货后') }] },
    { name: 'cash back for a 5-star review in the English terms', proposal: english, expected: [{ code: 'promotion/review-inducement', severity: 'error', ...at(english, '"Leave') }] },
    { name: 'ordinary terms pass', proposal: lawful, expected: [] },
  ]);
});

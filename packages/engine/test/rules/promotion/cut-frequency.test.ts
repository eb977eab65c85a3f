import { describe } from 'vitest';
import { DISCOUNT_SPEC, at, promo, table } from './_harness.js';

const cut = (name: string, start: string, end: string) =>
  promo(name, `  type: time_limited_discount
  status: approved
  percent_off: 10
  window: {start: "${start}", end: "${end}"}
  scope: {categories: [dresses]}
`);
const proposal = promo('d11', DISCOUNT_SPEC);
const twoBefore = {
  'promotions/a.yaml': cut('oct-a', '2026-10-20T00:00:00+08:00', '2026-10-21T00:00:00+08:00'),
  'promotions/b.yaml': cut('nov-b', '2026-11-01T00:00:00+08:00', '2026-11-02T00:00:00+08:00'),
};

describe('promotion/cut-frequency', () => {
  table('promotion/cut-frequency', [
    { name: 'one earlier cut within 30 days makes two: allowed', proposal, files: { 'promotions/b.yaml': twoBefore['promotions/b.yaml'] }, expected: [] },
    { name: 'two earlier cuts within 30 days make three: a warning at the start', proposal, files: twoBefore, expected: [{ code: 'promotion/cut-frequency', severity: 'warning', ...at(proposal, 'start: "', 7) }] },
    {
      name: 'cuts more than 30 days apart are not counted together',
      proposal,
      files: { 'promotions/a.yaml': cut('sep-a', '2026-09-20T00:00:00+08:00', '2026-09-21T00:00:00+08:00'), 'promotions/b.yaml': twoBefore['promotions/b.yaml'] },
      expected: [],
    },
  ]);
});

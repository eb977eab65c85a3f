import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findings, type CliResult } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "a price the dry-run never computed" (SPEC sections 5 and 9):
// prices compared with hand-computed fen from `check promotion --format json`,
// in a copy of demo-apparel. Each test priced wrong, or found nothing, on the
// old main.

let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-apparel']);
});
afterEach(() => repo.cleanup());

const ARGS = ['--store', 'policies/demo-apparel', '--now', '2026-11-07T10:00:00+08:00', '--format', 'json'];

interface PriceRow {
  promotion: string;
  sku: string;
  tier: string;
  single: number;
  worst: number;
  floor: number;
  promotions?: string[];
}

const prices = (result: CliResult): PriceRow[] => (JSON.parse(result.stdout) as { prices: PriceRow[] }).prices;

function promotion(file: string, name: string, spec: string): string {
  repo.write(file, `apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: demo-apparel, name: ${name}}\nspec:\n${spec}`);
  return file;
}

describe('fail closed: the dry-run prices every instant of the window', () => {
  it('a calendar flash sale that ends at noon: the afternoon (45% off with member price) is priced and below the floor', async () => {
    promotion(
      'policies/demo-apparel/promotions/flash-morning.yaml',
      'flash-morning',
      '  type: flash_sale\n  status: approved\n  fixed_price: "150.00"\n  stock_cap: 100\n' +
        '  window: {start: "2026-11-19T00:00:00+08:00", end: "2026-11-20T12:00:00+08:00"}\n  scope: {skus: [DRS-001]}\n',
    );
    const file = promotion(
      'proposals/deep-day.yaml',
      'deep-day',
      '  type: product_discount\n  percent_off: 45\n  window: {start: "2026-11-20T00:00:00+08:00", end: "2026-11-21T00:00:00+08:00"}\n  scope: {skus: [DRS-001]}\n',
    );
    const result = await repo.run(['check', 'promotion', file, ...ARGS]);
    const rows = prices(result).map((r) => [r.tier, r.single, r.worst]);
    // 19900 x 55 / 100 = 10945; silver x 98% = 10726.1 -> 10726; gold x 95% = 10397.75 -> 10398; svip x 90% = 9850.5 -> 9851.
    // Worst: the tier's birthday coupon, share round(p x A / max(M, p)): silver 10 off 300 -> 358, gold 30 off 500 -> 624,
    // svip 50 off 1000 -> 493 (9851 x 5000 / 100000 = 492.55, half-up).
    expect(rows).toEqual([
      ['regular', 10945, 10945],
      ['silver', 10726, 10368],
      ['gold', 10398, 9774],
      ['svip', 9851, 9358],
    ]);
    expect(result.code).toBe(1);
    expect(findings(result).filter((f) => f.code === 'promotion/price-floor').length).toBeGreaterThan(0);
  });
});

describe('fail closed: the worst case is the lowest price a buyer can reach', () => {
  it('a globally exclusive 满减 in the calendar does not hide the coupon a buyer takes instead (with member price and birthday coupon)', async () => {
    promotion(
      'policies/demo-apparel/promotions/t300-100.yaml',
      't300-100',
      '  type: threshold_reduction\n  status: approved\n  threshold: {spend: 300, off: 100}\n  exclusive: global\n' +
        '  window: {start: "2026-11-20T00:00:00+08:00", end: "2026-11-21T00:00:00+08:00"}\n  scope: {all: true}\n  terms: {zh: 满300减100}\n',
    );
    const file = promotion(
      'proposals/c90.yaml',
      'c90',
      '  type: coupon\n  coupon: {amount: 90, min_spend: 0}\n  window: {start: "2026-11-20T00:00:00+08:00", end: "2026-11-21T00:00:00+08:00"}\n' +
        '  scope: {skus: [DRS-001]}\n  terms: {zh: 无门槛90元券}\n',
    );
    const result = await repo.run(['check', 'promotion', file, ...ARGS]);
    // With the 满减 (global: no member price, no coupon): round(19900 x 200 / 300) = 13267 for every tier.
    // Without it, the coupon: regular 19900 - 9000 = 10900; silver 19502 - 9000 = 10502, gold 18905 -> 9905,
    // svip 17910 -> 8910; worst adds the birthday coupon's share: silver round(10502 x 1000 / 30000) = 350 -> 10152,
    // gold round(9905 x 3000 / 50000) = 594 -> 9311, svip round(8910 x 5000 / 100000) = 446 (445.5) -> 8464.
    expect(prices(result).map((r) => [r.tier, r.single, r.worst])).toEqual([
      ['regular', 10900, 10900],
      ['silver', 10502, 10152],
      ['gold', 9905, 9311],
      ['svip', 8910, 8464],
    ]);
    expect(result.code).toBe(1);
    // floor 9700 (the demo's 7-day low 194.00 x 50%): gold and svip are below it
    expect(findings(result).filter((f) => f.code === 'promotion/price-floor').length).toBe(2);
  });
});

describe('fail closed: a money amount the schema accepts is priced, never dropped', () => {
  const QUIET = '  window: {start: "2026-11-20T00:00:00+08:00", end: "2026-11-21T00:00:00+08:00"}\n  scope: {skus: [DRS-001]}\n';

  it('amount_off: 1e21 sells DRS-001 at 0.00 with price-floor errors (it was read as no amount: 199.00, exit 0)', async () => {
    const file = promotion('proposals/huge.yaml', 'huge', `  type: product_discount\n  amount_off: 1e21\n${QUIET}`);
    const result = await repo.run(['check', 'promotion', file, ...ARGS]);
    expect(result.code).toBe(1);
    expect(prices(result).map((r) => [r.tier, r.single, r.worst])).toEqual([
      ['regular', 0, 0],
      ['silver', 0, 0],
      ['gold', 0, 0],
      ['svip', 0, 0],
    ]);
    expect(findings(result).filter((f) => f.code === 'promotion/price-floor').length).toBe(4);
  });

  it('a fixed price above the list (250.00 on 199.00) is promotion/price-raised-before at fixed_price', async () => {
    const file = promotion('proposals/up.yaml', 'up', `  type: product_discount\n  fixed_price: 250\n${QUIET}`);
    const result = await repo.run(['check', 'promotion', file, ...ARGS]);
    expect(result.code).toBe(1);
    expect(prices(result)[0]).toMatchObject({ tier: 'regular', single: 25000 });
    expect(findings(result).filter((f) => f.code === 'promotion/price-raised-before').map((f) => [f.severity, f.line, f.column])).toEqual([['error', 6, 16]]);
  });
});

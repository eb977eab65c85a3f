// The dry-run benchmark's inputs (bench/promotion.mjs), also priced at a
// smaller size by the test that holds the fast path to the straightforward
// one (apps/checker/test/promotion/fast-path.test.ts): a store with 5 tiers,
// 20 categories, 9 approved promotions and a proposal, all active at once,
// and a deterministic catalogue with 8 days of price history per SKU.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './random.mjs';

export const START = '2026-11-10T20:00:00+08:00';
export const END = '2026-11-12T00:00:00+08:00';
export const NOW = '2026-11-05T10:00:00+08:00';
const CATEGORIES = 20;
const TIERS = [
  ['member', 0, 100],
  ['silver', 1000, 98],
  ['gold', 3000, 95],
  ['platinum', 8000, 92],
  ['svip', 20000, 90],
];

function yuan(fen) {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}


const envelope = (kind, name, spec) =>
  `apiVersion: storepolicy/v1\nkind: ${kind}\nmetadata:\n  store: bench-store\n  name: ${name}\nspec:\n${spec}`;

const promotion = (name, status, body) =>
  envelope(
    'Promotion',
    name,
    `  status: ${status}\n  window:\n    start: "${START}"\n    end: "${END}"\n${body}\n  terms:\n    en: Generated for the benchmark; thresholds, amounts and windows as above.\n`,
  );

/**
 * Write the store to `<dir>/bench-store` and the proposal to `<dir>/proposal.yaml`.
 * Returns the paths and the row counts.
 */
export function generate(dir, skus) {
  const store = path.join(dir, 'bench-store');
  const proposal = path.join(dir, 'proposal.yaml');
  const catalog = path.join(store, 'catalog.csv');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(store, 'promotions'), { recursive: true });
  const categories = Array.from({ length: CATEGORIES }, (_, i) => `cat-${String(i).padStart(2, '0')}`);
  writeFileSync(
    path.join(store, 'store.yaml'),
    envelope(
      'Store',
      'store',
      `  id: bench-store\n  display_name: {en: Benchmark store}\n  platform: taobao\n  timezone: Asia/Shanghai\n  categories:\n${categories
        .map((c) => `    - {id: ${c}, name: {en: ${c}}, legal_class: apparel}`)
        .join('\n')}\n  metrics:\n    dsr: {description: 4.9, service: 4.9, logistics: 4.9}\n    experience_score: 4.8\n    store_age_days: 2000\n`,
    ),
  );
  writeFileSync(
    path.join(store, 'member-tiers.yaml'),
    envelope(
      'MemberTiers',
      'member-tiers',
      `  metric: spend\n  evaluation_window_days: 365\n  tiers:\n${TIERS.map(
        ([id, spend, percent]) => `    - {id: ${id}, name: {en: ${id}}, qualify: {spend: ${spend}}, benefits: {price_percent: ${percent}}}`,
      ).join('\n')}\n`,
    ),
  );
  writeFileSync(
    path.join(store, 'promotion-policy.yaml'),
    envelope(
      'PromotionPolicy',
      'promotion-policy',
      '  limits:\n    max_depth: 50\n    min_margin: 10\n    max_concurrent: 10\n    cut_frequency: {max: 10, window_days: 30}\n',
    ),
  );
  // 9 approved calendar entries, every one active at the same instant as the proposal
  const calendar = {
    'free-shipping': '  type: free_shipping\n  scope: {all: true}',
    'free-return-shipping': '  type: free_return_shipping\n  scope: {all: true}',
    gift: '  type: gift\n  scope: {categories: [cat-00, cat-01, cat-02, cat-03, cat-04]}\n  gift: {sku: GIFT-1, name: {en: Tote bag}, quantity: 1, value: 9.9}',
    'every-300-off-40': '  type: threshold_reduction\n  scope: {all: true}\n  threshold: {spend: 300, off: 40, repeat: true}',
    'spend-1000-off-120': '  type: threshold_reduction\n  scope: {categories: [cat-05, cat-06, cat-07, cat-08, cat-09]}\n  threshold: {spend: 1000, off: 120}',
    'coupon-20-off-199': '  type: coupon\n  scope: {all: true}\n  coupon: {amount: 20, min_spend: 199}',
    'coupon-50-off-499': '  type: coupon\n  scope: {categories: [cat-10, cat-11, cat-12, cat-13, cat-14]}\n  coupon: {amount: 50, min_spend: 499}',
    'time-limited-10': '  type: time_limited_discount\n  scope: {categories: [cat-15, cat-16, cat-17, cat-18, cat-19]}\n  percent_off: 10',
    'amount-off-15': '  type: product_discount\n  scope: {categories: [cat-00, cat-05, cat-10]}\n  amount_off: 15',
  };
  for (const [name, body] of Object.entries(calendar)) {
    writeFileSync(path.join(store, 'promotions', `${name}.yaml`), promotion(name, 'approved', body));
  }
  writeFileSync(proposal, promotion('double11-all', 'proposed', '  type: product_discount\n  scope: {all: true}\n  percent_off: 15'));

  const rand = random(20261111);
  const rows = ['sku,category,list_price,cost'];
  const history = ['sku,date,list_price,lowest_transaction_price'];
  for (let i = 0; i < skus; i++) {
    const sku = `BK-${String(i).padStart(6, '0')}`;
    const list = 2900 + Math.floor(rand() * 97000);
    const cost = Math.floor(list * (0.25 + rand() * 0.2));
    rows.push(`${sku},${categories[i % CATEGORIES]},${yuan(list)},${yuan(cost)}`);
    // the 8 days before the start: the 7-day window of the reference price and one day before it
    for (let day = 2; day <= 9; day++) {
      const low = rand() < 0.2 ? '' : yuan(Math.floor(list * (0.9 + rand() * 0.1)));
      history.push(`${sku},2026-11-0${day},${yuan(list)},${low}`);
    }
  }
  writeFileSync(catalog, `${rows.join('\n')}\n`);
  writeFileSync(path.join(store, 'price-history.csv'), `${history.join('\n')}\n`);
  return { store, proposal, catalog, rows: rows.length - 1, historyRows: history.length - 1 };
}


#!/usr/bin/env node
// Part 2: promotion dry-run. 100,000 SKUs x 5 member tiers x 10 promotions that
// all overlap in time (1 proposal + 9 approved calendar entries), timed against
// reading and parsing the same catalogue alone (SPEC section 8: within 3x).
//
// Both subjects run as separate node processes, alternately, through the same
// built code the CLI uses:
//   floor:   read catalog.csv + price-history.csv, csv-parse, zod, yuan -> fen
//   dry-run: the same catalogue load, plus loading the store's policies, the
//            calendar and the proposal, and the engine's dryRun over every
//            SKU x tier (prices, worst case, floors, every promotion/* check).
// The CLI end to end (`check promotion --format json > /dev/null`) is timed
// once as well, to show what serialising 500,000 price rows adds.
//
//   node bench/promotion.mjs [skus]        (default 100000)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, compare, fmt, root, timeOnce, workDir } from './lib.mjs';

const START = '2026-11-10T20:00:00+08:00';
const END = '2026-11-12T00:00:00+08:00';
const NOW = '2026-11-05T10:00:00+08:00';
const CATEGORIES = 20;
const TIERS = [
  ['member', 0, 100],
  ['silver', 1000, 98],
  ['gold', 3000, 95],
  ['platinum', 8000, 92],
  ['svip', 20000, 90],
];

const dir = path.join(workDir, 'promotion');
const store = path.join(dir, 'bench-store');
const proposal = path.join(dir, 'proposal.yaml');
const catalog = path.join(store, 'catalog.csv');
const dist = (p) => pathToFileURL(path.join(root, 'apps', 'checker', 'dist', p)).href;

// ---------------------------------------------------------------- subjects
const subject = process.argv[2] === '--subject' ? process.argv[3] : undefined;
if (subject === 'parse') {
  const { loadCatalog } = await import(dist('catalog/index.js'));
  const { items } = loadCatalog(catalog);
  if (items.length === 0) throw new Error('empty catalogue');
  process.exit(0);
}
if (subject === 'dryrun') {
  const { loadCatalog } = await import(dist('catalog/index.js'));
  const { loadPromotionInputs } = await import(dist('commands/check-promotion.load.js'));
  const { dryRun } = await import(pathToFileURL(path.join(root, 'packages', 'engine', 'dist', 'index.js')).href);
  const inputs = loadPromotionInputs([proposal], store);
  const { items } = loadCatalog(catalog);
  const result = dryRun({ bundle: inputs.bundle, proposals: inputs.proposals, catalog: items, now: new Date(NOW) });
  if (process.argv[4] === '--print') {
    const codes = {};
    for (const d of result.diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
    console.log(JSON.stringify({ rows: result.prices.length, findings: codes }));
  }
  process.exit(0);
}

// ---------------------------------------------------------------- generator
function yuan(fen) {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run prices the same catalogue. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const envelope = (kind, name, spec) =>
  `apiVersion: storepolicy/v1\nkind: ${kind}\nmetadata:\n  store: bench-store\n  name: ${name}\nspec:\n${spec}`;

const promotion = (name, status, body) =>
  envelope(
    'Promotion',
    name,
    `  status: ${status}\n  window:\n    start: "${START}"\n    end: "${END}"\n${body}\n  terms:\n    en: Generated for the benchmark; thresholds, amounts and windows as above.\n`,
  );

function generate(skus) {
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
  return { rows: rows.length - 1, historyRows: history.length - 1 };
}

// ---------------------------------------------------------------- benchmark
const skus = Number(process.argv[2] ?? 100_000);
const generated = generate(skus);
const mb = (file) => (statSync(file).size / 1048576).toFixed(1);
console.log(
  `part 2: promotion dry-run, ${generated.rows} SKUs x ${TIERS.length} tiers x 10 overlapping promotions in ${path.relative(root, dir)}`,
);
console.log(
  `  catalogue: catalog.csv ${mb(catalog)} MB + price-history.csv ${generated.historyRows} rows, ${mb(path.join(store, 'price-history.csv'))} MB`,
);
const self = path.join(root, 'bench', 'promotion.mjs');
const shape = spawnPrint();
console.log(`  dry-run output: ${shape}`);

const result = compare(
  3,
  { run: () => timeOnce(process.execPath, [self, '--subject', 'dryrun'], { okCodes: [0] }) },
  { run: () => timeOnce(process.execPath, [self, '--subject', 'parse'], { okCodes: [0] }) },
);
console.log(`  dry-run (engine API, catalogue + policies + dryRun): ${fmt(result.a)} median`);
console.log(`  floor (read and parse the catalogue alone):          ${fmt(result.b)} median`);
console.log(`  ratio dry-run / catalogue parse: ${result.ratio.toFixed(2)} (target <= 3)`);

const cliMs = timeOnce(
  process.execPath,
  [cli, 'check', 'promotion', proposal, '--store', store, '--now', NOW, '--format', 'json', '--fail-on', 'never'],
  { okCodes: [0] },
);
console.log(`  CLI end to end, --format json > /dev/null (one run): ${fmt(cliMs)} (${(cliMs / result.b).toFixed(2)}x the floor)`);

function spawnPrint() {
  const out = spawnSync(process.execPath, [self, '--subject', 'dryrun', '--print'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) throw new Error(`dry-run failed: ${out.stderr.slice(0, 800)}`);
  return out.stdout.trim();
}

export const summary = { skus: generated.rows, dryRunMs: result.a, parseMs: result.b, ratio: result.ratio, cliMs };

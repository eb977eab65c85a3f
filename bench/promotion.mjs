#!/usr/bin/env node
// Part 2: promotion dry-run. 100,000 SKUs x 5 member tiers x 10 promotions that
// all overlap in time (1 proposal + 9 approved calendar entries), timed against
// reading and parsing the same catalogue alone (SPEC section 8: within 1.5x).
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
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, compare, fmt, root, timeOnce, workDir } from './lib.mjs';
import { NOW, generate } from './promotion-inputs.mjs';

const TIER_COUNT = 5;

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

// ---------------------------------------------------------------- benchmark
const skus = Number(process.argv[2] ?? 100_000);
const generated = generate(dir, skus);
const mb = (file) => (statSync(file).size / 1048576).toFixed(1);
console.log(
  `part 2: promotion dry-run, ${generated.rows} SKUs x ${TIER_COUNT} tiers x 10 overlapping promotions in ${path.relative(root, dir)}`,
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
console.log(`  ratio dry-run / catalogue parse: ${result.ratio.toFixed(2)} (target <= 1.5)`);

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

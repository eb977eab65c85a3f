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
// The ratio is judged on CPU time (user + sys, each subject's own
// process.cpuUsage at exit): on a shared machine the wall clock counts
// other people's work. Wall medians are printed beside it.
//
//   node bench/promotion.mjs [skus]        (default 100000)
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, fmt, median, root, timeOnce, workDir } from './lib.mjs';
import { NOW, generate } from './promotion-inputs.mjs';

const TIER_COUNT = 5;

const dir = path.join(workDir, 'promotion');
const store = path.join(dir, 'bench-store');
const proposal = path.join(dir, 'proposal.yaml');
const catalog = path.join(store, 'catalog.csv');
const dist = (p) => pathToFileURL(path.join(root, 'apps', 'checker', 'dist', p)).href;

// ---------------------------------------------------------------- subjects
/** With `--cpu`, a subject ends by printing the CPU time its process used, in ms. */
function reportCpu() {
  if (!process.argv.includes('--cpu')) return;
  const used = process.cpuUsage();
  console.log(`cpu ${(used.user + used.system) / 1000}`);
}

const subject = process.argv[2] === '--subject' ? process.argv[3] : undefined;
if (subject === 'parse') {
  const { loadCatalog } = await import(dist('catalog/index.js'));
  const { items } = loadCatalog(catalog);
  if (items.length === 0) throw new Error('empty catalogue');
  reportCpu();
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
  reportCpu();
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

/** One run of a subject: wall ms (as seen from here) and the CPU ms it reports. */
function runSubject(name) {
  const started = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [self, '--subject', name, '--cpu'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (out.status !== 0) throw new Error(`${name} failed: ${out.stderr.slice(0, 800)}`);
  const cpu = /cpu ([\d.]+)/.exec(out.stdout);
  if (!cpu) throw new Error(`${name} printed no CPU time`);
  return { ms, cpuMs: Number(cpu[1]) };
}

const RUNS = 5;
const ours = [];
const floor = [];
runSubject('dryrun'); // warm the file cache for both before measuring
runSubject('parse');
for (let i = 0; i < RUNS; i++) {
  ours.push(runSubject('dryrun'));
  floor.push(runSubject('parse'));
}
const result = {
  a: median(ours.map((r) => r.ms)),
  b: median(floor.map((r) => r.ms)),
  cpuA: median(ours.map((r) => r.cpuMs)),
  cpuB: median(floor.map((r) => r.cpuMs)),
};
result.ratio = result.cpuA / result.cpuB;
console.log(`  dry-run (engine API, catalogue + policies + dryRun): ${fmt(result.cpuA)} CPU, ${fmt(result.a)} wall (medians of ${RUNS})`);
console.log(`  floor (read and parse the catalogue alone):          ${fmt(result.cpuB)} CPU, ${fmt(result.b)} wall`);
console.log(
  `  ratio dry-run / catalogue parse: ${result.ratio.toFixed(2)} CPU (target <= 1.5: ${result.ratio <= 1.5 ? 'ok' : 'MISSED'}), ${(result.a / result.b).toFixed(2)} wall`,
);

const cliMs = timeOnce(
  process.execPath,
  [cli, 'check', 'promotion', proposal, '--store', store, '--now', NOW, '--format', 'json', '--fail-on', 'never'],
  { okCodes: [0] },
);
console.log(`  CLI end to end, --format json > /dev/null (one run): ${fmt(cliMs)} (${(cliMs / result.b).toFixed(2)}x the floor's wall time)`);

function spawnPrint() {
  const out = spawnSync(process.execPath, [self, '--subject', 'dryrun', '--print'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) throw new Error(`dry-run failed: ${out.stderr.slice(0, 800)}`);
  return out.stdout.trim();
}

export const summary = { skus: generated.rows, dryRunMs: result.a, parseMs: result.b, dryRunCpuMs: result.cpuA, parseCpuMs: result.cpuB, ratio: result.ratio, cliMs };

#!/usr/bin/env node
// Part 2: promotion dry-run. 100,000 SKUs x 5 member tiers x 10 promotions that
// all overlap in time (1 proposal + 9 approved calendar entries), timed against
// reading and parsing the same catalogue alone (SPEC section 8: within 1.5x).
//
// Both subjects run as separate node processes, alternately:
//   floor:   read catalog.csv + price-history.csv, csv-parse, zod, yuan -> fen
//            (the checker's own catalogue reader, loadCatalog);
//   dry-run: the command a user runs, `storepolicy check promotion <proposal>
//            --store <store> --now <t>` through dist/cli.js (the bundled CLI),
//            in its default format (pretty: the 50 worst rows and every
//            finding) with stdout to /dev/null: the catalogue, the store's
//            policies, the calendar and the proposal loaded, every SKU x tier
//            priced with every promotion/* check, findings reported.
// Until issue 14 the dry-run subject called the engine API from tsc's modules
// and stopped at dryRun: it left out what the command does after (the report,
// the table of the worst rows) and so measured less than a user waits for.
// The engine API alone is still printed (it keeps all 500,000 rows, as JSON
// output must; the pretty table keeps only the rows it shows), and the CLI
// with `--format json` (every row with its steps) once.
// The ratio is judged on CPU time (user + sys of every thread, each process's
// own resource usage at exit, bench/rusage.mjs): on a shared machine the wall
// clock counts other people's work. Wall medians are printed beside it.
//
//   node bench/promotion.mjs [skus] [runs]       (default 100000 7)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, fmt, median, root, workDir } from './lib.mjs';
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
const RUNS = Number(process.argv[3] ?? 7);
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

const rusage = pathToFileURL(path.join(root, 'bench', 'rusage.mjs')).href;
const usageFile = path.join(dir, `rusage-${process.pid}.json`);
/** The user's command; exit 1: the generated store breaks floors and inverts tiers, on purpose. */
const command = (...extra) => [cli, 'check', 'promotion', proposal, '--store', store, '--now', NOW, ...extra];

/** One run of node with `args`, stdout to /dev/null: wall ms (as seen from here) and the CPU ms and peak MB it reports at exit. */
function measure(args, okCodes = [0]) {
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const out = spawnSync(process.execPath, ['--import', rusage, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, BENCH_RUSAGE_FILE: usageFile },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(out.status)) throw new Error(`${args.join(' ')} exited ${out.status}: ${out.stderr.slice(0, 800)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  rmSync(usageFile, { force: true });
  return { ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakMb: usage.maxRSS / 1024 };
}

const subjects = {
  cli: () => measure(command(), [1]),
  floor: () => measure([self, '--subject', 'parse']),
  engine: () => measure([self, '--subject', 'dryrun']),
};
const runs = { cli: [], floor: [], engine: [] };
for (const run of Object.values(subjects)) run(); // warm the file cache before measuring
for (let i = 0; i < RUNS; i++) for (const [name, run] of Object.entries(subjects)) runs[name].push(run());
const med = (name, key) => median(runs[name].map((r) => r[key]));
const line = (label, name) =>
  `  ${label}${fmt(med(name, 'cpuMs'))} CPU, ${fmt(med(name, 'ms'))} wall, ${med(name, 'peakMb').toFixed(0)} MB peak (medians of ${RUNS})`;
const ratio = med('cli', 'cpuMs') / med('floor', 'cpuMs');
console.log(line('dry-run (storepolicy check promotion, pretty > /dev/null):        ', 'cli'));
console.log(line('floor (read and parse the catalogue alone):                        ', 'floor'));
console.log(line('engine API alone (catalogue, policies, dryRun keeping every row): ', 'engine'));
console.log(
  `  ratio dry-run / catalogue parse: ${ratio.toFixed(2)} CPU (target <= 1.5: ${ratio <= 1.5 ? 'ok' : 'MISSED'}), ${(med('cli', 'ms') / med('floor', 'ms')).toFixed(2)} wall`,
);

const json = measure(command('--format', 'json'), [1]);
console.log(
  `  CLI with --format json > /dev/null (every row with its steps; one run): ${fmt(json.cpuMs)} CPU (${(json.cpuMs / med('floor', 'cpuMs')).toFixed(2)}x the floor), ${json.peakMb.toFixed(0)} MB peak`,
);

function spawnPrint() {
  const out = spawnSync(process.execPath, [self, '--subject', 'dryrun', '--print'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) throw new Error(`dry-run failed: ${out.stderr.slice(0, 800)}`);
  return out.stdout.trim();
}

export const summary = {
  skus: generated.rows,
  runs: RUNS,
  dryRunCpuMs: med('cli', 'cpuMs'),
  parseCpuMs: med('floor', 'cpuMs'),
  engineCpuMs: med('engine', 'cpuMs'),
  dryRunMs: med('cli', 'ms'),
  parseMs: med('floor', 'ms'),
  ratio,
  jsonCpuMs: json.cpuMs,
};

#!/usr/bin/env node
// Part 3: bulk listing check (SPEC section 8). 1,000,000 generated NDJSON
// listings of each row size (short ~250 bytes, long ~700 bytes with five
// image URLs), every listing check on, timed against the floor of reading the
// same file and JSON.parse-ing each line on one thread, alternately in one
// run; optionally against a previous build of the checker (issue 10: a new
// check must not cost more than 15%); peak RSS; then a >= 1 GiB input to
// show memory stays flat.
//
//   node bench/listing.mjs [rows] [--runs N] [--size short|long] [--jobs N]
//                          [--prev DIR] [--no-gb]
//
// subject: storepolicy check listing file.ndjson --format ndjson > /dev/null
// floor:   node reads the file in 1 MiB chunks, decodes each line and
//          JSON.parse-s it (stricter than readline, or than decoding whole
//          chunks and splitting them, both slower than this)
// check floor: the floor plus the engine's listing check of each parsed row
//          (every listing rule, every text field scanned as a buyer reads it),
//          on one thread, with nothing written: the per-row work no change to
//          the checker's plumbing can remove. Half of it is the best two
//          cores could do (--no-check-floor to skip it)
// prev:    the same command with another checkout's build (--prev DIR or
//          BENCH_LISTING_PREV=DIR: a repository root with apps/checker/dist)
// times:   wall, and CPU (user + sys of the whole process, every thread) from
//          process.resourceUsage() at exit (bench/rusage.mjs, preloaded): on
//          a shared machine CPU time is the figure that compares fairly
// RSS:     the process's peak resident set (ru_maxrss: all threads)
import { spawn } from 'node:child_process';
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import path from 'node:path';
import { cli, fmt, median, root, workDir } from './lib.mjs';
import { generate } from './listing-rows.mjs';

const dir = path.join(workDir, 'listing');
const store = path.join(dir, 'store');
const args = process.argv.slice(2);

// ---------------------------------------------------------------- floor subject
if (args[0] === '--floor') {
  // Bytes in, each line decoded on its own and parsed: the fastest way found
  // here (decoding a whole chunk and splitting it is a fifth slower).
  let rows = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(args[1], { highWaterMark: 1 << 20 })) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
      if (end > start) {
        try {
          JSON.parse(bytes.toString('utf8', start, end));
        } catch {
          // the generated file has malformed rows on purpose
        }
        rows++;
      }
      start = end + 1;
    }
    carry = bytes.subarray(start);
  }
  if (carry.length > 0) rows++;
  process.stdout.write(`${rows}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------- check floor subject
if (args[0] === '--check-floor') {
  // the checker's own store loader and the engine, as built (no CLI, no threads, no output)
  const { loadStore } = await import(pathToFileURL(path.join(root, 'apps', 'checker', 'dist', 'listing', 'store.js')).href);
  const engine = await import(pathToFileURL(path.join(root, 'packages', 'engine', 'dist', 'index.js')).href);
  const checker = engine.listingCheckerFor(engine.compileListingPolicy(loadStore(args[2]).bundle));
  let rows = 0;
  let findings = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(args[1], { highWaterMark: 1 << 20 })) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
      if (end > start) {
        let row;
        try {
          row = JSON.parse(bytes.toString('utf8', start, end));
        } catch {
          // the generated file has malformed rows on purpose
        }
        // the engine takes a row of the listing's shape; the few damaged rows are skipped
        if (row !== null && typeof row === 'object' && typeof row.title === 'string' && typeof row.sku === 'string') findings += checker.check(row).length;
        rows++;
      }
      start = end + 1;
    }
    carry = bytes.subarray(start);
  }
  process.stdout.write(`${rows} rows, ${findings} findings\n`);
  process.exit(0);
}

const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const optionValues = new Set(['--runs', '--size', '--jobs', '--prev'].map((name) => option(name)));
const wanted = Number(args.find((a) => /^\d+$/.test(a) && !optionValues.has(a)) ?? 1_000_000);
const withGb = !args.includes('--no-gb');
const withCheckFloor = !args.includes('--no-check-floor');
const runs = Number(option('--runs') ?? 3);
const sizes = option('--size') ? [option('--size')] : ['short', 'long'];
const jobs = option('--jobs');
const prevRoot = option('--prev') ?? process.env.BENCH_LISTING_PREV;
const prevCli = prevRoot && path.join(path.resolve(prevRoot), 'apps', 'checker', 'dist', 'cli.js');
if (prevCli && !existsSync(prevCli)) throw new Error(`--prev ${prevRoot}: no ${prevCli} (build it first)`);

/** The demo apparel store's policies, with a compliance policy over the law baseline. */
function prepareStore() {
  mkdirSync(store, { recursive: true });
  const demo = path.join(root, 'policies', 'demo-apparel');
  for (const name of ['store.yaml', 'packing.yaml', 'after-sales.yaml']) {
    if (existsSync(path.join(demo, name))) copyFileSync(path.join(demo, name), path.join(store, name));
  }
  const storeId = /store:\s*(\S+)/.exec(readFileSync(path.join(store, 'store.yaml'), 'utf8'))[1];
  const base = path.relative(store, path.join(root, 'policies', '_base', 'cn-regulations.yaml')).split(path.sep).join('/');
  writeFileSync(
    path.join(store, 'compliance.yaml'),
    `apiVersion: storepolicy/v1\nkind: CompliancePolicy\nmetadata: {store: ${storeId}, name: compliance}\nspec:\n  extends: ${base}\n`,
  );
}

// ---------------------------------------------------------------- measuring
const rusage = path.join(root, 'bench', 'rusage.mjs');

/**
 * Run a command with stdout to /dev/null: wall time, CPU time (user + sys of
 * every thread) and peak RSS, as the process itself reports them at exit.
 */
async function measure(script, scriptArgs, { okCodes = [0, 1] } = {}) {
  const report = path.join(dir, `rusage-${process.pid}.json`);
  rmSync(report, { force: true });
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', pathToFileURL(rusage).href, script, ...scriptArgs], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, BENCH_RUSAGE_FILE: report },
  });
  let stderr = '';
  child.stderr.on('data', (b) => (stderr += b));
  const [code] = await once(child, 'exit');
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(code)) throw new Error(`${scriptArgs.join(' ')} exited ${code}: ${stderr.slice(0, 800)}`);
  if (stderr !== '') throw new Error(`stderr should be empty on a pipe, got: ${stderr.slice(0, 800)}`);
  const usage = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report, { force: true });
  return { ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakMb: usage.maxRSS / 1024 };
}

async function countOutputLines(file) {
  const child = spawn(process.execPath, [cli, 'check', 'listing', file, '--store', store, '--format', 'ndjson'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lines = 0;
  child.stdout.on('data', (b) => {
    for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) lines++;
  });
  await once(child, 'exit');
  return lines;
}

const stat = (list, key) => median(list.map((m) => m[key]));
const rowsPerSecond = (ms) => Math.round(wanted / (ms / 1000)).toLocaleString('en-US');

// ---------------------------------------------------------------- run
mkdirSync(dir, { recursive: true });
prepareStore();
const summary = { rows: wanted, runs, sizes: {} };
let ok = true;
for (const size of sizes) {
  const file = path.join(dir, `listings-${size}-${wanted}.ndjson`);
  if (!existsSync(file)) await generate(wanted, file, size);
  const bytes = statSync(file).size;
  console.log(
    `part 3: bulk listing check, ${wanted.toLocaleString('en-US')} NDJSON listings, ${size} rows (${Math.round(bytes / wanted)} bytes a row, ${(bytes / 1048576).toFixed(0)} MB)`,
  );
  const outLines = await countOutputLines(file);
  if (outLines !== wanted) throw new Error(`expected one output line per input line: ${wanted} in, ${outLines} out`);

  const checkArgs = (entry) => [entry, 'check', 'listing', file, '--store', store, '--format', 'ndjson', ...(jobs ? ['--jobs', jobs] : [])];
  const subjects = [
    ['ours', cli, checkArgs(cli).slice(1), { okCodes: [0, 1] }],
    ...(prevCli ? [['prev', prevCli, checkArgs(prevCli).slice(1), { okCodes: [0, 1] }]] : []),
    ...(withCheckFloor ? [['checkFloor', path.join(root, 'bench', 'listing.mjs'), ['--check-floor', file, store], { okCodes: [0] }]] : []),
    ['floor', path.join(root, 'bench', 'listing.mjs'), ['--floor', file], { okCodes: [0] }],
  ];
  const results = Object.fromEntries(subjects.map(([name]) => [name, []]));
  await measure(...subjects.at(-1).slice(1)); // warm the file cache
  // alternately, so a change in the machine's load falls on every subject alike
  for (let i = 0; i < runs; i++) for (const [name, ...rest] of subjects) results[name].push(await measure(...rest));
  const line = (label, name) => {
    const r = results[name];
    console.log(
      `  ${label.padEnd(40)} wall ${fmt(stat(r, 'ms')).padStart(8)}  CPU ${fmt(stat(r, 'cpuMs')).padStart(8)}  ${rowsPerSecond(stat(r, 'ms')).padStart(9)} rows/s  peak RSS ${Math.max(...r.map((m) => m.peakMb)).toFixed(0)} MB`,
    );
  };
  line(`check listing${jobs ? ` --jobs ${jobs}` : ''} (ours)`, 'ours');
  if (prevCli) line(`previous build (${path.relative(root, prevCli) || prevCli})`, 'prev');
  if (withCheckFloor) line('check floor: one thread, + engine check', 'checkFloor');
  line('floor: one thread, read + JSON.parse', 'floor');
  const ours = results.ours;
  const floor = results.floor;
  const wallRatio = stat(ours, 'ms') / stat(floor, 'ms');
  const cpuRatio = stat(ours, 'cpuMs') / stat(floor, 'cpuMs');
  const peak = Math.max(...ours.map((m) => m.peakMb));
  console.log(`  ours / floor: wall ${wallRatio.toFixed(2)} (target <= 1.25), CPU ${cpuRatio.toFixed(2)} (medians of ${runs})`);
  if (withCheckFloor) {
    // what the rules cost on their own: half of it is two cores' best, before any reading, hand-off or output
    const checkFloor = results.checkFloor;
    const checkRatio = stat(checkFloor, 'cpuMs') / stat(floor, 'cpuMs');
    console.log(
      `  check floor / floor: CPU ${checkRatio.toFixed(2)} (on two cores at best ${(checkRatio / 2).toFixed(2)}); ours / check floor: CPU ${(stat(ours, 'cpuMs') / stat(checkFloor, 'cpuMs')).toFixed(2)}`,
    );
  }
  const entry = { bytesPerRow: bytes / wanted, oursMs: stat(ours, 'ms'), oursCpuMs: stat(ours, 'cpuMs'), floorMs: stat(floor, 'ms'), floorCpuMs: stat(floor, 'cpuMs'), wallRatio, cpuRatio, peakMb: peak };
  if (prevCli) {
    const prev = results.prev;
    entry.prevCpuRatio = stat(ours, 'cpuMs') / stat(prev, 'cpuMs');
    entry.prevWallRatio = stat(ours, 'ms') / stat(prev, 'ms');
    console.log(`  ours / previous build: CPU ${entry.prevCpuRatio.toFixed(2)}, wall ${entry.prevWallRatio.toFixed(2)} (target <= 1.15)`);
    ok &&= entry.prevCpuRatio <= 1.15;
  }
  console.log(`  peak RSS of the checker (all threads): ${peak.toFixed(0)} MB (target < 200 MB)`);
  ok &&= wallRatio <= 1.25 && peak < 200;
  summary.sizes[size] = entry;
}

if (withGb) {
  // >= 1 GiB: the same rows over and over; memory must not grow with the input
  const file = path.join(dir, `listings-long-${wanted}.ndjson`);
  if (!existsSync(file)) await generate(wanted, file, 'long');
  const big = path.join(dir, 'listings-1gib.ndjson');
  if (!existsSync(big) || statSync(big).size < 1 << 30) {
    const out = createWriteStream(big);
    let written = 0;
    while (written < 1 << 30) {
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
        if (!out.write(chunk)) await once(out, 'drain');
        written += chunk.length;
      }
    }
    out.end();
    await once(out, 'close');
  }
  const gb = await measure(cli, ['check', 'listing', big, '--store', store, '--format', 'ndjson']);
  console.log(`  1 GiB input (${(statSync(big).size / 1048576).toFixed(0)} MB): wall ${fmt(gb.ms)}, CPU ${fmt(gb.cpuMs)}, peak RSS ${gb.peakMb.toFixed(0)} MB (flat: target < 200 MB)`);
  summary.gbPeakMb = gb.peakMb;
  ok &&= gb.peakMb < 200;
}

console.log(`  ${ok ? 'all listing targets met' : 'TARGET MISSED (see above)'}`);
export { summary };

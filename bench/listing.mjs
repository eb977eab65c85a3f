#!/usr/bin/env node
// Part 3: bulk listing check (SPEC section 8). 1,000,000 generated NDJSON
// listings, every listing check on, timed against the floor of reading the
// same file and JSON.parse-ing each line, alternately in one run; peak RSS
// of the checker process; then a >= 1 GiB input to show memory stays flat.
//
//   node bench/listing.mjs [rows] [--no-gb]     (default 1000000)
//
// subject: storepolicy check listing file.ndjson --format ndjson > /dev/null
// floor:   node reads the file in 1 MiB chunks, decodes each line and
//          JSON.parse-s it (stricter than readline, or than decoding whole
//          chunks and splitting them, both slower than this)
// RSS:     VmHWM of the checker process from /proc/<pid>/status, polled
//          (the worker threads live in the same process, so it covers them)
import { spawn } from 'node:child_process';
import { copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { cli, fmt, median, root, workDir } from './lib.mjs';

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

const wanted = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const withGb = !args.includes('--no-gb');

// ---------------------------------------------------------------- generator
/** mulberry32: the same catalogue on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STYLES = ['法式复古', '韩版宽松', '高腰显瘦', '碎花', '纯色简约', '气质通勤', '文艺森系', '小个子', '百搭', '新中式'];
const ITEMS = [
  ['dresses', '连衣裙'],
  ['dresses', '半身裙'],
  ['tops', '衬衫'],
  ['tops', '针织开衫'],
  ['tops', '纯棉T恤'],
  ['accessories', '真丝发圈'],
  ['accessories', '帆布托特包'],
];
const FABRICS = ['棉', '涤纶', '真丝', '亚麻', '羊毛', '莫代尔'];
const PLACES = ['浙江杭州', '广东广州', '江苏苏州', '福建泉州'];
const SPAM = [
  (t) => `${t} 全网最低价`,
  (t) => `顶级面料 ${t}`,
  (t, r) => `${t} 加V：shop${Math.floor(r() * 9000 + 1000)}`,
  (t) => `${t} NO.1爆款`,
  (t) => `${t} 国家级工艺`,
];
const DESCRIPTIONS = [
  '面料柔软亲肤，版型修身，实拍图无滤镜。尺码S-XL，模特身高165cm体重48kg穿M码。建议冷水手洗，勿暴晒。',
  '第一次下水会有轻微浮色，属正常现象。领口做了包边处理，不易变形。到手后如有问题请联系在线客服。',
  '采用双层内衬，不透不起球。腰部有隐形拉链，穿脱方便。颜色以实物为准，不同显示器略有色差。',
  '春秋季单穿，冬季可作内搭。袖口收紧设计，日常通勤或周末出游都合适。支持七天无理由退换。',
];
const SPAM_DESCRIPTIONS = [
  '好评返现5元，晒图再送小礼品！有问题加微信 vx: dress2026 私聊更优惠。',
  '本店销量第一，联系电话13812345678，下单备注送运费险。',
  '五星好评送优惠券，全网最好的品质，史无前例的低价。',
];

function listing(i, rand) {
  const [category, item] = ITEMS[Math.floor(rand() * ITEMS.length)];
  const style = STYLES[Math.floor(rand() * STYLES.length)];
  let title = `2026秋季新款${style}${item} ${FABRICS[Math.floor(rand() * FABRICS.length)]}`;
  const roll = rand();
  if (roll < 0.06) title = SPAM[Math.floor(rand() * SPAM.length)](title, rand);
  const price = 39 + Math.floor(rand() * 460);
  const spec = {
    sku: `BK-${String(i).padStart(7, '0')}`,
    title,
    category,
    price,
    description: rand() < 0.04 ? SPAM_DESCRIPTIONS[Math.floor(rand() * SPAM_DESCRIPTIONS.length)] : DESCRIPTIONS[Math.floor(rand() * DESCRIPTIONS.length)],
    attributes: { 材质: FABRICS[Math.floor(rand() * FABRICS.length)], 产地: PLACES[Math.floor(rand() * PLACES.length)] },
    // the demo store asks for 5 images; one listing in 20 has fewer, one in 20 a staged main image
    images: ['main', 'back', 'detail', 'model', 'flat'].slice(0, rand() < 0.05 ? 2 : 5).map((name, k) => ({
      url: `https://img.example.com/${i}/${name}.jpg`,
      real_shot: k > 0 || rand() > 0.05,
    })),
    ship_within_hours: rand() < 0.03 ? 72 : 24,
    after_sales: { seven_day_return: 'yes' },
  };
  if (category !== 'accessories') spec.size_chart = rand() > 0.03;
  if (rand() < 0.2) {
    spec.lowest_price_7d = price;
    spec.reference_price = rand() < 0.15 ? price * 3 : price;
  }
  if (rand() < 0.01) spec.inserts = ['售后服务卡', rand() < 0.5 ? '好评返现卡' : '感谢信'];
  return spec;
}

function generate(rows, file) {
  const rand = random(20260611);
  const out = [];
  const fd = createWriteStream(file);
  for (let i = 1; i <= rows; i++) {
    // one row in 500 is damaged the way real exports are: cut short, or not an object
    const line = i % 500 === 0 ? (i % 1000 === 0 ? '["not", "a", "listing"]' : `{"sku":"BK-${i}","title":"截断的行`) : JSON.stringify(listing(i, rand));
    out.push(line);
    if (out.length === 10_000) {
      fd.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  }
  if (out.length > 0) fd.write(`${out.join('\n')}\n`);
  fd.end();
  return once(fd, 'close');
}

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
/** Run a command with stdout to /dev/null; wall time and peak RSS (VmHWM) of the process. */
async function measure(command, commandArgs, { okCodes = [0, 1] } = {}) {
  const started = process.hrtime.bigint();
  const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b) => (stderr += b));
  let peakKb = 0;
  const poll = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // the process has just exited
    }
  };
  const timer = setInterval(poll, 20);
  const [code] = await once(child, 'exit');
  clearInterval(timer);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(code)) throw new Error(`${commandArgs.join(' ')} exited ${code}: ${stderr.slice(0, 800)}`);
  if (stderr !== '') throw new Error(`stderr should be empty on a pipe, got: ${stderr.slice(0, 800)}`);
  return { ms, peakMb: peakKb / 1024 };
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

// ---------------------------------------------------------------- run
mkdirSync(dir, { recursive: true });
prepareStore();
const file = path.join(dir, `listings-${wanted}.ndjson`);
if (!existsSync(file)) await generate(wanted, file);
const mb = (f) => (statSync(f).size / 1048576).toFixed(0);
console.log(`part 3: bulk listing check, ${wanted.toLocaleString('en-US')} NDJSON listings (${mb(file)} MB) in ${path.relative(root, dir)}`);

const outLines = await countOutputLines(file);
if (outLines !== wanted) throw new Error(`expected one output line per input line: ${wanted} in, ${outLines} out`);
console.log(`  --format ndjson: ${outLines.toLocaleString('en-US')} result lines for ${wanted.toLocaleString('en-US')} input lines, in order`);

const checkArgs = [cli, 'check', 'listing', file, '--store', store, '--format', 'ndjson'];
const floorArgs = [path.join(root, 'bench', 'listing.mjs'), '--floor', file];
const runs = 3;
const checks = [];
const floors = [];
await measure(process.execPath, floorArgs, { okCodes: [0] }); // warm the file cache
for (let i = 0; i < runs; i++) {
  checks.push(await measure(process.execPath, checkArgs));
  floors.push(await measure(process.execPath, floorArgs, { okCodes: [0] }));
}
// The same floor on both cores at once (one copy per core, each over the
// whole file): what reading and JSON.parse alone reach on this machine with
// every core busy, the ceiling for any checker that parses its rows in
// JavaScript, before it checks a single rule.
const pairs = [];
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  await Promise.all([measure(process.execPath, floorArgs, { okCodes: [0] }), measure(process.execPath, floorArgs, { okCodes: [0] })]);
  pairs.push(Number(process.hrtime.bigint() - started) / 1e6);
}
const checkMs = median(checks.map((c) => c.ms));
const floorMs = median(floors.map((c) => c.ms));
const pairMs = median(pairs);
const peak = Math.max(...checks.map((c) => c.peakMb));
const rate = wanted / (checkMs / 1000);
const ratio = checkMs / floorMs;
console.log(`  check listing --format ndjson > /dev/null: ${fmt(checkMs)} median of ${runs}, ${Math.round(rate).toLocaleString('en-US')} rows/s (target >= 250,000)`);
console.log(`  floor (read + JSON.parse each line):       ${fmt(floorMs)} median of ${runs}, ${Math.round(wanted / (floorMs / 1000)).toLocaleString('en-US')} rows/s`);
console.log(`  floor on both cores (two copies at once):  ${fmt(pairMs)} median of ${runs}, ${Math.round((2 * wanted) / (pairMs / 1000)).toLocaleString('en-US')} rows/s`);
console.log(`  ratio check / floor: ${ratio.toFixed(2)} (target <= 3)`);
console.log(`  peak RSS of the checker (VmHWM, all threads): ${peak.toFixed(0)} MB (target < 300 MB)`);

let gb;
if (withGb) {
  // >= 1 GiB: the same rows over and over; memory must not grow with the input
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
  gb = await measure(process.execPath, [cli, 'check', 'listing', big, '--store', store, '--format', 'ndjson']);
  console.log(`  1 GiB input (${mb(big)} MB): ${fmt(gb.ms)}, peak RSS ${gb.peakMb.toFixed(0)} MB (flat: same bound as ${mb(file)} MB)`);
}

const ok = rate >= 250_000 && ratio <= 3 && peak < 300 && (!gb || gb.peakMb < 300);
console.log(`  ${ok ? 'all listing targets met' : 'TARGET MISSED (see above)'}`);
export const summary = { rows: wanted, checkMs, floorMs, twoCoreFloorRate: (2 * wanted) / (pairMs / 1000), ratio, rate, peakMb: peak, gbPeakMb: gb?.peakMb };

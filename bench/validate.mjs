#!/usr/bin/env node
// Part 1: `storepolicy validate` (all four layers) on a generated repository of
// 1,600 policy files, against ajv-cli validating the same files against the
// same schemas (layer 2 only, no positions), and `storepolicy --help` start-up.
//
//   node bench/validate.mjs [files] [--runs N]      (default 1600 files, 5 runs)
//
// The figure compared is CPU time (user + sys of every process of a subject,
// as the shell's `times` counts its children): on a machine other work shares,
// wall time measures the neighbours. Subjects alternate, after one warm-up
// each; the ratio is of the medians. Wall time is printed beside it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, fmt, median, root, timeOnce, workDir } from './lib.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const TARGET_FILES = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 1600);
const repo = path.join(workDir, 'repo-1600');
const policies = path.join(repo, 'policies');

function yamlFilesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Copy the demo stores under new store ids until the repository holds TARGET_FILES YAML files. */
function generate() {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(policies, { recursive: true });
  cpSync(path.join(root, 'policies', '_base'), path.join(policies, '_base'), { recursive: true });
  const demos = readdirSync(path.join(root, 'policies')).filter((d) => d.startsWith('demo-'));
  let count = yamlFilesUnder(policies).length;
  for (let n = 1; count < TARGET_FILES; n++) {
    const demo = demos[n % demos.length];
    const id = `bench-${String(n).padStart(4, '0')}`;
    for (const file of yamlFilesUnder(path.join(root, 'policies', demo))) {
      if (count >= TARGET_FILES) break;
      const relative = path.relative(path.join(root, 'policies', demo), file);
      const target = path.join(policies, id, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(file, 'utf8').replaceAll(`store: ${demo}`, `store: ${id}`));
      count++;
    }
  }
  return count;
}

/**
 * The schemas as ajv-cli can load them: ours name each other by file name
 * (`common.schema.json#/$defs/...`), which `pnpm generate` registers as keys;
 * ajv-cli registers a schema only under its `$id`, so each copy gets its file
 * name as `$id`. Without it every ajv-cli run stopped at "can't resolve
 * reference" before reading a single data file, and the peer timed only its
 * own start-up.
 */
function ajvSchemas() {
  const dir = path.join(workDir, 'ajv-schemas');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(path.join(root, 'schemas'))) {
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', name), 'utf8'));
    writeFileSync(path.join(dir, name), JSON.stringify({ $id: name, ...schema }));
  }
  return dir;
}

/** ajv-cli takes one schema per run, so it runs once per kind over that kind's files. */
function ajvRuns(files) {
  const schemas = ajvSchemas();
  const byKind = new Map();
  for (const file of files) {
    const kind = /^kind:\s*(\w+)/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push(path.relative(repo, file));
    byKind.set(kind, list);
  }
  const ajv = path.join(root, 'node_modules', '.bin', 'ajv');
  return [...byKind].map(([kind, list]) => {
    const schema = path.join(schemas, `${kind.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase()}.schema.json`);
    const args = ['validate', '--spec=draft2020', '--all-errors', '--strict=false', '--allow-union-types', '--multiple-of-precision=8',
      '--errors=no', '-s', schema, '-r', path.join(schemas, 'common.schema.json')];
    for (const file of list) args.push('-d', file);
    return { kind, args };
  });
}

const files = generate();
const yamlFiles = yamlFilesUnder(policies);
const ajvCommands = ajvRuns(yamlFiles);
const sizeKb = yamlFiles.reduce((sum, f) => sum + statSync(f).size, 0) / 1024;
console.log(`part 1: validate ${files} policy files (${sizeKb.toFixed(0)} KB) in ${path.relative(root, repo)}`);

const ajv = path.join(root, 'node_modules', '.bin', 'ajv');
const ours = [[process.execPath, cli, 'validate', 'policies', '--format', 'json']];
const peer = ajvCommands.map((c) => [ajv, ...c.args]);
checkPeer();

/**
 * CPU seconds (user + sys) and wall time of running `commands` one after the
 * other: one shell runs them and prints its children's times with `times`.
 */
function cpuOnce(commands) {
  const quote = (word) => `'${String(word).replaceAll("'", "'\\''")}'`;
  const script = `${commands.map((c) => `${c.map(quote).join(' ')} >/dev/null 2>&1 || [ $? -eq 1 ] || exit 3`).join('\n')}\ntimes`;
  const started = process.hrtime.bigint();
  const result = spawnSync('/bin/sh', ['-c', script], { cwd: repo, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  // exit 1 is a verdict (findings); anything else stops the benchmark
  // `times`: the shell's own user and sys on the first line, its children's on the second
  const children = result.stdout.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (result.status !== 0 || seconds.length !== 2) throw new Error(`cannot time ${commands[0].join(' ')}: ${result.stderr}`);
  return { cpuMs: (seconds[0] + seconds[1]) * 1000, wallMs };
}

/** ajv-cli must read and judge every file (it once failed on a $ref and timed nothing). */
function checkPeer() {
  let judged = 0;
  for (const command of peer) {
    const run = spawnSync(command[0], command.slice(1), { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
    judged += (run.stdout + run.stderr).split('\n').filter((line) => / (valid|invalid)$/.test(line)).length;
  }
  if (judged !== yamlFiles.length) throw new Error(`ajv-cli judged ${judged} of ${yamlFiles.length} files: the peer is broken`);
}

const times = { ours: [], peer: [] };
cpuOnce(ours); // warm the file cache for both before measuring
cpuOnce(peer);
for (let i = 0; i < RUNS; i++) {
  times.ours.push(cpuOnce(ours));
  times.peer.push(cpuOnce(peer));
}
const med = (list, key) => median(list.map((t) => t[key]));
const result = { a: med(times.ours, 'cpuMs'), b: med(times.peer, 'cpuMs') };
result.ratio = result.a / result.b;
console.log(`  CPU time (user + sys), median of ${RUNS} alternating runs; wall time beside it:`);
console.log(`  storepolicy validate (all layers):      ${fmt(result.a)} CPU  (${fmt(med(times.ours, 'wallMs'))} wall)`);
console.log(`  ajv-cli, ${ajvCommands.length} runs (one per kind, schema only): ${fmt(result.b)} CPU  (${fmt(med(times.peer, 'wallMs'))} wall)`);
console.log(`  ratio storepolicy / ajv-cli (CPU): ${result.ratio.toFixed(2)} (target <= 0.5)`);

const help = [];
for (let i = 0; i < 10; i++) help.push(timeOnce(process.execPath, [cli, '--help'], { okCodes: [0] }));
console.log(`  storepolicy --help: ${fmt(median(help))} median of 10 (target < 150 ms)`);

export const summary = { files, validateMs: result.a, ajvMs: result.b, ratio: result.ratio, helpMs: median(help) };

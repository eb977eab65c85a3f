#!/usr/bin/env node
// Part 1: `storepolicy validate` (all four layers) on a generated repository of
// 1,600 policy files, against ajv-cli validating the same files against the
// same schemas (layer 2 only, no positions), and `storepolicy --help` start-up.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cli, compare, fmt, median, root, timeOnce, workDir } from './lib.mjs';

const TARGET_FILES = Number(process.argv[2] ?? 1600);
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

/** ajv-cli takes one schema per run, so it runs once per kind over that kind's files. */
function ajvRuns(files) {
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
    const schema = path.join(root, 'schemas', `${kind.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase()}.schema.json`);
    const args = ['validate', '--spec=draft2020', '--all-errors', '--strict=false', '--allow-union-types', '--multiple-of-precision=8',
      '--errors=no', '-s', schema, '-r', path.join(root, 'schemas', 'common.schema.json')];
    for (const file of list) args.push('-d', file);
    return { kind, args };
  });
}

const files = generate();
const yamlFiles = yamlFilesUnder(policies);
const ajvCommands = ajvRuns(yamlFiles);
const sizeKb = yamlFiles.reduce((sum, f) => sum + statSync(f).size, 0) / 1024;
console.log(`part 1: validate ${files} policy files (${sizeKb.toFixed(0)} KB) in ${path.relative(root, repo)}`);

const result = compare(
  5,
  { run: () => timeOnce(process.execPath, [cli, 'validate', 'policies', '--format', 'json'], { cwd: repo }) },
  { run: () => ajvCommands.reduce((sum, c) => sum + timeOnce(path.join(root, 'node_modules', '.bin', 'ajv'), c.args, { cwd: repo }), 0) },
);
console.log(`  storepolicy validate (all layers):      ${fmt(result.a)} median`);
console.log(`  ajv-cli, ${ajvCommands.length} runs (one per kind, schema only): ${fmt(result.b)} median`);
console.log(`  ratio storepolicy / ajv-cli: ${result.ratio.toFixed(2)} (target < 1)`);

const help = [];
for (let i = 0; i < 10; i++) help.push(timeOnce(process.execPath, [cli, '--help'], { okCodes: [0] }));
console.log(`  storepolicy --help: ${fmt(median(help))} median of 10 (target < 150 ms)`);

export const summary = { files, validateMs: result.a, ajvMs: result.b, ratio: result.ratio, helpMs: median(help) };

#!/usr/bin/env node
// Part 4: `storepolicy lsp`, the editor's loop. Time from a change
// notification to the diagnostics it causes, for a member-tiers.yaml edit in
// the demo repository and in a generated store repository of 200 documents
// (issue 13: within 100 ms; the store is parsed once, then only the edited file).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, fmt, median, root, workDir } from './lib.mjs';

const protocol = createRequire(path.join(root, 'apps/checker/package.json'))('vscode-languageserver-protocol/node');
const EDITS = Number(process.argv[2] ?? 40);

function yamlFilesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * The demo repository plus, with `target`, one more store of `target`
 * documents: demo-apparel under a new id, its listings copied under new
 * names until the store holds that many (listings are what grows).
 */
function generate(target) {
  const repo = path.join(workDir, `lsp-${target}`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(path.join(repo, 'policies'), { recursive: true });
  cpSync(path.join(root, 'schemas'), path.join(repo, 'schemas'), { recursive: true });
  cpSync(path.join(root, 'policies'), path.join(repo, 'policies'), { recursive: true });
  if (target === 0) return { repo, count: yamlFilesUnder(path.join(repo, 'policies')).length, edited: 'policies/demo-apparel/member-tiers.yaml' };
  const from = path.join(root, 'policies', 'demo-apparel');
  const store = path.join(repo, 'policies', 'big-store');
  const copy = (file, out, rename = (t) => t) => {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, rename(readFileSync(file, 'utf8').replaceAll('store: demo-apparel', 'store: big-store')));
  };
  for (const file of yamlFilesUnder(from)) copy(file, path.join(store, path.relative(from, file)));
  cpSync(path.join(from, 'catalog.csv'), path.join(store, 'catalog.csv'));
  const listings = yamlFilesUnder(path.join(from, 'listings'));
  for (let n = 1; yamlFilesUnder(store).length < target; n++) {
    const file = listings[n % listings.length];
    const name = `${path.basename(file, '.yaml')}-${n}`;
    copy(file, path.join(store, 'listings', `${name}.yaml`), (t) => t.replace(/^  name: .*$/m, `  name: ${name}`));
  }
  return { repo, count: yamlFilesUnder(store).length, edited: 'policies/big-store/member-tiers.yaml' };
}

async function measure(repo, file) {
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: repo, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = protocol.createProtocolConnection(new protocol.StreamMessageReader(child.stdout), new protocol.StreamMessageWriter(child.stdin));
  let waiting;
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    if (waiting && params.uri === waiting.uri && waiting.accept(params.diagnostics)) waiting.resolve(performance.now());
  });
  connection.listen();
  const until = (uri, accept) => new Promise((resolve) => (waiting = { uri, accept, resolve }));
  const uri = pathToFileURL(path.join(repo, file)).href;
  const good = readFileSync(path.join(repo, file), 'utf8');
  const bad = good.replace('qualify: {spend: 3000}', 'qualify: {spend: 800}');
  const broken = (d) => d.some((x) => x.code === 'tiers/threshold-order');
  const started = performance.now();
  await connection.sendRequest(protocol.InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: {} });
  await connection.sendNotification(protocol.InitializedNotification.type, {});
  let sent = performance.now();
  const firstWait = until(uri, broken);
  await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text: bad } });
  const first = (await firstWait) - started;
  const times = [];
  for (let version = 2; version < EDITS + 2; version++) {
    const text = version % 2 ? bad : good;
    const wait = until(uri, version % 2 ? broken : (d) => !broken(d));
    sent = performance.now();
    await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    times.push((await wait) - sent);
  }
  await connection.sendRequest(protocol.ShutdownRequest.type);
  await connection.sendNotification(protocol.ExitNotification.type);
  connection.dispose();
  times.sort((a, b) => a - b);
  return { first, median: median(times), p95: times[Math.floor(times.length * 0.95)] };
}

console.log(`part 4: storepolicy lsp, change notification -> diagnostics (${EDITS} edits of member-tiers.yaml)`);
for (const target of [0, 200]) {
  const { repo, count, edited } = generate(target);
  const r = await measure(repo, edited);
  console.log(`  ${target === 0 ? 'demo repository' : 'a store of'} ${String(count).padStart(3)} documents: start + first diagnostics ${fmt(r.first)}; each edit ${fmt(r.median)} median, ${fmt(r.p95)} p95 (target < 100 ms)`);
}

#!/usr/bin/env node
// The language-server exchange shown in README.md and docs/guide/editor.md,
// produced by driving the real server (`storepolicy lsp --stdio`, the built
// CLI in a child process) the way an editor does: open member-tiers.yaml with
// gold's threshold typed as 800 (unsaved), wait for the diagnostics, ask for
// the code actions on the finding. `scripts/doc-samples.mjs` runs it for a
// block marked `<!-- sample: script=scripts/lsp-transcript.mjs -->` (add
// `args=brief` for the README's short form), so the transcript cannot drift
// from what the server sends. Ranges are printed as the protocol counts them:
// 0-based line:character. `--now` is pinned so the waiver's expiry is stable.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// the protocol's client side is a dependency of the checker (its LSP tests use it), not of the root
const lsp = createRequire(path.join(root, 'apps/checker/package.json'))('vscode-languageserver-protocol/node');
const brief = process.argv.includes('brief');
const FILE = 'policies/demo-apparel/member-tiers.yaml';
const CODE = 'tiers/threshold-order';
const NOW = '2026-10-20T10:00:00+08:00';

const scratch = mkdtempSync(path.join(tmpdir(), 'storepolicy-lsp-sample-'));
cpSync(path.join(root, 'policies'), path.join(scratch, 'policies'), { recursive: true });
cpSync(path.join(root, 'schemas'), path.join(scratch, 'schemas'), { recursive: true });
const child = spawn(process.execPath, [path.join(root, 'apps/checker/dist/cli.js'), 'lsp', '--stdio', '--now', NOW], {
  cwd: scratch,
  env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', TZ: 'UTC' },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
const uri = pathToFileURL(path.join(scratch, FILE)).href;
const diagnostics = new Promise((resolve) => {
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
    if (params.uri === uri && params.diagnostics.some((d) => d.code === CODE)) resolve(params.diagnostics);
  });
});
connection.listen();

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const range = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const out = [];
try {
  await connection.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(scratch).href,
    locale: 'en',
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(scratch).href, name: 'repo' }],
  });
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  const before = readFileSync(path.join(scratch, FILE), 'utf8');
  const text = before.replace('qualify: {spend: 3000}', 'qualify: {spend: 800}');
  if (text === before) throw new Error(`${FILE} no longer has gold's "qualify: {spend: 3000}": update scripts/lsp-transcript.mjs`);
  await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const finding = (await diagnostics).find((d) => d.code === CODE);
  const actions = await connection.sendRequest(lsp.CodeActionRequest.type, {
    textDocument: { uri },
    range: finding.range,
    context: { diagnostics: [finding] },
  });
  const titles = actions.map((a) => `"${a.title}"`);
  const related = finding.relatedInformation ?? [];
  const rel = (r) => `${path.basename(fileURLToPath(r.location.uri))} ${range(r.location.range)}  ${r.message}`;
  if (brief) {
    out.push(`--> didOpen member-tiers.yaml (unsaved: gold's qualify: {spend: 800})`);
    out.push(`<-- publishDiagnostics ${range(finding.range)} ${SEVERITY[finding.severity]} ${finding.code}: ${finding.message.split('\n')[0]}`);
    for (const r of related) out.push(`    related ${rel(r)}`);
    out.push(`--> codeAction  <-- ${titles.join(', ')}`);
  } else {
    out.push(`--> textDocument/didOpen  ${FILE} (unsaved: qualify: {spend: 800})`);
    out.push('<-- textDocument/publishDiagnostics');
    out.push(`    range ${range(finding.range)}  severity ${finding.severity}  code ${finding.code}  source ${finding.source}`);
    const [first, ...rest] = finding.message.split('\n');
    out.push(`    message  ${first}`, ...rest.map((line) => `             ${line}`));
    for (const r of related) out.push(`    related  ${rel(r)}`);
    out.push('--> textDocument/codeAction  (on the finding)');
    for (const title of titles) out.push(`<-- ${title}`);
  }
  await connection.sendRequest(lsp.ShutdownRequest.type);
  await connection.sendNotification(lsp.ExitNotification.type);
} finally {
  connection.dispose();
  if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  rmSync(scratch, { recursive: true, force: true });
}
process.stdout.write(`${out.join('\n')}\n`);

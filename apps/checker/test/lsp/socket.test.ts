import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShutdownRequest,
  SocketMessageReader,
  SocketMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { hasCode, LspClient, tempRepo } from './client.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');

describe('storepolicy lsp: how editors start it', () => {
  it('accepts the flags a client adds (vscode-languageclient passes --clientProcessId=<pid>)', async () => {
    const client = new LspClient(tempRepo(), [`--clientProcessId=${process.pid}`]);
    try {
      await client.initialize();
      const file = 'policies/demo-apparel/member-tiers.yaml';
      await client.open(file, client.text(file).replace('qualify: {spend: 3000}', 'qualify: {spend: 800}'));
      expect(await client.diagnostics(file, hasCode('tiers/threshold-order'))).not.toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe('storepolicy lsp: an input the run cannot use', () => {
  it('says so in a warning instead of dying when catalog.csv cannot be read, and answers afterwards', async () => {
    const client = new LspClient(tempRepo((root) => writeFileSync(path.join(root, 'policies/demo-apparel/catalog.csv'), 'sku,category,list_price,cost\nDRS-001,dresses,abc,80.00\n')));
    try {
      const warned = new Promise<string>((resolve) => client.connection.onNotification(ShowMessageNotification.type, (p) => resolve(p.message)));
      await client.initialize();
      expect(await warned).toMatch(/^storepolicy: the catalogue has 1 error/);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri('policies/demo-apparel/member-tiers.yaml') }, position: { line: 13, character: 3 } });
      expect(hover).toBeNull();
    } finally {
      await client.close();
    }
  });
});

describe('storepolicy lsp --socket', () => {
  it('connects to an editor listening on a port and reports there', async () => {
    const root = tempRepo();
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    const child = spawn(process.execPath, [CLI, 'lsp', '--socket', String(port)], { cwd: root, stdio: 'ignore' });
    const socket = await accepted;
    const connection = createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
    const file = path.join(root, 'policies/demo-apparel/member-tiers.yaml');
    const uri = pathToFileURL(file).href;
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    const text = readFileSync(file, 'utf8').replace('qualify: {spend: 3000}', 'qualify: {spend: 800}');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    expect((await published).diagnostics.map((d) => d.code)).toContain('tiers/threshold-order');
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    connection.dispose();
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('exits 2 with one line when nothing listens on the port', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const child = spawn(process.execPath, [CLI, 'lsp', '--socket', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe(`storepolicy: --socket ${port}: cannot connect (ECONNREFUSED)\n`);
  });
});

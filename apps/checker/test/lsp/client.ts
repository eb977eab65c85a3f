import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '../../../..');
const CLI = path.resolve(here, '../../dist/cli.js');

/** A copy of the repository's policies and schemas in a temporary folder, edited per test. */
export function tempRepo(edit?: (root: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'storepolicy-lsp-'));
  cpSync(path.join(REPO, 'policies'), path.join(root, 'policies'), { recursive: true });
  cpSync(path.join(REPO, 'schemas'), path.join(root, 'schemas'), { recursive: true });
  edit?.(root);
  return root;
}

type Waiter = { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void };

/**
 * The real server (`storepolicy lsp --stdio`, the built CLI in a child
 * process) driven by vscode-languageserver-protocol's client side, as an
 * editor drives it. No timing: tests wait for the notification they expect.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly latest = new Map<string, Diagnostic[]>();
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  stderr = '';

  constructor(readonly root: string, args: string[] = []) {
    this.child = spawn(process.execPath, [CLI, 'lsp', '--stdio', '--now', '2026-10-20T10:00:00+08:00', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params.diagnostics);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri || !w.accept(params.diagnostics)) return true;
        w.resolve(params.diagnostics);
        return false;
      });
    });
    this.connection.listen();
  }

  async initialize(locale = 'en'): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).href,
      locale,
      capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'repo' }],
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  uri(file: string): string {
    return pathToFileURL(path.join(this.root, file)).href;
  }

  text(file: string): string {
    return readFileSync(path.join(this.root, file), 'utf8');
  }

  async open(file: string, text = this.text(file)): Promise<void> {
    this.versions.set(file, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: this.uri(file), languageId: 'yaml', version: 1, text },
    });
  }

  async change(file: string, text: string): Promise<void> {
    const version = (this.versions.get(file) ?? 1) + 1;
    this.versions.set(file, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri(file), version },
      contentChanges: [{ text }],
    });
  }

  /** The next (or the latest, if it already qualifies) diagnostics of `file` that `accept` agrees with. */
  diagnostics(file: string, accept: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const uri = this.uri(file);
    const latest = this.latest.get(uri);
    if (latest && accept(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      await new Promise<void>((resolve) => {
        if (this.child.exitCode !== null) return resolve();
        this.child.once('exit', () => resolve());
        setTimeout(() => this.child.kill(), 10_000).unref();
      });
      this.connection.dispose();
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}

export const hasCode = (code: string) => (d: Diagnostic[]) => d.some((x) => x.code === code);
export const lacksCode = (code: string) => (d: Diagnostic[]) => !d.some((x) => x.code === code);

// A thin client: it starts the repository's own `storepolicy lsp` and leaves
// every verdict to it. The schema associations are in package.json
// (`yamlValidation`, filled by scripts/build.mjs from schemas/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const folder = workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return;
  const root = folder.uri.fsPath;
  const config = workspace.getConfiguration('storepolicy');
  const lang = config.get<string>('lang', '');
  const policies = config.get<string>('policies', 'policies');
  const args = ['lsp', '--policies', policies, ...(lang ? ['--lang', lang] : [])];
  const server = serverFor(root, config.get<string>('server.path', ''));
  // A .js checker runs on VS Code's own Node; a command (`storepolicy` on PATH) as it is.
  const serverOptions: ServerOptions = server.endsWith('.js')
    ? { module: server, args, transport: TransportKind.stdio, options: { cwd: root } }
    : { command: server, args, transport: TransportKind.stdio, options: { cwd: root, shell: process.platform === 'win32' } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'yaml', pattern: `**/${policies}/**/*.{yaml,yml}` }],
    workspaceFolder: folder,
  };
  client = new LanguageClient('storepolicy', 'storepolicy', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * The checker of the repository being edited, so the editor gives the verdict
 * of the version CI pins: the setting, else the installed package, else this
 * monorepo's build, else `storepolicy` on PATH.
 */
function serverFor(root: string, setting: string): string {
  if (setting) return path.isAbsolute(setting) || !setting.endsWith('.js') ? setting : path.join(root, setting);
  const candidates = [
    path.join(root, 'node_modules', '@storepolicy', 'checker', 'dist', 'cli.js'),
    path.join(root, 'apps', 'checker', 'dist', 'cli.js'),
  ];
  return candidates.find((file) => existsSync(file)) ?? 'storepolicy';
}

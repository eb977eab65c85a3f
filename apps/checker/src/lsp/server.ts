import { fileURLToPath } from 'node:url';
import { buildMessageCatalog } from '@storepolicy/engine';
import type { Lang } from '@storepolicy/schema';
import {
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { UsageError } from '../exit.js';
import { cliMessages } from '../messages.js';
import { codeActions } from './actions.js';
import { completion, COMPLETION_TRIGGERS } from './completion.js';
import { PathMapper, toLspDiagnostic } from './convert.js';
import { hover } from './hover.js';
import { definition, references } from './navigation.js';
import { documentSymbols } from './symbols.js';
import { PolicyWorkspace } from './workspace.js';

export interface ServerOptions {
  /** `--lang`; else the client's locale (zh-* -> zh), else en. */
  lang?: Lang;
  /** `--now`: judge time-dependent rules at a fixed instant. */
  now?: Date;
  waiverMaxDays: number;
  policiesDir: string;
  maxBytes?: number;
}

/** Everything a request handler needs, fresh for the buffers as they are now. */
export interface ServerContext {
  workspace: PolicyWorkspace;
  paths: PathMapper;
  lang: Lang;
  documents: TextDocuments<TextDocument>;
  /** Run the analysis now when a change is pending, so answers match the buffers. */
  fresh(): void;
}

/**
 * `storepolicy lsp`: the checker as a language server. A thin adapter:
 * open buffers and the files on disk go in (PolicyWorkspace), the engine's
 * findings come out (toLspDiagnostic); navigation, hover, completion and
 * code actions read the same analysis.
 */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const catalog = buildMessageCatalog();
  let context: ServerContext | undefined;
  let dirty = false;
  let scheduled = false;
  /** Files that were sent findings last time, so they are cleared when their findings go away. */
  let published = new Set<string>();

  const buffers = (): Map<string, string> => {
    const map = new Map<string, string>();
    for (const doc of documents.all()) {
      const file = context!.paths.toFile(doc.uri);
      if (file !== undefined && context!.workspace.covers(file)) map.set(file, doc.getText());
    }
    return map;
  };

  const run = (): void => {
    if (!context) return;
    dirty = false;
    // typing changes only buffers: the disk is looked at again when a watcher says so, or after 2 s
    const analysis = context.workspace.analyze(buffers(), 2_000);
    const byFile = new Map<string, ReturnType<typeof toLspDiagnostic>[]>();
    for (const file of analysis.project.files) byFile.set(file, []);
    for (const d of analysis.diagnostics) {
      const list = byFile.get(d.file) ?? [];
      list.push(toLspDiagnostic(d, catalog, context.lang, context.paths));
      byFile.set(d.file, list);
    }
    const next = new Set<string>();
    for (const [file, list] of byFile) {
      if (list.length === 0 && !published.has(file)) continue;
      if (list.length > 0) next.add(file);
      void connection.sendDiagnostics({ uri: context.paths.toUri(file), diagnostics: list });
    }
    for (const file of published) if (!byFile.has(file)) void connection.sendDiagnostics({ uri: context.paths.toUri(file), diagnostics: [] });
    published = next;
  };

  const safeRun = (): void => {
    try {
      run();
    } catch (error) {
      // an input the run cannot use (an unreadable catalog.csv) is the user's to fix: say what, keep the last findings
      if (error instanceof UsageError) {
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `storepolicy: ${error.render(context?.lang ?? 'en')}` });
        return;
      }
      // a bug in one run must not take the editor's server down: say so in its log and carry on
      connection.console.error(cliMessages.internalLog({ detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }).render(context?.lang ?? 'en'));
    }
  };

  // Changes arrive faster than a run takes: coalesce them into one run once the queue is drained.
  const schedule = (): void => {
    dirty = true;
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (dirty) safeRun();
    });
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const root = rootOf(params);
    // Paths are repository-relative, as `storepolicy validate` names them when run from the root.
    process.chdir(root);
    const lang: Lang = options.lang ?? (/^zh/i.test(params.locale ?? '') ? 'zh' : 'en');
    const workspace = new PolicyWorkspace({
      root,
      policiesDir: options.policiesDir,
      now: options.now,
      waiverMaxDays: options.waiverMaxDays,
      maxBytes: options.maxBytes,
    });
    context = {
      workspace,
      paths: new PathMapper(root),
      lang,
      documents,
      fresh: () => {
        if (dirty) safeRun();
      },
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
      },
      serverInfo: { name: 'storepolicy', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // Files created, deleted or changed outside the editor (git checkout) change other files' findings.
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${options.policiesDir}/**/*.{yaml,yml,csv}` }] })
      .catch(() => undefined); // a client without dynamic registration still gets findings on every edit
    schedule();
  });

  const diskChanged = (): void => {
    context?.workspace.diskChanged();
    schedule();
  };
  documents.onDidOpen(diskChanged);
  documents.onDidChangeContent(schedule);
  documents.onDidSave(diskChanged);
  documents.onDidClose(diskChanged);
  connection.onDidChangeWatchedFiles(diskChanged);

  const ready = (): ServerContext => {
    context!.fresh();
    return context!;
  };
  // while the store cannot be analysed (the warning says why), requests get empty answers, not errors
  const answer = <T>(empty: T, compute: () => T): T => {
    try {
      return compute();
    } catch (error) {
      if (error instanceof UsageError) return empty;
      throw error;
    }
  };
  connection.onCodeAction((params) => answer([], () => codeActions(ready(), params)));
  connection.onHover((params) => answer(null, () => hover(ready(), params)));
  connection.onDefinition((params) => answer([], () => definition(ready(), params)));
  connection.onReferences((params) => answer([], () => references(ready(), params)));
  connection.onDocumentSymbol((params) => answer([], () => documentSymbols(ready(), params)));
  connection.onCompletion((params) => answer([], () => completion(ready(), params)));

  documents.listen(connection);
  connection.listen();
}

/** The repository root: the first workspace folder, else the root URI, else where the server was started. */
function rootOf(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (uri?.startsWith('file:')) return fileURLToPath(uri);
  return params.rootPath ?? process.cwd();
}

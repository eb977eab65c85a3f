import net from 'node:net';
import { createConnection, SocketMessageReader, SocketMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { startServer, type ServerOptions } from '../lsp/server.js';
import { parseMaxBytes, parseNow } from '../parse-options.js';
import { parseWaiverMaxDays } from './validate.run.js';

/** `storepolicy lsp`: serve until the editor disconnects. */
export async function runLsp(raw: Record<string, unknown>): Promise<void> {
  const lang = raw.lang === 'zh' || raw.lang === 'en' ? raw.lang : undefined;
  const options: ServerOptions = {
    lang,
    now: raw.now === undefined ? undefined : parseNow(raw.now),
    policiesDir: String(raw.policies ?? 'policies'),
    waiverMaxDays: parseWaiverMaxDays(raw.waiverMaxDays),
    maxBytes: parseMaxBytes(raw.maxFileSize),
  };
  if (raw.socket !== undefined) {
    const port = Number(raw.socket);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(m.socketPort({ value: String(raw.socket) }));
    const socket = await connect(port);
    startServer(createConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket)), options);
    return;
  }
  startServer(createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)), options);
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket));
    socket.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError(m.socketConnect({ port: String(port), code: error.code ?? 'error' }))));
  });
}

import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { uiDir } from '@storepolicy/console';
import { z } from 'zod';
import { UsageError } from '../exit.js';
import { runtime } from '../io/runtime.js';
import { serveMessages as m } from './messages.js';
import { commandMessages } from '../commands/messages.js';
import { createConsoleApp } from './app.js';
import { allowedHosts, isLoopback } from './security.js';
import { discoverStores } from './stores.js';

const optionsSchema = z.object({
  store: z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  token: z.string().min(16, 'at least 16 characters').optional(),
  open: z.boolean().default(false),
});

/** `storepolicy serve`: runs until interrupted. */
export async function runServe(raw: Record<string, unknown>): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(commandMessages.badOption({ option: `--${String(issue?.path[0] ?? '')}`, detail: issue?.message ?? 'invalid' }));
  }
  const o = parsed.data;
  const loopback = isLoopback(o.host);
  if (!loopback && o.token === undefined) {
    throw new UsageError(m.hostNeedsToken({ host: o.host }));
  }
  const stores = discoverStores(o.store);
  const token = o.token ?? randomBytes(24).toString('base64url');
  let hosts: ReadonlySet<string> = new Set();
  const app = createConsoleApp({ stores, token, loopback, allowedHosts: () => hosts, uiDir });

  const server = serve({ fetch: app.fetch, hostname: o.host, port: o.port });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('listening', () => resolve((server.address() as AddressInfo).port));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UsageError(m.cannotListen({ host: o.host, port: o.port, code: error.code ?? error.message }))),
    );
  });
  hosts = allowedHosts(o.host, port);
  const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
  // The token travels in the fragment: it never reaches a server log or a Referer header.
  const url = `http://${shown}:${port}/#token=${token}`;
  process.stdout.write(`${m.started({ url, stores: stores.map((s) => s.id).join(', ') }).render(runtime().lang)}\n`);
  if (o.open) openBrowser(url);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`${m.noBrowser({ url }).render(runtime().lang)}\n`));
  child.unref();
}

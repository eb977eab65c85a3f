import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { uiDir } from '@storepolicy/console';
import { z } from 'zod';
import { UsageError } from '../exit.js';
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
    throw new UsageError(`--${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}`);
  }
  const o = parsed.data;
  const loopback = isLoopback(o.host);
  if (!loopback && o.token === undefined) {
    throw new UsageError(
      `--host ${o.host} is reachable from other machines: pass --token <secret> (16+ characters), which every request must carry; the console binds 127.0.0.1 by default`,
    );
  }
  const stores = discoverStores(o.store);
  const token = o.token ?? randomBytes(24).toString('base64url');
  let hosts: ReadonlySet<string> = new Set();
  const app = createConsoleApp({ stores, token, loopback, allowedHosts: () => hosts, uiDir });

  const server = serve({ fetch: app.fetch, hostname: o.host, port: o.port });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('listening', () => resolve((server.address() as AddressInfo).port));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot listen on ${o.host}:${o.port} (${error.code ?? error.message}); pick another --port`)),
    );
  });
  hosts = allowedHosts(o.host, port);
  const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
  // The token travels in the fragment: it never reaches a server log or a Referer header.
  const url = `http://${shown}:${port}/#token=${token}`;
  process.stdout.write(`storepolicy console: ${url}\n  stores: ${stores.map((s) => s.id).join(', ')}\n  press Ctrl+C to stop\n`);
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
  child.on('error', () => process.stderr.write(`storepolicy serve: could not open a browser; open ${url}\n`));
  child.unref();
}

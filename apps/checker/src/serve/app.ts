import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { z } from 'zod';
import { computeDiff } from '../commands/diff.run.js';
import { formatDiffMarkdown } from '../commands/diff-markdown.js';
import { formatDiffPretty } from '../commands/diff-pretty.js';
import { UsageError } from '../exit.js';
import { runtime } from '../io/runtime.js';
import type { Message } from '../i18n.js';
import { bodyDetail, langOf, serveMessages as m } from './messages.js';
import { dryRunBody, explainBody, listingBody, listingFileBody, saveBody } from './bodies.js';
import { LoadCache } from './cache.js';
import { storeCalendar } from './calendar.js';
import { runDryRun, runExplainCell, runMarkdown } from './dry-run.js';
import { runListingCheck } from './listing.js';
import { runListingFile } from './listing-file.js';
import { storeOverview } from './overview.js';
import { gitCommands, saveProposal } from './save.js';
import { hostCheck, jsonOnly, requireToken } from './security.js';
import { sourcePage } from './source.js';
import { loadStore, type StoreEntry } from './stores.js';

export interface ConsoleOptions {
  stores: StoreEntry[];
  /** The per-session write token. */
  token: string;
  /** Bound address; off loopback every API call needs the token. */
  loopback: boolean;
  /** Host header values accepted (filled in once the port is known). */
  allowedHosts: () => ReadonlySet<string>;
  /** Built page (index.html and assets); absent in API-only tests. */
  uiDir?: string;
}

/** Largest request body: a proposal is a few KB; a pasted catalogue export a few MB. */
export const BODY_LIMIT = 4 * 1024 * 1024;

/** An answer other than 200, said in the page's language when it is sent. */
class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 422,
    readonly text: Message,
  ) {
    super(text.render('en'));
  }
}

/** zod at the boundary: a body that is not what the API takes is a 400 naming the field. */
async function parseBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpError(400, m.bodyNotJson());
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, m.bodyField({ field: issue?.path.join('.') ?? '', detail: bodyDetail(issue?.message ?? 'invalid') }));
  }
  return parsed.data;
}

export function createConsoleApp(options: ConsoleOptions): Hono {
  const app = new Hono();
  const cache = new LoadCache();
  const storeById = (id: string): StoreEntry => {
    const entry = options.stores.find((s) => s.id === id);
    if (!entry) throw new HttpError(404, m.noSuchStore({ id, stores: options.stores.map((s) => s.id).join(', ') }));
    return entry;
  };

  app.use('*', hostCheck(options.allowedHosts));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use('/api/*', bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => c.json({ error: m.bodyTooLarge({ bytes: BODY_LIMIT }).render(langOf(c)) }, 413) }));
  app.use('/api/*', jsonOnly);
  if (!options.loopback) app.use('/api/*', requireToken(options.token));
  app.use('/api/save', requireToken(options.token));

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json({ error: error.text.render(langOf(c)) }, error.status);
    if (error instanceof UsageError) return c.json({ error: error.render(langOf(c)) }, 422);
    // an engine bug must not take the console down or leak a stack trace to the page
    process.stderr.write(`${m.internalLog({ detail: error instanceof Error ? error.message : String(error) }).render(runtime().lang)}\n`);
    return c.json({ error: m.internal().render(langOf(c)) }, 500);
  });

  app.get('/api/stores', (c) => c.json({ stores: options.stores, lang: langOf(c) }));
  app.get('/api/stores/:store/overview', (c) => c.json(storeOverview(loadStore(storeById(c.req.param('store'))), langOf(c))));

  app.get('/api/stores/:store/calendar', (c) => c.json(storeCalendar(storeById(c.req.param('store')), langOf(c), c.req.query('now'))));
  app.post('/api/dry-run', async (c) => {
    const body = await parseBody(c, dryRunBody);
    return c.json(runDryRun(storeById(body.store), body, cache));
  });
  app.post('/api/explain', async (c) => {
    const body = await parseBody(c, explainBody);
    return c.json(runExplainCell(storeById(body.store), body, cache));
  });
  app.post('/api/markdown', async (c) => {
    const body = await parseBody(c, dryRunBody);
    return c.json({ markdown: runMarkdown(storeById(body.store), body, body.lang, cache) });
  });
  app.post('/api/listing', async (c) => {
    const body = await parseBody(c, listingBody);
    return c.json(runListingCheck(storeById(body.store), body));
  });
  app.post('/api/listing-file', async (c) => {
    const body = await parseBody(c, listingFileBody);
    const bytes = Buffer.from(body.content, 'base64');
    return c.json(await runListingFile(storeById(body.store), body, bytes));
  });
  app.post('/api/save', async (c) => {
    const body = await parseBody(c, saveBody);
    const entry = storeById(body.store);
    const outcome = saveProposal(entry, body);
    if (!outcome.saved) {
      return c.json({ error: m.exists({ file: outcome.file }).render(langOf(c)), exists: true, file: outcome.file }, 409);
    }
    let diff: { text: string; markdown: string } | { error: string };
    try {
      const report = await computeDiff([entry.dir], 'HEAD', undefined, body.lang);
      diff = { text: formatDiffPretty(report, body.lang, false), markdown: formatDiffMarkdown(report, body.lang) };
    } catch (error) {
      // outside a git clone the file is still saved; say why there is no diff
      diff = { error: error instanceof UsageError ? error.render(body.lang) : error instanceof Error ? error.message : String(error) };
    }
    return c.json({ ...outcome, diff, git: gitCommands(outcome.file, body.name) });
  });
  app.all('/api/*', (c) => c.json({ error: m.noEndpoint().render(langOf(c)) }, 404));

  // policy files and rule docs, for the page's "file:line" and "rule doc" links
  const sourceRoots = [...new Set(options.stores.map((s) => path.dirname(path.resolve(s.dir)))), path.resolve('docs')];
  const showSource = (c: Context, file: string) => {
    const page = sourcePage(file, sourceRoots);
    return page === undefined ? c.json({ error: m.noFile().render(langOf(c)) }, 404) : c.html(page);
  };
  app.get('/source/*', (c) => showSource(c, decodeURIComponent(c.req.path.slice('/source/'.length))));
  app.get('/docs/*', (c) => showSource(c, decodeURIComponent(c.req.path.slice(1))));

  if (options.uiDir) {
    const root = options.uiDir;
    app.use('/*', serveStatic({ root }));
    // the page is one document; any other path gets it (client-side tabs)
    app.get('*', serveStatic({ path: path.join(root, 'index.html') }));
  }
  return app;
}

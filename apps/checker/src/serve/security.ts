import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { langOf, serveMessages as m } from './messages.js';

/** Header the page sends its session token in (a custom header also forces a CORS preflight we never answer). */
export const TOKEN_HEADER = 'x-storepolicy-token';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The Host header values a request may carry: the bound address and port,
 * and for loopback its usual spellings. Anything else is a page on another
 * name that resolved to us (DNS rebinding) and is refused before routing.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = isLoopback(host) ? ['127.0.0.1', 'localhost', '[::1]', host.includes(':') ? `[${host}]` : host] : [host.includes(':') ? `[${host}]` : host];
  return new Set(names.map((name) => `${name}:${port}`.toLowerCase()));
}

export function hostCheck(allowed: () => ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowed().has(host)) {
      return c.json({ error: m.hostRefused({ host }).render(langOf(c)) }, 421);
    }
    await next();
  };
}

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Writes (and, off loopback, every API call) need the session token. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (!tokenMatches(token, c.req.header(TOKEN_HEADER))) {
      return c.json({ error: m.tokenNeeded().render(langOf(c)) }, 403);
    }
    await next();
  };
}

/**
 * API bodies are JSON only: a form post or text/plain from another site
 * (the "simple requests" that skip the CORS preflight) never reaches a handler.
 */
export const jsonOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'POST' && !(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return c.json({ error: m.jsonOnly().render(langOf(c)) }, 415);
  }
  await next();
};

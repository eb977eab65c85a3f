import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleApp } from '../../src/serve/app.js';
import { allowedHosts } from '../../src/serve/security.js';
import { discoverStores } from '../../src/serve/stores.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const TOKEN = 'test-token-0123456789abcdef';
export const HOST = '127.0.0.1:4178';

/** A copy of the demo policies in a temp folder, so saves never touch the repository. */
export function copyPolicies(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'storepolicy-console-'));
  cpSync(path.join(repoRoot, 'policies'), path.join(dir, 'policies'), { recursive: true });
  cpSync(path.join(repoRoot, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The console's app over the copy, called in-process (no socket). */
export function consoleApp(root: string, options: { loopback?: boolean } = {}) {
  const stores = discoverStores(undefined, path.join(root, 'policies'));
  const loopback = options.loopback ?? true;
  const app = createConsoleApp({ stores, token: TOKEN, loopback, allowedHosts: () => allowedHosts(loopback ? '127.0.0.1' : '192.168.1.20', 4178) });
  const hostHeader = loopback ? HOST : '192.168.1.20:4178';
  return {
    stores,
    request(pathname: string, init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
      const headers: Record<string, string> = { host: hostHeader, ...init.headers };
      let body: string | undefined;
      if (init.raw !== undefined) body = init.raw;
      else if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      return app.request(`http://${hostHeader}${pathname}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, ...(body === undefined ? {} : { body }) });
    },
  };
}

export const DRESSES = 'policies/demo-apparel/proposals/double11-dresses.yaml';
export const NOW = '2026-11-01T09:00:00+08:00';

/** A second product-class discount on tops inside golden week: the policy says conflicts are errors. */
export const CONFLICTING = `apiVersion: storepolicy/v1
kind: Promotion
metadata: {store: demo-apparel, name: tops-midweek}
spec:
  type: time_limited_discount
  window: {start: "2026-10-03T00:00:00+08:00", end: "2026-10-05T00:00:00+08:00"}
  scope: {categories: [tops]}
  percent_off: 5
`;

/**
 * A store of `skus` dresses (demo-apparel's policies under the id `wholesale`,
 * a generated catalogue with the week of history before the template's
 * window): 12,500 SKUs x 4 tiers is the 50,000-row matrix.
 */
export function addWholesaleStore(root: string, skus: number): string {
  const dir = path.join(root, 'policies', 'wholesale');
  cpSync(path.join(repoRoot, 'policies', 'demo-apparel'), dir, { recursive: true });
  for (const sub of ['proposals', 'tests', 'listings']) rmSync(path.join(dir, sub), { recursive: true, force: true });
  rmSync(path.join(dir, 'catalog-export.csv'), { force: true });
  for (const file of walkYaml(dir)) writeFileSync(file, readFileSync(file, 'utf8').replaceAll('demo-apparel', 'wholesale'));
  const catalog = ['sku,name,category,list_price,cost'];
  const history = ['sku,date,list_price,lowest_transaction_price'];
  for (let i = 0; i < skus; i++) {
    const sku = `WHL-${String(i).padStart(6, '0')}`;
    const list = 9900 + ((i * 7919) % 50000);
    catalog.push(`${sku},Dress ${i},dresses,${(list / 100).toFixed(2)},${((list * 0.4) / 100).toFixed(2)}`);
    for (let d = 1; d <= 7; d++) history.push(`${sku},2026-11-0${d},${(list / 100).toFixed(2)},${((list * 0.95) / 100).toFixed(2)}`);
  }
  writeFileSync(path.join(dir, 'catalog.csv'), catalog.join('\n') + '\n');
  writeFileSync(path.join(dir, 'price-history.csv'), history.join('\n') + '\n');
  return dir;
}

function walkYaml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walkYaml(path.join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [path.join(dir, entry.name)] : [],
  );
}

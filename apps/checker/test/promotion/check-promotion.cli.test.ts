// End to end through the built CLI (run `pnpm --filter @storepolicy/checker build` first):
// the SPEC section 5 worked example, exit codes, formats and input errors.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, run } from './cli.js';
import { loadCatalog } from '../../src/catalog/index.js';

const NOW = ['--now', '2026-11-07T10:00:00+08:00'];
const DRESSES = 'policies/demo-apparel/proposals/double11-dresses.yaml';
const BROKEN = 'examples/proposals/double11-broken.yaml';
const STORE = ['--store', 'policies/demo-apparel'];

const temp = mkdtempSync(path.join(tmpdir(), 'sp-promotion-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The worked-example proposal, edited: a file outside policies/ so validate never sees it. */
function variant(name: string, edit: (text: string) => string): string {
  const file = path.join(temp, name);
  writeFileSync(file, edit(readFileSync(path.join(root, DRESSES), 'utf8')));
  return file;
}

interface Row {
  promotion: string;
  sku: string;
  tier: string;
  list: number;
  single: number;
  worst: number;
  floor: number;
  steps: Array<{ by: string; price: number }>;
  worstSteps?: Array<{ by: string; price: number }>;
}

async function json(args: string[]): Promise<{ code: number | null; body: { summary: Record<string, number>; diagnostics: Array<Record<string, unknown>>; prices: Row[] } }> {
  const result = await run([...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  return { code: result.code, body: JSON.parse(result.stdout) };
}

describe('SPEC section 5 worked example, through the CLI', () => {
  // The SPEC example ends at 11868 after the store's coupon; demo-apparel's svip tier also has a
  // birthday coupon (50 off 1000) that the worst case counts (SPEC section 9): 11868 - 593 = 11275.
  it('prices DRS-001 for svip: single 15224, worst 11868 then the birthday coupon 11275, floor 9450, with the steps', async () => {
    const { code, body } = await json(['check', 'promotion', DRESSES, ...NOW]);
    // the demo proposal keeps its tier inversions on purpose (DRS-002, DRS-012), warnings in
    // demo-apparel (its promotion-policy.yaml says why): exit 0 unless --fail-on warning
    expect(code).toBe(0);
    const row = body.prices.find((r) => r.sku === 'DRS-001' && r.tier === 'svip')!;
    expect(row).toMatchObject({ promotion: 'double11-dresses', list: 19900, single: 15224, worst: 11275, floor: 9450 });
    expect(row.steps.slice(0, 2)).toEqual([
      { by: 'product_discount:double11-dresses', price: 16915 },
      { by: 'member_price:svip', price: 15224 },
    ]);
    expect(row.worstSteps?.map((s) => s.price)).toEqual([16915, 15224, 13194, 11868, 11275]);
    expect(row.worstSteps?.at(-1)?.by).toBe('birthday_coupon:svip');
    expect(body.diagnostics.map((d) => d.code)).not.toContain('promotion/reference-price');
    expect(body.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(body.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code))).toEqual(new Set(['promotion/tier-inversion']));
    // one row per dress (12 in the catalogue) and tier (4 in member-tiers.yaml)
    expect(body.prices).toHaveLength(48);
    expect(new Set(body.prices.map((r) => r.sku.slice(0, 4)))).toEqual(new Set(['DRS-']));
  });

  it('refuses 199.00 shown as the original price: the 7-day low was 189.00 (promotion/reference-price)', async () => {
    const file = variant('reference-199.yaml', (text) =>
      text.replace('    categories: [dresses]', '    skus: [DRS-001]').replace('  display:\n', '  display:\n    reference_price: 199.00\n'),
    );
    const { code, body } = await json(['check', 'promotion', file, ...STORE, ...NOW]);
    expect(code).toBe(1);
    const finding = body.diagnostics.find((d) => d.code === 'promotion/reference-price');
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('reference_price')) + 1;
    expect(finding).toMatchObject({ severity: 'error', file, line, column: 22 });
    expect(String(finding!.message)).toContain('189.00');
    // the prices do not depend on what the page displays
    expect(body.prices.find((r) => r.tier === 'svip')).toMatchObject({ single: 15224, worst: 11275, floor: 9450 });
  });

  it('--output writes the same JSON to a file (streamed row by row), refusing nothing on stdout', async () => {
    const out = path.join(temp, 'report.json');
    const result = await run(['check', 'promotion', DRESSES, ...NOW, '--format', 'json', '--output', out]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const body = JSON.parse(readFileSync(out, 'utf8'));
    expect(body.prices).toHaveLength(48);
    expect(body.summary.warnings).toBe(4);
  });

  it('gives the same prices from an NDJSON catalogue with inline history', async () => {
    const { items } = loadCatalog(path.join(root, 'policies/demo-apparel/catalog.csv'));
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    const ndjson = items
      .map((item) =>
        JSON.stringify({
          sku: item.sku,
          category: item.category,
          list_price: yuan(item.list),
          cost: yuan(item.cost),
          history: item.history.map((h) => ({ date: h.date, list_price: yuan(h.list), lowest_transaction_price: h.transaction === undefined ? null : yuan(h.transaction) })),
        }),
      )
      .join('\n');
    const file = path.join(temp, 'catalog.ndjson');
    writeFileSync(file, `${ndjson}\n`);
    const { code, body } = await json(['check', 'promotion', DRESSES, ...NOW, '--catalog', file, '--sku', 'DRS-001', '--tier', 'svip']);
    expect(code).toBe(0);
    expect(body.prices).toEqual([expect.objectContaining({ single: 15224, worst: 11275, floor: 9450 })]);
  });

  it('--tier narrows the table, not the verdict: svip alone still reports the inversions against lower tiers', async () => {
    // the demo's pre-launch gate: demo-apparel holds tier inversions at warning
    const { code, body } = await json(['check', 'promotion', DRESSES, ...NOW, '--tier', 'svip', '--fail-on', 'warning']);
    expect(code).toBe(1);
    expect(new Set(body.prices.map((r) => r.tier))).toEqual(new Set(['svip']));
    expect(body.diagnostics.filter((d) => d.code === 'promotion/tier-inversion')).toHaveLength(4);
  });

  it('--sku and --tier narrow the rows', async () => {
    const { body } = await json(['check', 'promotion', DRESSES, ...NOW, '--sku', 'DRS-001,DRS-002', '--tier', 'svip']);
    expect(body.prices.map((r) => `${r.sku}/${r.tier}`).sort()).toEqual(['DRS-001/svip', 'DRS-002/svip']);
  });
});

describe('a proposal that breaks the rules', () => {
  it('is refused with the right codes, each located in the proposal (exit 1)', async () => {
    const { code, body } = await json(['check', 'promotion', BROKEN, ...STORE, ...NOW]);
    expect(code).toBe(1);
    const codes = new Set(body.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code));
    for (const expected of [
      'promotion/price-raised-before',
      'promotion/reference-price',
      'promotion/not-combinable',
      'promotion/review-inducement',
      'promotion/prize-cap',
      'promotion/disclosure',
    ]) {
      expect(codes).toContain(expected);
    }
    const text = readFileSync(path.join(root, BROKEN), 'utf8').split('\n');
    const at = (code: string) => body.diagnostics.find((d) => d.code === code)!;
    expect(text[(at('promotion/prize-cap').line as number) - 1]).toContain('value: 60000');
    expect(text[(at('promotion/reference-price').line as number) - 1]).toContain('reference_price: 169');
    expect(body.diagnostics.every((d) => d.file === BROKEN)).toBe(true);
  });

  it('finds its store from metadata.store when it lives outside policies/', async () => {
    const result = await run(['check', 'promotion', BROKEN, ...NOW, '--format', 'json', '--sku', 'TOP-005']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).prices.every((r: Row) => r.sku === 'TOP-005')).toBe(true);
  });

  it('refuses joining Double 11 when the store\'s DSR is below the event requirement (promotion/event-eligibility)', async () => {
    // the metrics belong to the Store, not to a proposal: lower them in a copy of the store
    const copy = path.join(temp, 'shaky');
    cpSync(path.join(root, 'policies/_base'), path.join(copy, '_base'), { recursive: true });
    cpSync(path.join(root, 'policies/demo-apparel'), path.join(copy, 'demo-apparel'), { recursive: true });
    const storeFile = path.join(copy, 'demo-apparel/store.yaml');
    const text = readFileSync(storeFile, 'utf8');
    expect(text).toContain('logistics: 4.7}');
    writeFileSync(storeFile, text.replace('logistics: 4.7}', 'logistics: 4.5}'));
    const { code, body } = await json(['check', 'promotion', DRESSES, '--store', path.join(copy, 'demo-apparel'), ...NOW]);
    expect(code).toBe(1);
    const finding = body.diagnostics.find((d) => d.code === 'promotion/event-eligibility');
    const line = readFileSync(path.join(root, DRESSES), 'utf8').split('\n').findIndex((l) => l.startsWith('  event: double11')) + 1;
    expect(finding).toMatchObject({ severity: 'error', file: DRESSES, line });
    expect(String(finding!.message)).toContain('4.5');
  });

  it('exits 0 with --fail-on never, and still reports everything', async () => {
    const result = await run(['check', 'promotion', BROKEN, ...STORE, ...NOW, '--fail-on', 'never']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('promotion/prize-cap');
  });
});

describe('price table and Markdown report', () => {
  it('pretty puts floor breaches first and marks them without colour', async () => {
    const file = variant('deep-cut.yaml', (text) => text.replace('percent_off: 15', 'percent_off: 60'));
    const result = await run(['check', 'promotion', file, ...STORE, ...NOW]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const header = lines.findIndex((l) => /^promotion\s+SKU\s+tier\s+list\s+single\s+worst\s+floor\s+margin/.test(l));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toMatch(/BELOW FLOOR$/);
    expect(lines[header - 1]).toMatch(/^Prices: 48 rows .* below the floor/);
    expect(result.stdout).toContain('promotion/price-floor');
  });

  it('markdown has the verdict, a findings table linking rule docs, and the price rows in yuan', async () => {
    const result = await run(['check', 'promotion', BROKEN, ...STORE, ...NOW, '--format', 'markdown']);
    expect(result.code).toBe(1);
    const md = result.stdout;
    expect(md.split('\n')[0]).toBe('### ❌ `storepolicy check promotion`');
    expect(md).toContain('| rule | where | why and how to fix |');
    expect(md).toMatch(/\| 🔴 error \| \[`promotion\/prize-cap`\]\(docs\/rules\/promotion\/prize-cap\.md\) \| `examples\/proposals\/double11-broken\.yaml:\d+:\d+` \|/);
    expect(md).toContain('| promotion | SKU | tier | list | single | worst | floor | margin |');
    expect(md).toContain('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |');
    expect(md).toMatch(/\| double11-turtleneck-flash \| TOP-005 \| svip \| 169\.00 \| 99\.00 \| 99\.00 \| \d+\.\d\d \| \+\d+\.\d% \|/);
  });

  it('markdown links rule docs at the commit when it runs in GitHub Actions', async () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'abc123' };
    const result = await run(['check', 'promotion', BROKEN, ...NOW, '--format', 'markdown'], env);
    expect(result.stdout).toContain('[`promotion/prize-cap`](https://github.com/acme/shop/blob/abc123/docs/rules/promotion/prize-cap.md)');
  });

  // The SPEC example ends at 11868 after the store's coupon; demo-apparel's svip tier also has a
  // birthday coupon (50 off 1000) that the worst case counts (SPEC section 9): 11868 - 593 = 11275.
  it('markdown of the worked example shows the DRS-001 svip row', async () => {
    const result = await run(['check', 'promotion', DRESSES, ...NOW, '--format', 'markdown', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| double11-dresses | DRS-001 | svip | 199.00 | 152.24 | 112.75 | 94.50 | +40.9% |');
  });

  it('tier inversions: one finding per inverted tier with the numbers of issue 15, rows marked in the table, JSON and Markdown', async () => {
    const { code, body } = await json(['check', 'promotion', DRESSES, ...NOW, '--fail-on', 'warning']);
    expect(code).toBe(1);
    const found = body.diagnostics.filter((d) => d.code === 'promotion/tier-inversion');
    expect(found.map((d) => d.message)).toEqual([
      'DRS-002: svip pays 198.14, more than gold (189.14): the svip price 198.14 misses the 199.00 minimum spend of the coupon double11-coupon-20-off-199 by 0.86, which the gold price reaches',
      'DRS-012: silver pays 279.05, more than regular (245.15): the silver price 299.05 misses the 300.00 threshold of double11-every-300-off-40 by 0.95, which the regular price reaches',
      'DRS-012: gold pays 269.89, more than regular (245.15): the gold price 289.89 misses the 300.00 threshold of double11-every-300-off-40 by 10.11, which the regular price reaches',
      'DRS-012: svip pays 254.64, more than regular (245.15): the svip price 274.64 misses the 300.00 threshold of double11-every-300-off-40 by 25.36, which the regular price reaches',
    ]);
    // demo-apparel's tier_inversion: warning
    expect(found[1]).toMatchObject({ severity: 'warning', file: DRESSES, line: 22, column: 16 });
    expect((found[1]!.related as Array<{ file: string; line: number }>)[0]).toMatchObject({
      file: 'policies/demo-apparel/promotions/double11-every-300-off-40.yaml',
    });
    const silver = body.prices.find((r) => r.sku === 'DRS-012' && r.tier === 'silver') as Row & { paysMoreThan?: unknown };
    expect(silver.paysMoreThan).toEqual({ tier: 'regular', single: 24515, lever: 'threshold', promotion: 'double11-every-300-off-40', reach: 29905, need: 30000 });

    const table = (await run(['check', 'promotion', DRESSES, ...NOW, '--lang', 'en'])).stdout.split('\n');
    // breaches first, then the inverted rows, marked so they survive without colour
    expect(table.slice(2, 6).map((line) => line.replace(/\s+/g, ' '))).toEqual([
      'double11-dresses DRS-002 svip 259.00 198.14 146.74 118.00 +39.8% PAYS MORE THAN gold',
      'double11-dresses DRS-012 svip 359.00 254.64 207.12 168.00 +38.1% PAYS MORE THAN regular',
      'double11-dresses DRS-012 gold 359.00 269.89 217.37 168.00 +44.9% PAYS MORE THAN regular',
      'double11-dresses DRS-012 silver 359.00 279.05 231.21 168.00 +54.1% PAYS MORE THAN regular',
    ]);
    const md = (await run(['check', 'promotion', DRESSES, ...NOW, '--format', 'markdown', '--lang', 'en'])).stdout;
    expect(md).toContain('| double11-dresses | DRS-012 | silver | 359.00 | **279.05** ⚠️ PAYS MORE THAN regular | 231.21 | 168.00 | +54.1% |');
  });
});

describe('input errors exit 2 with one clear line, never a stack trace', () => {
  it('a missing catalogue', async () => {
    const result = await run(['check', 'promotion', DRESSES, ...NOW, '--catalog', 'nope.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('storepolicy: nope.csv: cannot read the catalogue (ENOENT); export it there or pass --catalog FILE\n');
  });

  it('a catalogue row with three decimals, located at file:line:column', async () => {
    const catalog = path.join(temp, 'catalog.csv');
    writeFileSync(catalog, 'sku,category,list_price,cost\nDRS-001,dresses,199.00,80\nDRS-002,dresses,259.001,105\n');
    const result = await run(['check', 'promotion', DRESSES, ...NOW, '--catalog', catalog]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${catalog}:3:17: list_price: "259.001" is not an amount in yuan with at most two decimals`);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('a store that cannot be found, and a file that is not a Promotion', async () => {
    expect(await run(['check', 'promotion', DRESSES, ...NOW, '--store', 'policies/nope'])).toMatchObject({ code: 2 });
    const notPromotion = await run(['check', 'promotion', 'policies/demo-apparel/store.yaml', ...NOW]);
    expect(notPromotion.code).toBe(2);
    expect(notPromotion.stderr).toContain('is not a Promotion');
  });

  it('a --tier or --sku that does not exist, naming what does', async () => {
    const tier = await run(['check', 'promotion', DRESSES, ...NOW, '--tier', 'platinum']);
    expect(tier).toMatchObject({ code: 2, stderr: 'storepolicy: --tier platinum: no such member tier (known: regular, silver, gold, svip)\n' });
    const sku = await run(['check', 'promotion', DRESSES, ...NOW, '--sku', 'DRS-001,DRS-999']);
    expect(sku).toMatchObject({ code: 2, stderr: 'storepolicy: --sku DRS-999: not in policies/demo-apparel/catalog.csv\n' });
  });

  it('a --now without offset', async () => {
    const result = await run(['check', 'promotion', DRESSES, '--now', '2026-11-07T10:00:00']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('expected an ISO time with offset');
  });
});

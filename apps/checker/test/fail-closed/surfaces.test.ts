import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleApp } from '../console/fixture.js';
import { hasCode, LspClient } from '../lsp/client.js';
import { findings, type CliResult } from '../validate/run-cli.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "another surface tells less than the CLI" (SPEC section 9):
// the language server and the console share the engine with the CLI, and a
// store manager in the editor or an operator in the console must see the
// finding the command reports: same code, severity and place. Each case is
// run through the CLI and through the surface, in the same broken copy.
// Two were holes on the old main (the console's dry-run, Markdown and explain
// had no catalog/unknown-category, its listing paste dropped listing/unknown-category);
// the others held already and stay as guards of the surfaces' parity.

let repo: LawRepo;
let client: LspClient | undefined;
beforeEach(() => {
  repo = lawRepo(['demo-apparel']);
});
afterEach(async () => {
  await client?.close();
  client = undefined;
  repo.cleanup();
});

type Found = { code: string; severity: string; file: string; line: number; column: number };
// The CLI names files from the repository (its working directory here), the console from the
// server process's working directory: take whichever reading lands inside the repository.
const rel = (file: string) => {
  const inside = [path.resolve(repo.root, file), path.resolve(file)].find((abs) => abs.startsWith(repo.root + path.sep)) ?? file;
  return path.relative(repo.root, inside).split(path.sep).join('/');
};
const places = (found: Found[], code: string) => found.filter((f) => f.code === code).map((f) => [f.severity, rel(f.file), f.line, f.column]);

// ---------------------------------------------------------------- the console

const STORE = 'demo-apparel';
const NOW = '2026-11-07T10:00:00+08:00';
const WINDOW = '  window: {start: "2026-11-20T00:00:00+08:00", end: "2026-11-21T00:00:00+08:00"}\n';

function promotionYaml(name: string, spec: string): string {
  return `apiVersion: storepolicy/v1\nkind: Promotion\nmetadata: {store: ${STORE}, name: ${name}}\nspec:\n${spec}`;
}

/** The proposal through `check promotion` (saved where the console's Save would put it) and through /api/dry-run. */
async function bothWays(name: string, spec: string) {
  const yaml = promotionYaml(name, spec);
  const file = `policies/${STORE}/proposals/${name}.yaml`;
  repo.write(file, yaml);
  const cli = await repo.run(['check', 'promotion', file, '--store', `policies/${STORE}`, '--now', NOW, '--format', 'json']);
  repo.remove(file); // the console's draft stands in for it
  const res = await consoleApp(repo.root).request('/api/dry-run', { body: { store: STORE, name, yaml, now: NOW } });
  expect(res.status).toBe(200);
  const answer = (await res.json()) as { report: { diagnostics: Found[] }; prices: Price[] };
  return { cli, answer };
}

interface Price {
  sku: string;
  tier: string;
  single: number;
  worst: number;
  floor: number;
}
const matrix = (rows: Price[]) => rows.map((r) => [r.sku, r.tier, r.single, r.worst, r.floor]);
const cliPrices = (result: CliResult) => (JSON.parse(result.stdout) as { prices: Price[] }).prices;

describe('fail closed: the console prices and finds what check promotion does', () => {
  it('a calendar flash sale ending inside the window: the worst prices and price-floor findings match, in fen', async () => {
    repo.write(
      `policies/${STORE}/promotions/flash-morning.yaml`,
      promotionYaml(
        'flash-morning',
        '  type: flash_sale\n  status: approved\n  fixed_price: "150.00"\n  stock_cap: 100\n' +
          '  window: {start: "2026-11-19T00:00:00+08:00", end: "2026-11-20T12:00:00+08:00"}\n  scope: {skus: [DRS-001]}\n',
      ),
    );
    const { cli, answer } = await bothWays('deep-day', `  type: product_discount\n  percent_off: 45\n${WINDOW}  scope: {skus: [DRS-001]}\n`);
    // the afternoon after the flash sale: 45% off with the member price (see gate-pricing.test.ts for the fen)
    expect(matrix(answer.prices)).toEqual([
      ['DRS-001', 'regular', 10945, 10945, 9700],
      ['DRS-001', 'silver', 10726, 10368, 9700],
      ['DRS-001', 'gold', 10398, 9774, 9700],
      ['DRS-001', 'svip', 9851, 9358, 9700],
    ]);
    expect(matrix(answer.prices)).toEqual(matrix(cliPrices(cli)));
    expect(cli.code).toBe(1);
    expect(places(answer.report.diagnostics, 'promotion/price-floor')).toEqual(places(findings(cli), 'promotion/price-floor'));
    expect(places(answer.report.diagnostics, 'promotion/price-floor')).toHaveLength(1);
  });

  it("the buyer's choice between a global 满减 and a coupon: the console's worst price is check promotion's", async () => {
    repo.write(
      `policies/${STORE}/promotions/t300-100.yaml`,
      promotionYaml(
        't300-100',
        `  type: threshold_reduction\n  status: approved\n  threshold: {spend: 300, off: 100}\n  exclusive: global\n${WINDOW}  scope: {all: true}\n  terms: {zh: 满300减100}\n`,
      ),
    );
    const { cli, answer } = await bothWays('c90', `  type: coupon\n  coupon: {amount: 90, min_spend: 0}\n${WINDOW}  scope: {skus: [DRS-001]}\n  terms: {zh: 无门槛90元券}\n`);
    expect(matrix(answer.prices).map((r) => r.slice(1, 4))).toEqual([
      ['regular', 10900, 10900],
      ['silver', 10502, 10152],
      ['gold', 9905, 9311],
      ['svip', 8910, 8464],
    ]);
    expect(matrix(answer.prices)).toEqual(matrix(cliPrices(cli)));
    // gold and svip are below the 97.00 floor, on both surfaces at the same place
    expect(places(answer.report.diagnostics, 'promotion/price-floor')).toHaveLength(2);
    expect(places(answer.report.diagnostics, 'promotion/price-floor')).toEqual(places(findings(cli), 'promotion/price-floor'));
  });

  it('a catalogue row in a category the store lacks is catalog/unknown-category in the console too (it was missing)', async () => {
    repo.edit(`policies/${STORE}/catalog.csv`, 'DRS-002,法式方领连衣裙 French square-neck dress,dresses,', 'DRS-002,法式方领连衣裙 French square-neck dress,dresss,');
    const { cli, answer } = await bothWays('dresses-10', `  type: product_discount\n  percent_off: 10\n${WINDOW}  scope: {categories: [dresses]}\n`);
    const text = repo.read(`policies/${STORE}/catalog.csv`);
    const line = text.split('\n').findIndex((l) => l.startsWith('DRS-002,')) + 1;
    const expected = [['error', `policies/${STORE}/catalog.csv`, line, text.split('\n')[line - 1]!.indexOf('dresss') + 1]];
    expect(places(findings(cli), 'catalog/unknown-category')).toEqual(expected);
    expect(places(answer.report.diagnostics, 'catalog/unknown-category')).toEqual(expected);
    // the pull-request comment and a cell's explain say it too, as `check promotion --format markdown` and `explain` do
    const body = { store: STORE, name: 'dresses-10', yaml: promotionYaml('dresses-10', `  type: product_discount\n  percent_off: 10\n${WINDOW}  scope: {skus: [DRS-002]}\n`), now: NOW };
    const markdown = (await (await consoleApp(repo.root).request('/api/markdown', { body })).json()) as { markdown: string };
    expect(markdown.markdown).toContain('catalog/unknown-category');
    repo.write(`policies/${STORE}/proposals/dresses-10.yaml`, body.yaml);
    const cliExplain = await repo.run(['explain', `policies/${STORE}/proposals/dresses-10.yaml`, '--sku', 'DRS-002', '--tier', 'svip', '--now', NOW]);
    expect(cliExplain.code).toBe(1);
    expect(cliExplain.stdout).toContain('catalog/unknown-category');
    const explained = (await (await consoleApp(repo.root).request('/api/explain', { body: { ...body, sku: 'DRS-002', tier: 'svip' } })).json()) as { text: string; rows: unknown[] };
    expect(explained.rows).toEqual([]);
    expect(explained.text).toContain('catalog/unknown-category');
    expect(explained.text).toContain(`catalog.csv:${line}:${expected[0]![3]}`);
  });

  it('a pasted listing in a category the store lacks is listing/unknown-category, as check listing says (it was dropped)', async () => {
    const row = `${JSON.stringify({ sku: 'M-1', title: '连衣裙', category: 'dresss', price: '99', size_chart: true })}\n`;
    const cli = await repo.run(['check', 'listing', '-', '--store', `policies/${STORE}`, '--format', 'json'], row);
    expect(cli.code).toBe(1);
    expect(findings(cli).filter((f) => f.code === 'listing/unknown-category').map((f) => f.severity)).toEqual(['error']);
    const res = await consoleApp(repo.root).request('/api/listing', { body: { store: STORE, title: '连衣裙', category: 'dresss' } });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { findings: { code: string; severity: string; field: string; message: string }[] };
    const found = answer.findings.filter((f) => f.code === 'listing/unknown-category');
    expect(found.map((f) => [f.severity, f.field])).toEqual([['error', 'category']]);
    expect(found[0]!.message).toContain('"dresses"');
  });

  it('a schema error that leaves the member tiers out: the console says so where check promotion does, and prices alike', async () => {
    repo.edit(`policies/${STORE}/member-tiers.yaml`, 'price_percent: 90', 'price_percent: "50"');
    const { cli, answer } = await bothWays('p10', `  type: product_discount\n  percent_off: 10\n${WINDOW}  scope: {skus: [DRS-001]}\n`);
    expect(cli.code).toBe(1);
    expect(places(findings(cli), 'schema/type')).toHaveLength(1);
    expect(places(answer.report.diagnostics, 'schema/type')).toEqual(places(findings(cli), 'schema/type'));
    expect(matrix(answer.prices)).toEqual(matrix(cliPrices(cli)));
  });

  it('a law set re-declared by the store: the listing paste is refused at the place check listing names', async () => {
    repo.edit(`policies/${STORE}/compliance.yaml`, '  term_sets:\n', '  term_sets:\n    - {id: ad-law-absolute, check: banned-term, law: true, severity: error, source: x, terms: [国家级]}\n');
    const row = `${JSON.stringify({ sku: 'M-1', title: '连衣裙 全网最低价', category: 'dresses', price: '99', size_chart: true })}\n`;
    const cli = await repo.run(['check', 'listing', '-', '--store', `policies/${STORE}`, '--format', 'json'], row);
    expect(cli.code).toBe(2);
    const at = /compliance\.yaml:(\d+:\d+): compliance\/loosens-law/.exec(cli.stderr)?.[1];
    expect(at).toBeDefined();
    const res = await consoleApp(repo.root).request('/api/listing', { body: { store: STORE, title: '连衣裙 全网最低价', category: 'dresses' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: string }).error).toContain(`compliance.yaml:${at}: compliance/loosens-law`);
  });
});

// ---------------------------------------------------------- the language server

const LSP_NOW = '2026-10-20T10:00:00+08:00';
const WAIVER = `policies/${STORE}/waivers/planted.yaml`;
const lspFound = (file: string, diagnostics: { code?: string | number; severity?: number; range: { start: { line: number; character: number } } }[]) =>
  diagnostics.map((d) => ({
    code: String(d.code),
    severity: ['', 'error', 'warning', 'info'][d.severity ?? 1]!,
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  }));

async function validate() {
  return findings(await repo.run(['validate', 'policies', '--format', 'json', '--now', LSP_NOW]));
}

async function editor(file: string, code: string) {
  client = new LspClient(repo.root);
  await client.initialize();
  await client.open(file);
  return lspFound(file, await client.diagnostics(file, hasCode(code)));
}

describe('fail closed: the editor shows what validate refuses, where validate puts it', () => {
  it('a waiver of schema/type is waiver/not-waivable in the editor, and the schema error stays an error', async () => {
    const tiers = `policies/${STORE}/member-tiers.yaml`;
    repo.edit(tiers, 'price_percent: 90', 'price_percent: "50"');
    repo.write(
      WAIVER,
      [
        'apiVersion: storepolicy/v1',
        'kind: Waiver',
        `metadata: {store: ${STORE}, name: planted}`,
        'spec:',
        '  rule: schema/type',
        '  target: {file: "**"}',
        '  reason: {zh: 试运行, en: pilot}',
        '  approved_by: li.na@example.com',
        '  expires: 2026-11-10',
        '',
      ].join('\n'),
    );
    const cli = await validate();
    expect(places(cli, 'waiver/not-waivable')).toEqual([['error', WAIVER, 5, 9]]);
    expect(places(cli, 'schema/type')).toHaveLength(1);
    const inWaiver = await editor(WAIVER, 'waiver/not-waivable');
    expect(places(inWaiver, 'waiver/not-waivable')).toEqual(places(cli, 'waiver/not-waivable'));
    await client!.open(tiers);
    const inTiers = lspFound(tiers, await client!.diagnostics(tiers, hasCode('schema/type')));
    expect(places(inTiers, 'schema/type')).toEqual(places(cli, 'schema/type'));
  });

  it('a compliance policy with its extends removed is compliance/no-baseline in the editor, at validate\'s place', async () => {
    const compliance = `policies/${STORE}/compliance.yaml`;
    repo.edit(compliance, '  extends: ../_base/cn-regulations.yaml\n', '');
    const cli = await validate();
    expect(places(cli, 'compliance/no-baseline')).toHaveLength(1);
    expect(places(await editor(compliance, 'compliance/no-baseline'), 'compliance/no-baseline')).toEqual(places(cli, 'compliance/no-baseline'));
  });

  it('a compliance policy re-declaring a law set is compliance/loosens-law in the editor, every place validate names', async () => {
    const compliance = `policies/${STORE}/compliance.yaml`;
    repo.edit(compliance, '  term_sets:\n', '  term_sets:\n    - {id: ad-law-absolute, check: banned-term, law: true, severity: error, source: x, terms: [国家级]}\n');
    const cli = await validate();
    expect(places(cli, 'compliance/loosens-law').length).toBeGreaterThan(0);
    expect(places(await editor(compliance, 'compliance/loosens-law'), 'compliance/loosens-law')).toEqual(places(cli, 'compliance/loosens-law'));
  });
});

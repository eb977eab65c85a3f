import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { CLI, ndjsonLines } from './run.js';

// The store's waivers in `check listing`: YAML listings as in validate, bulk
// rows by file, SKU and the pointer the report shows; counted apart in every
// format; expired waivers reported where they mattered, unused ones where the
// run saw the whole file they name. A copy of the demo store, run from its root.
const ROOT = path.resolve(CLI, '../../../..');
const NOW = '2026-11-20T10:00:00+08:00';
const CSV = 'policies/demo-apparel/catalog-export.csv';
const SPAM = 'policies/demo-apparel/listings/drs-002-square-neck-spam.yaml';
const HONEST = 'policies/demo-apparel/listings/drs-001-floral-dress.yaml';

const WAIVERS: Record<string, [rule: string, target: string, expires: string]> = {
  // a YAML listing, by file and pointer
  'ship-promise-yaml': ['listing/ship-promise', `{file: ${SPAM}, pointer: /spec/ship_within_hours}`, '2026-11-30'],
  // a bulk row by SKU alone, wherever it is
  'size-chart-sku': ['listing/size-chart', '{sku: DRS-005}', '2026-11-30'],
  // a bulk row by file and SKU: both of its claims
  'claim-csv-row': ['listing/claim', `{file: ${CSV}, sku: TOP-003}`, '2026-11-30'],
  // a pointer as the report shows it for a row: the main image, not the image count
  'images-main': ['listing/images', `{file: ${CSV}, pointer: /images/0}`, '2026-11-30'],
  // expired: TOP-010's refusal of returns fails again, in the YAML listing and in the export
  'returns-expired': ['listing/return-promise', '{sku: TOP-010}', '2026-11-01'],
  // names a file this run checks whole, and matches nothing there
  'claim-unused': ['listing/claim', `{file: ${HONEST}}`, '2026-11-30'],
  // a SKU this run may simply not have seen: not reported
  'claim-other-sku': ['listing/claim', '{sku: NOPE-1}', '2026-11-30'],
  // an expired waiver that matches nothing here: validate's business, not reported
  'expired-elsewhere': ['listing/claim', '{sku: NOPE-2}', '2026-11-01'],
  // a listing rule that does not exist
  'typo': ['listing/banned-terms', '{sku: DRS-002}', '2026-11-30'],
  // a promotion waiver never covers a listing
  'promotion': ['listing/ship-promise', '{promotion: double11-dresses}', '2026-11-30'],
};

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'listing-waivers-'));
  for (const part of ['policies/_base', 'policies/demo-apparel', 'schemas']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  mkdirSync(path.join(dir, 'policies/demo-apparel/waivers'));
  for (const [name, [rule, target, expires]] of Object.entries(WAIVERS)) {
    writeFileSync(
      path.join(dir, `policies/demo-apparel/waivers/${name}.yaml`),
      [
        'apiVersion: storepolicy/v1',
        'kind: Waiver',
        `metadata: {store: demo-apparel, name: ${name}}`,
        'spec:',
        `  rule: ${rule}`,
        `  target: ${target}`,
        '  reason: {zh: 试运行, en: pilot}',
        '  approved_by: li.na@example.com',
        `  expires: ${expires}`,
        '',
      ].join('\n'),
    );
  }
  return dir;
}

const cwd = repo();

async function storepolicy(args: string[]) {
  return runInProcess(args, { cwd });
}

interface JsonDiagnostic {
  code: string;
  severity: string;
  messageId: string;
  file: string;
  pointer: string;
  line: number;
  waivedBy?: { file: string; reason: string; expires: string };
}

const waiverFile = (name: string) => `policies/demo-apparel/waivers/${name}.yaml`;

describe('check listing: waivers', () => {
  const args = ['check', 'listing', 'policies/demo-apparel/listings', CSV, '--encoding', 'gb18030', '--now', NOW];

  it('json: waived findings are marked and counted apart; the waivers this run can judge report themselves', async () => {
    const result = await storepolicy([...args, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout) as { summary: Record<string, number>; diagnostics: JsonDiagnostic[] };
    const waived = body.diagnostics.filter((d) => d.waivedBy).map((d) => [d.code, d.file, d.pointer, d.line, path.basename(d.waivedBy!.file, '.yaml')]);
    expect(waived).toEqual([
      ['listing/images', CSV, '/images/0', 4, 'images-main'],
      ['listing/size-chart', CSV, '/size_chart', 7, 'size-chart-sku'],
      ['listing/claim', CSV, '/title', 9, 'claim-csv-row'],
      ['listing/claim', CSV, '/description', 9, 'claim-csv-row'],
      ['listing/ship-promise', SPAM, '/spec/ship_within_hours', 28, 'ship-promise-yaml'],
    ]);
    expect(body.diagnostics.find((d) => d.waivedBy)!.waivedBy).toEqual({ file: waiverFile('images-main'), reason: 'pilot / 试运行', expires: '2026-11-30' });
    // the image count on the same row is another pointer: not waived
    expect(body.diagnostics.filter((d) => d.code === 'listing/images' && d.file === CSV && !d.waivedBy).map((d) => d.pointer)).toEqual(['/images']);
    // the expired waiver waives nothing: both refusals fail again
    expect(body.diagnostics.filter((d) => d.code === 'listing/return-promise').map((d) => [d.file, Boolean(d.waivedBy)])).toEqual([
      [CSV, false],
      ['policies/demo-apparel/listings/top-010-clearance-no-returns.yaml', false],
    ]);
    const own = body.diagnostics.filter((d) => d.code.startsWith('waiver/')).map((d) => [d.messageId, d.severity, d.file]);
    expect(own).toEqual([
      ['waiver/unused.unused', 'warning', waiverFile('claim-unused')],
      ['waiver/expired.expired', 'error', waiverFile('returns-expired')],
      ['waiver/unused.unknownRule', 'warning', waiverFile('typo')],
    ]);
    expect(body.summary).toMatchObject({ files: 5, waived: 5 });
  });

  it('sarif: waived results carry an accepted suppression with the reason', async () => {
    const result = await storepolicy([...args, '--format', 'sarif']);
    const results = (JSON.parse(result.stdout) as { runs: { results: { ruleId: string; suppressions?: { status: string; justification: string }[] }[] }[] }).runs[0]!.results;
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.ruleId)).toEqual(['listing/images', 'listing/size-chart', 'listing/claim', 'listing/claim', 'listing/ship-promise']);
    expect(suppressed[0]!.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: `pilot / 试运行 (${waiverFile('images-main')}, expires 2026-11-30)` },
    ]);
  });

  it('ndjson: a row whose only errors are waived is ok, each waived finding says by what', async () => {
    const result = await storepolicy(['check', 'listing', CSV, '--encoding', 'gb18030', '--now', NOW, '--format', 'ndjson']);
    const top003 = ndjsonLines(result.stdout).find((l) => l.sku === 'TOP-003')!;
    expect(top003.ok).toBe(true);
    expect(top003.findings.map((f) => [f.code, (f as { waivedBy?: { file: string } }).waivedBy?.file])).toEqual([
      ['listing/claim', waiverFile('claim-csv-row')],
      ['listing/claim', waiverFile('claim-csv-row')],
    ]);
    // the expired waiver's finding is on stderr, stdout stays one line per row
    expect(result.stderr).toContain('waiver/expired');
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(12);
  });

  it('pretty: waived findings are marked, and the summary has a waived column and total', async () => {
    const result = await storepolicy([...args]);
    expect(result.stdout).toContain('  waived listing/claim "治疗"');
    expect(result.stdout).toContain(`    waived by ${waiverFile('claim-csv-row')} until 2026-11-30: pilot / 试运行\n`);
    expect(result.stdout).toMatch(/rule +errors +warnings +infos +waived\n/);
    expect(result.stdout).toMatch(/listing\/claim +\d+ +\d+ +0 +2\n/);
    expect(result.stdout).toMatch(/waiver\/expired +1 +0 +0 +0\n/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/, 5 waived$/);
  });

  it('exit codes: a run whose only errors are waived passes; an unused waiver fails only --fail-on warning', async () => {
    const clean = await storepolicy(['check', 'listing', HONEST, '--now', NOW, '--format', 'json']);
    expect(clean.code).toBe(0);
    // the waiver naming this file matched nothing in it; the misspelt rule is reported in every run
    expect((JSON.parse(clean.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.map((d) => [d.messageId, path.basename(d.file, '.yaml')])).toEqual([
      ['waiver/unused.unused', 'claim-unused'],
      ['waiver/unused.unknownRule', 'typo'],
    ]);
    expect((await storepolicy(['check', 'listing', HONEST, '--now', NOW, '--format', 'json', '--fail-on', 'warning'])).code).toBe(1);
  });

  it('the waivers are judged at --now, within --waiver-max-days', async () => {
    const later = await storepolicy([...args, '--format', 'json', '--now', '2026-12-01T00:00:00+08:00']);
    const body = JSON.parse(later.stdout) as { summary: { waived: number }; diagnostics: JsonDiagnostic[] };
    expect(body.summary.waived).toBe(0);
    expect(body.diagnostics.filter((d) => d.code === 'waiver/expired').map((d) => path.basename(d.file, '.yaml')).sort()).toEqual([
      'claim-csv-row',
      'images-main',
      'returns-expired',
      'ship-promise-yaml',
      'size-chart-sku',
    ]);
    const strict = await storepolicy([...args, '--format', 'json', '--waiver-max-days', '5']);
    expect((JSON.parse(strict.stdout) as { summary: { waived: number } }).summary.waived).toBe(0);
    expect((await storepolicy([...args, '--waiver-max-days', 'x'])).code).toBe(2);
  });

  it('validate does not call a listing waiver unused: only check listing can tell', async () => {
    const result = await storepolicy(['validate', 'policies/demo-apparel', '--now', NOW, '--format', 'json']);
    const own = (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.filter((d) => d.code.startsWith('waiver/'));
    expect(own.map((d) => [d.messageId, path.basename(d.file, '.yaml')])).toEqual([
      ['waiver/expired.expired', 'expired-elsewhere'],
      ['waiver/expired.expired', 'returns-expired'],
      ['waiver/unused.unknownRule', 'typo'],
    ]);
  });
});

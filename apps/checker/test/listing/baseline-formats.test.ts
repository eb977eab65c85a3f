import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawRepo, type LawRepo } from '../fail-closed/_law-repo.js';

// `check listing --baseline` (issue 10): the findings a baseline knows are
// set aside like waived ones, and counted apart from them, in every format.
// The catalogue has one finding waived by a Waiver, two known to the
// baseline and one new error; each format must tell the three apart.

let repo: LawRepo;
const images = ['a', 'b', 'c', 'd', 'e'].map((name, i) => (i === 0 ? { url: `${name}.jpg`, real_shot: true } : { url: `${name}.jpg` }));
const base = { category: 'dresses', price: '99.00', size_chart: true, images };
const rows = [
  { ...base, sku: 'DRS-021', title: '全网最低 连衣裙' },
  { ...base, sku: 'DRS-022', title: '纯棉连衣裙', description: '售后加微信 shop2024' },
  { ...base, sku: 'DRS-023', title: '亚麻衬衫 顶级' },
];
const ndjson = (list: object[]) => list.map((r) => JSON.stringify(r)).join('\n') + '\n';
const WAIVER = `apiVersion: storepolicy/v1
kind: Waiver
metadata: {store: demo-apparel, name: waive-top}
spec:
  rule: listing/banned-term
  target: {sku: DRS-023}
  reason: 顶级 is the fabric grade on the supplier's certificate
  approved_by: ops-lead
  ticket: OPS-7
  expires: 2026-12-31
`;

beforeAll(async () => {
  repo = lawRepo(['demo-apparel']);
  repo.write('policies/demo-apparel/waivers/waive-top.yaml', WAIVER);
  // the baseline knows DRS-021 and DRS-022 as they are; DRS-024 is new
  repo.write('catalog.ndjson', ndjson(rows.slice(0, 2)));
  const written = await run(['--write-baseline', 'known.json', '--format', 'json']);
  expect(written.code).toBe(1);
  repo.write('catalog.ndjson', ndjson([...rows, { ...base, sku: 'DRS-024', title: '国家级 连衣裙' }]));
});
afterAll(() => repo.cleanup());

function run(args: string[]) {
  return repo.run(['check', 'listing', 'catalog.ndjson', '--store', 'policies/demo-apparel', '--now', '2026-12-01T00:00:00+08:00', ...args]);
}
const checked = (format: string, extra: string[] = []) => run(['--baseline', 'known.json', '--format', format, ...extra]);

describe('check listing --baseline: known findings counted apart from waived ones', () => {
  it('json: a summary count and each known finding names its baseline, apart from waivedBy', async () => {
    const result = await checked('json');
    expect(result.code).toBe(1); // DRS-024's 国家级 is new
    const body = JSON.parse(result.stdout) as { summary: Record<string, number>; diagnostics: { sku?: string; code: string; baseline?: string; waivedBy?: unknown }[] };
    expect(body.summary).toMatchObject({ errors: 1, waived: 1, baselined: 2 });
    const text = body.diagnostics.filter((d) => d.code !== 'waiver/unused');
    expect(text.map((d) => [d.sku, d.baseline ?? null, d.waivedBy ? 'waived' : null])).toEqual([
      ['DRS-021', 'known.json', null],
      ['DRS-022', 'known.json', null],
      ['DRS-023', null, 'waived'],
      ['DRS-024', null, null],
    ]);
  });

  it('json without a baseline has no baselined count (the contract of other runs is unchanged)', async () => {
    const body = JSON.parse((await run(['--format', 'json'])).stdout) as { summary: Record<string, number> };
    expect(body.summary).not.toHaveProperty('baselined');
    expect(body.summary.waived).toBe(1);
  });

  it('ndjson: "baseline" on a known finding, "waivedBy" on a waived one, and ok stays true for known rows', async () => {
    const result = await checked('ndjson');
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { sku: string; ok: boolean; findings: { baseline?: string; waivedBy?: unknown }[] });
    expect(lines.map((l) => [l.sku, l.ok, l.findings.map((f) => (f.baseline ? `baseline:${f.baseline}` : f.waivedBy ? 'waived' : 'new'))])).toEqual([
      ['DRS-021', true, ['baseline:known.json']],
      ['DRS-022', true, ['baseline:known.json']],
      ['DRS-023', true, ['waived']],
      ['DRS-024', false, ['new']],
    ]);
  });

  it('ndjson --summary and pretty: a baseline column and total apart from the waived ones', async () => {
    const summary = (await checked('ndjson', ['--summary'])).stderr;
    expect(summary).toMatch(/rule +errors +warnings +infos +waived +baseline/);
    expect(summary).toMatch(/listing\/banned-term +1 +0 +0 +1 +1/);
    expect(summary).toMatch(/listing\/contact-info +0 +0 +0 +0 +1/);
    expect(summary).toContain('4 listings in 1 file, 1 failing: 1 error, 0 warnings, 0 infos, 1 waived, 2 in the baseline');
    const pretty = (await checked('pretty')).stdout;
    expect(pretty).toContain('baselined listing/banned-term');
    expect(pretty).toContain('known finding in the baseline known.json');
    expect(pretty).toContain('waived listing/banned-term');
    expect(pretty).toContain('1 waived, 2 in the baseline');
    const zh = (await checked('pretty', ['--lang', 'zh'])).stdout;
    expect(zh).toContain('1 条已豁免，2 条在基线中');
  });

  it('sarif: known findings suppressed as in the baseline, and the run counts waived and baselined apart', async () => {
    const log = JSON.parse((await checked('sarif')).stdout) as {
      runs: { properties?: Record<string, number>; results: { properties: { sku: string }; baselineState?: string; suppressions?: { justification: string }[] }[] }[];
    };
    const run0 = log.runs[0]!;
    expect(run0.properties).toEqual({ waived: 1, baselined: 2 });
    const bySku = new Map(run0.results.map((r) => [r.properties.sku, r]));
    expect(bySku.get('DRS-021')!.suppressions![0]!.justification).toBe('known finding in the baseline known.json');
    expect(bySku.get('DRS-021')!.baselineState).toBe('unchanged');
    expect(bySku.get('DRS-023')!.suppressions![0]!.justification).toContain('waive-top.yaml');
    expect(bySku.get('DRS-023')!.baselineState).toBeUndefined();
    expect(bySku.get('DRS-024')!.suppressions).toBeUndefined();
  });

  it('junit: the suite counts waived and baselined findings apart; known ones are never a failure', async () => {
    const xml = (await checked('junit')).stdout;
    expect(xml).toContain('<property name="waived" value="1"/>');
    expect(xml).toContain('<property name="baselined" value="2"/>');
    // contact-info has only a known finding: skipped, with the baseline as the reason
    expect(xml).toMatch(/<testcase classname="catalog.ndjson" name="listing\/contact-info" file="catalog.ndjson"><skipped message="known finding in the baseline known.json"\/>/);
    expect(xml).toMatch(/<testsuites [^>]*failures="1"/);
  });

  it('github: known findings are notices titled "in the baseline", and the summary counts them apart', async () => {
    const out = (await checked('github')).stdout;
    const lines = out.trim().split('\n');
    expect(lines.filter((l) => l.includes('(in the baseline)')).map((l) => l.split(' ')[0])).toEqual(['::notice', '::notice']);
    expect(lines.filter((l) => l.includes('(waived)'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(1);
    expect(lines.at(-1)).toContain('1 waived, 2 in the baseline');
  });

  it('markdown: known findings in their own section, apart from the waived ones', async () => {
    const md = (await checked('markdown')).stdout;
    expect(md).toContain('<summary>Waived findings (1)</summary>');
    expect(md).toContain('<summary>Known findings in the baseline (2)</summary>');
    expect(md).toContain('1 waived, 2 in the baseline');
  });
});

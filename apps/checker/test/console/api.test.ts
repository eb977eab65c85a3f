import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/serve/app.js';
import { consoleApp, copyPolicies, DRESSES, NOW, repoRoot, TOKEN } from './fixture.js';

const dresses = readFileSync(path.join(repoRoot, DRESSES), 'utf8');
let copy: ReturnType<typeof copyPolicies>;
let api: ReturnType<typeof consoleApp>;

beforeAll(() => {
  copy = copyPolicies();
  rmSync(path.join(copy.dir, 'policies/demo-apparel/proposals'), { recursive: true, force: true });
  api = consoleApp(copy.dir);
});
afterAll(() => copy.cleanup());

const json = async (response: Response) => (await response.json()) as Record<string, any>;

describe('console API: reads', () => {
  it('lists the stores under policies/ (not the _base baseline)', async () => {
    const answer = await json(await api.request('/api/stores'));
    expect(answer.stores.map((s: { id: string }) => s.id)).toEqual(['demo-apparel', 'demo-food']);
  });

  it('overview: tiers, limits and event eligibility located at their YAML lines', async () => {
    const res = await api.request('/api/stores/demo-apparel/overview?lang=en');
    expect(res.status).toBe(200);
    const o = await json(res);
    const svip = o.tiers.find((t: { id: string }) => t.id === 'svip');
    expect(svip.pricePercent).toBe(90);
    const tiersText = readFileSync(path.join(repoRoot, 'policies/demo-apparel/member-tiers.yaml'), 'utf8').split('\n');
    expect(svip.source).toMatchObject({ line: tiersText.findIndex((l) => l.includes('- id: svip')) + 1, column: 7 });
    expect(svip.source.file).toMatch(/demo-apparel\/member-tiers\.yaml$/);
    const margin = o.limits.find((l: { key: string }) => l.key === 'min_margin');
    expect(margin.value).toBe('10%');
    expect(margin.source.file).toMatch(/promotion-policy\.yaml$/);
    const policyText = readFileSync(path.join(repoRoot, 'policies/demo-apparel/promotion-policy.yaml'), 'utf8').split('\n');
    expect(margin.source.line).toBe(policyText.findIndex((l) => l.includes('min_margin:')) + 1);
    expect(o.stacking.find((s: { type: string }) => s.type === 'flash_sale')).toMatchObject({ exclusive: 'global', allowWithGlobal: ['shipping'] });
    expect(o.events.find((e: { id: string }) => e.id === 'double11')).toMatchObject({ eligible: true, findings: [] });
  });

  it('an unknown store is a 404 naming the stores served', async () => {
    const res = await api.request('/api/stores/nope/overview');
    expect(res.status).toBe(404);
    expect((await json(res)).error).toContain('demo-apparel');
  });
});

describe('console API: dry-run and explain', () => {
  it('prices the SPEC worked example, then the svip birthday coupon: DRS-001 svip worst 112.75 against floor 94.50', async () => {
    const res = await api.request('/api/dry-run', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: dresses, now: NOW } });
    expect(res.status).toBe(200);
    const answer = await json(res);
    const row = answer.prices.find((r: { sku: string; tier: string }) => r.sku === 'DRS-001' && r.tier === 'svip');
    expect(row).toMatchObject({ single: 15224, worst: 11275, floor: 9450, cost: 8000 });
    // at or above the floor: no price-floor finding (other rules, e.g. tier inversion, may still speak)
    expect(answer.report.diagnostics.filter((d: { code: string }) => d.code === 'promotion/price-floor')).toEqual([]);
    expect(answer.file).toMatch(/proposals\/double11-dresses\.yaml$/);
  });

  it('carries the tier-inversion mark on the rows the matrix marks: DRS-012 silver pays more than regular', async () => {
    const answer = await json(await api.request('/api/dry-run', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: dresses, now: NOW } }));
    const marked = answer.prices.filter((r: { paysMoreThan?: unknown }) => r.paysMoreThan).map((r: { sku: string; tier: string }) => `${r.sku}/${r.tier}`);
    expect(marked.sort()).toEqual(['DRS-002/svip', 'DRS-012/gold', 'DRS-012/silver', 'DRS-012/svip']);
    const silver = answer.prices.find((r: { sku: string; tier: string }) => r.sku === 'DRS-012' && r.tier === 'silver');
    expect(silver.paysMoreThan).toEqual({ tier: 'regular', single: 24515, lever: 'threshold', promotion: 'double11-every-300-off-40', reach: 29905, need: 30000 });
    // one finding per marked row, as in check promotion
    expect(answer.report.diagnostics.filter((d: { code: string }) => d.code === 'promotion/tier-inversion')).toHaveLength(4);
  });

  it('a malformed field is a located schema finding, not an error response', async () => {
    const broken = dresses.replace('percent_off: 15', 'percent_off: lots');
    const answer = await json(await api.request('/api/dry-run', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: broken, now: NOW, lang: 'zh' } }));
    const line = broken.split('\n').findIndex((l) => l.includes('percent_off: lots')) + 1;
    const finding = answer.report.diagnostics.find((d: { line: number }) => d.line === line);
    expect(finding).toMatchObject({ severity: 'error', column: 16 });
    expect(finding.code).toMatch(/^schema\//);
    expect(answer.prices).toEqual([]);
  });

  it('a YAML syntax error is located too', async () => {
    const answer = await json(await api.request('/api/dry-run', { body: { store: 'demo-apparel', yaml: 'spec: [unclosed\n', now: NOW } }));
    expect(answer.report.diagnostics[0]).toMatchObject({ code: expect.stringMatching(/^yaml\//), line: expect.any(Number) });
  });

  it('a breach shows in the rows and as a promotion/price-floor finding', async () => {
    const deep = dresses.replace('percent_off: 15', 'percent_off: 45');
    const answer = await json(await api.request('/api/dry-run', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: deep, now: NOW } }));
    const below = answer.prices.filter((r: { worst: number; floor: number }) => r.worst < r.floor);
    expect(below.length).toBeGreaterThan(0);
    const floorFindings = answer.report.diagnostics.filter((d: { code: string }) => d.code === 'promotion/price-floor');
    expect(floorFindings.length).toBeGreaterThan(0);
  });

  it('explain returns the command trace of one cell', async () => {
    const res = await api.request('/api/explain', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: dresses, now: NOW, sku: 'DRS-001', tier: 'svip' } });
    const answer = await json(res);
    expect(answer.text).toContain('->   11868  coupon:double11-coupon-20-off-199');
    expect(answer.text).toContain('=    11275  worst stacked case (112.75)');
    expect(answer.text).toContain('floor 94.50');
  });

  it('explain of an unknown SKU is a 422 with the reason', async () => {
    const res = await api.request('/api/explain', { body: { store: 'demo-apparel', yaml: dresses, now: NOW, sku: 'NOPE-1', tier: 'svip' } });
    expect(res.status).toBe(422);
    expect((await json(res)).error).toContain('NOPE-1');
  });

  it('markdown is the check promotion --format markdown comment', async () => {
    const answer = await json(await api.request('/api/markdown', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: dresses, now: NOW } }));
    expect(answer.markdown).toContain('| double11-dresses | DRS-001 | svip |');
    expect(answer.markdown).toContain('112.75');
  });
});

describe('console API: hostile requests', () => {
  const body = { store: 'demo-apparel', yaml: dresses, now: NOW };
  it.each([
    ['a Host that is not the bound address (DNS rebinding)', { headers: { host: 'attacker.example:4178' } }, 421],
    ['a form post (no JSON content type)', { raw: 'store=demo-apparel', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
    ['a body that is not JSON', { raw: '{"store":', headers: { 'content-type': 'application/json' } }, 400],
    ['an unknown key', { body: { ...body, extra: 1 } }, 400],
    ['a __proto__ key', { raw: '{"store":"demo-apparel","yaml":"","__proto__":{"polluted":true}}', headers: { 'content-type': 'application/json' } }, 400],
    ['a wrong type', { body: { ...body, yaml: 42 } }, 400],
    ['a store id that is a path', { body: { ...body, store: '../etc' } }, 400],
    ['a proposal name that is a path', { body: { ...body, name: '../../../tmp/x' } }, 400],
    ['a bad --now', { body: { ...body, now: 'tomorrow' } }, 400],
    ['a proposal over 512 KB', { body: { ...body, yaml: 'x'.repeat(600 * 1024) } }, 400],
  ])('refuses %s', async (_label, init, status) => {
    const res = await api.request('/api/dry-run', init);
    expect(res.status).toBe(status);
    expect(typeof (await json(res)).error).toBe('string');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a body over the size limit before parsing it', async () => {
    const res = await api.request('/api/dry-run', { raw: JSON.stringify({ ...body, yaml: 'x'.repeat(BODY_LIMIT) }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
  });

  it('an unknown API path is a JSON 404', async () => {
    const res = await api.request('/api/nothing');
    expect(res.status).toBe(404);
  });
});

describe('console API: save', () => {
  const file = () => path.join(copy.dir, 'policies/demo-apparel/proposals/double11-dresses.yaml');
  const save = (extra: Record<string, unknown>, headers: Record<string, string> = { 'x-storepolicy-token': TOKEN }) =>
    api.request('/api/save', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: dresses, ...extra }, headers });

  it('needs the session token', async () => {
    expect((await save({}, {})).status).toBe(403);
    expect((await save({}, { 'x-storepolicy-token': 'wrong' })).status).toBe(403);
    expect(existsSync(file())).toBe(false);
  });

  it('writes the file with its schema line, then refuses to overwrite without confirmation', async () => {
    const first = await save({ yaml: dresses.split('\n').slice(1).join('\n') });
    expect(first.status).toBe(200);
    const answer = await json(first);
    expect(answer).toMatchObject({ saved: true, overwrote: false });
    expect(answer.git[0]).toBe('git switch -c proposal/double11-dresses');
    const text = readFileSync(file(), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/promotion.schema.json');

    const second = await save({ yaml: dresses.replace('percent_off: 15', 'percent_off: 20') });
    expect(second.status).toBe(409);
    expect(readFileSync(file(), 'utf8')).toBe(text);

    const confirmed = await save({ yaml: dresses.replace('percent_off: 15', 'percent_off: 20'), overwrite: true });
    expect(confirmed.status).toBe(200);
    expect(await json(confirmed)).toMatchObject({ saved: true, overwrote: true });
    expect(readFileSync(file(), 'utf8')).toContain('percent_off: 20');
  });

  it('refuses YAML that does not parse', async () => {
    const res = await save({ name: 'broken', yaml: 'spec: [' });
    expect(res.status).toBe(422);
    expect(existsSync(path.join(copy.dir, 'policies/demo-apparel/proposals/broken.yaml'))).toBe(false);
  });

  it('refuses a proposals folder that is a symlink out of the store', async () => {
    const food = path.join(copy.dir, 'policies/demo-food/proposals');
    const outside = path.join(copy.dir, 'outside');
    mkdirSync(outside);
    rmSync(food, { recursive: true, force: true });
    symlinkSync(outside, food);
    const res = await api.request('/api/save', {
      body: { store: 'demo-food', name: 'x', yaml: 'kind: Promotion\n' },
      headers: { 'x-storepolicy-token': TOKEN },
    });
    expect(res.status).toBe(422);
    expect(existsSync(path.join(outside, 'x.yaml'))).toBe(false);
  });
});

describe('console API: off loopback', () => {
  it('every API call needs the token', async () => {
    const remote = consoleApp(copy.dir, { loopback: false });
    expect((await remote.request('/api/stores')).status).toBe(403);
    expect((await remote.request('/api/stores', { headers: { 'x-storepolicy-token': TOKEN } })).status).toBe(200);
  });
});

describe('console: source links', () => {
  it('shows a policy file with a line anchor, and nothing outside the policies', async () => {
    const res = await api.request(`/source/${encodeURIComponent(path.join(copy.dir, 'policies/demo-apparel/member-tiers.yaml'))}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="L43"');
    const outside = await api.request(`/source/${encodeURIComponent(path.join(copy.dir, 'policies/../schemas/promotion.schema.json'))}`);
    expect(outside.status).toBe(404);
    expect((await api.request('/source/%2Fetc%2Fpasswd')).status).toBe(404);
  });
});

describe('console API: listing check', () => {
  it('marks a banned term at its characters in the pasted title, citing the law', async () => {
    const title = '减肥代餐坚果 增强免疫力 全网第一 纯天然零添加';
    const res = await api.request('/api/listing', { body: { store: 'demo-food', title, description: '五星好评送一包，详情加微信 nutshop2026 领优惠券。', lang: 'zh' } });
    expect(res.status).toBe(200);
    const answer = await json(res);
    const banned = answer.findings.find((f: { code: string; field: string; start: number }) => f.code === 'listing/banned-term' && title.slice(f.start).startsWith('全网第一'));
    expect(banned).toMatchObject({ field: 'title', severity: 'error', start: title.indexOf('全网第一'), end: title.indexOf('全网第一') + 4 });
    expect(banned.message).toContain('广告法');
    expect(banned.docs).toBe('docs/rules/listing/banned-term.md');
    expect(answer.findings.some((f: { field: string }) => f.field === 'description')).toBe(true);
    expect(answer.categories).toContain('nuts');
  });

  it('clean text has no findings', async () => {
    const answer = await json(await api.request('/api/listing', { body: { store: 'demo-apparel', title: '碎花雪纺连衣裙', description: '100%聚酯纤维，可机洗。' } }));
    expect(answer.findings).toEqual([]);
  });

  it('refuses an oversized title', async () => {
    expect((await api.request('/api/listing', { body: { store: 'demo-apparel', title: 'x'.repeat(20_000) } })).status).toBe(400);
  });
});

describe('console API: edits on disk', () => {
  it('a store file changed on disk is read again on the next dry-run', async () => {
    const run = async () => {
      const answer = await json(await api.request('/api/dry-run', { body: { store: 'demo-apparel', name: 'double11-dresses', yaml: dresses, now: NOW } }));
      return answer.prices.find((r: { sku: string; tier: string }) => r.sku === 'DRS-001' && r.tier === 'svip').single;
    };
    expect(await run()).toBe(15224);
    const tiers = path.join(copy.dir, 'policies/demo-apparel/member-tiers.yaml');
    const text = readFileSync(tiers, 'utf8');
    writeFileSync(tiers, text.replace(/(- id: svip[\s\S]*?price_percent: )90/, '$188 # changed on disk'));
    try {
      // 16915 x 88% = 14885.2 -> 14885
      expect(await run()).toBe(14885);
    } finally {
      writeFileSync(tiers, text);
    }
    expect(await run()).toBe(15224);
  });
});

describe('storepolicy serve: options', () => {
  const cli = path.join(repoRoot, 'apps/checker/dist/cli.js');
  it('refuses a non-loopback --host without --token, and says so', () => {
    const run = spawnSync(process.execPath, [cli, 'serve', '--host', '0.0.0.0', '--port', '0'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--host 0.0.0.0 is reachable from other machines: pass --token');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a short --token and a bad --port', () => {
    const short = spawnSync(process.execPath, [cli, 'serve', '--host', '0.0.0.0', '--token', 'abc'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('--token');
    const port = spawnSync(process.execPath, [cli, 'serve', '--port', 'http'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port');
  });

  it('answers in the language the browser asks for', async () => {
    const answer = await json(await api.request('/api/stores', { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } }));
    expect(answer.lang).toBe('zh');
    expect((await json(await api.request('/api/stores', { headers: { 'accept-language': 'en-US' } }))).lang).toBe('en');
  });
});

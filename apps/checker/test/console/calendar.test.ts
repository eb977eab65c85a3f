import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFLICTING, consoleApp, copyPolicies } from './fixture.js';


let copy: ReturnType<typeof copyPolicies>;
let api: ReturnType<typeof consoleApp>;
beforeAll(() => {
  copy = copyPolicies();
  const dir = path.join(copy.dir, 'policies/demo-apparel/proposals');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'tops-midweek.yaml'), CONFLICTING);
  api = consoleApp(copy.dir);
});
afterAll(() => copy.cleanup());

describe('console API: calendar', () => {
  it('puts the approved calendar and the saved proposals on one timeline', async () => {
    const res = await api.request('/api/stores/demo-apparel/calendar?lang=en&now=2026-09-01T09:00:00%2B08:00');
    expect(res.status).toBe(200);
    const cal = (await res.json()) as Record<string, any>;
    const ids = cal.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['golden-week-tops', 'double11-every-300-off-40', 'double11-dresses', 'tops-midweek']));
    expect(cal.items.find((i: { id: string }) => i.id === 'tops-midweek')).toMatchObject({ status: 'proposed', cls: 'product', start: Date.parse('2026-10-03T00:00:00+08:00') });
    expect(cal.blackouts[0]).toMatchObject({ start: Date.parse('2026-12-13T00:00:00+08:00'), end: Date.parse('2026-12-20T00:00:00+08:00') });
    expect(cal.events.map((e: { id: string }) => e.id)).toEqual(['double11', 'double12']);
  });

  it('an overlap the engine refuses is a conflict; one that stacks is drawn as stacking', async () => {
    const cal = (await (await api.request('/api/stores/demo-apparel/calendar?now=2026-09-01T09:00:00%2B08:00')).json()) as Record<string, any>;
    const conflict = cal.overlaps.find((o: { a: string; b: string }) => [o.a, o.b].sort().join() === 'golden-week-tops,tops-midweek');
    expect(conflict).toMatchObject({ kind: 'conflict', codes: ['promotion/conflict'] });
    expect(conflict.start).toBe(Date.parse('2026-10-03T00:00:00+08:00'));
    const stacks = cal.overlaps.find((o: { a: string; b: string }) => [o.a, o.b].sort().join() === 'double11-dresses,double11-every-300-off-40');
    expect(stacks).toMatchObject({ kind: 'stacks', codes: [] });
    // the accessory gift and the dresses discount share no SKU: no overlap drawn
    expect(cal.overlaps.some((o: { a: string; b: string }) => [o.a, o.b].sort().join() === 'double11-accessory-gift,double11-dresses')).toBe(false);
    const finding = cal.items.find((i: { id: string }) => i.id === 'tops-midweek').findings.find((f: { code: string }) => f.code === 'promotion/conflict');
    expect(finding).toMatchObject({ severity: 'error', line: 5 });
  });
});

import { describe, expect, it } from 'vitest';
import { applyWaivers } from '../../../src/waivers/index.js';
import { loadFixture, pick, type Expected } from '../../helpers/rule-tester.js';
import { finding, storeYaml, waiver } from '../../waivers/_fixtures.js';

const F = 'p/s/member-tiers.yaml';
const target = `{file: ${F}}`;
const covered = () => [finding('tiers/price-floor', F, '/spec/tiers/0')];

function run(expires: string, now: string, extra: Record<string, string> = {}) {
  const { set } = loadFixture({ 'w.yaml': waiver('w', 'tiers/price-floor', target, expires), ...extra });
  return applyWaivers(covered(), set, new Date(now));
}

const cases: { name: string; expires: string; now: string; expected: Expected[] }[] = [
  {
    name: 'a date is valid through the end of that day in China time',
    expires: '2026-10-31',
    now: '2026-10-31T23:59:59+08:00',
    expected: [],
  },
  {
    name: 'a date has expired at midnight after it, at the expires value',
    expires: '2026-10-31',
    now: '2026-11-01T00:00:00+08:00',
    expected: [{ code: 'waiver/expired', severity: 'error', file: 'w.yaml', line: 9, column: 12, endLine: 9, endColumn: 22 }],
  },
  {
    name: 'a date-time expires at its instant',
    expires: '2026-11-01T12:00:00+08:00',
    now: '2026-11-01T12:00:00+08:00',
    expected: [{ code: 'waiver/expired', line: 9, column: 12, endColumn: 37 }],
  },
  {
    name: 'a date-time one second later is still live',
    expires: '2026-11-01T12:00:01+08:00',
    now: '2026-11-01T12:00:00+08:00',
    expected: [],
  },
];

describe('waiver/expired', () => {
  for (const c of cases) {
    it(c.name, () => {
      const own = run(c.expires, c.now).filter((d) => d.code.startsWith('waiver/'));
      expect(pick(own, c.expected)).toEqual(c.expected);
    });
  }

  it('waives nothing once expired: the covered finding counts again', () => {
    const out = run('2026-10-01', '2026-11-01T00:00:00+08:00');
    expect(out.find((d) => d.code === 'tiers/price-floor')!.waivedBy).toBeUndefined();
    expect(out.find((d) => d.code === 'waiver/expired')!.params).toMatchObject({ rule: 'tiers/price-floor', expires: '2026-10-01', days: 31 });
  });

  it("reads a date in the store's timezone", () => {
    const store = { 'store.yaml': storeYaml('s', 'America/New_York') };
    // 2026-11-01 00:30 in Shanghai is still 31 October in New York
    expect(run('2026-10-31', '2026-11-01T00:30:00+08:00', store).some((d) => d.code === 'waiver/expired')).toBe(false);
    expect(run('2026-10-31', '2026-11-01T00:30:00-04:00', store).some((d) => d.code === 'waiver/expired')).toBe(true);
  });
});

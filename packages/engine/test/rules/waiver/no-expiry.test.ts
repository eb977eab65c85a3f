import { describe, expect, it } from 'vitest';
import { applyWaivers } from '../../../src/waivers/index.js';
import { loadFixture, pick, type Expected } from '../../helpers/rule-tester.js';
import { finding, waiver } from '../../waivers/_fixtures.js';

const F = 'p/s/member-tiers.yaml';
const NOW = new Date('2026-11-01T10:00:00+08:00');

function run(expires: string | undefined, maxDays?: number) {
  const { set } = loadFixture({ 'w.yaml': waiver('w', 'tiers/price-floor', `{file: ${F}}`, expires) });
  return applyWaivers([finding('tiers/price-floor', F, '/spec')], set, NOW, maxDays === undefined ? {} : { maxDays });
}

const cases: { name: string; expires: string | undefined; maxDays?: number; expected: Expected[] }[] = [
  { name: 'exactly 90 days ahead (a date) is allowed', expires: '2027-01-30', expected: [] },
  {
    name: '91 days ahead is refused at the expires value',
    expires: '2027-01-31',
    expected: [{ code: 'waiver/no-expiry', severity: 'error', line: 9, column: 12, endColumn: 22, messageId: 'waiver/no-expiry.tooFar' }],
  },
  { name: 'a date-time exactly 90 days ahead is allowed', expires: '2027-01-30T10:00:00+08:00', expected: [] },
  { name: 'a date-time one minute beyond 90 days is refused', expires: '2027-01-30T10:01:00+08:00', expected: [{ code: 'waiver/no-expiry', line: 9, column: 12 }] },
  {
    name: 'a missing expiry is refused at the spec key',
    expires: undefined,
    expected: [{ code: 'waiver/no-expiry', line: 4, column: 1, endColumn: 5, messageId: 'waiver/no-expiry.missing' }],
  },
  {
    name: 'a date that does not exist is refused, not rolled over to March',
    expires: '2026-02-30',
    expected: [{ code: 'waiver/no-expiry', line: 9, column: 12, messageId: 'waiver/no-expiry.invalid' }],
  },
  { name: 'a date-time on a day that does not exist is refused', expires: '2026-11-31T10:00:00+08:00', expected: [{ code: 'waiver/no-expiry', line: 9, column: 12, messageId: 'waiver/no-expiry.invalid' }] },
  { name: 'a horizon of 30 days refuses 31', expires: '2026-12-02', maxDays: 30, expected: [{ code: 'waiver/no-expiry', line: 9, column: 12 }] },
  { name: 'a horizon of 30 days allows 30', expires: '2026-12-01', maxDays: 30, expected: [] },
  { name: 'a horizon of 365 days allows 200', expires: '2027-05-20', maxDays: 365, expected: [] },
];

describe('waiver/no-expiry', () => {
  for (const c of cases) {
    it(c.name, () => {
      const own = run(c.expires, c.maxDays).filter((d) => d.code.startsWith('waiver/'));
      expect(pick(own, c.expected)).toEqual(c.expected);
    });
  }

  it('waives nothing when refused, and names the latest allowed date', () => {
    const out = run('2027-03-01');
    expect(out.find((d) => d.code === 'tiers/price-floor')!.waivedBy).toBeUndefined();
    expect(out.find((d) => d.code === 'waiver/no-expiry')!.params).toMatchObject({ days: 120, maxDays: 90, latest: '2027-01-30' });
    expect(run(undefined).find((d) => d.code === 'waiver/no-expiry')!.params).toMatchObject({ latest: '2027-01-30' });
  });
});

import { describe, expect, it } from 'vitest';
import { skippedDate } from '../../../src/rules/packing/_clock.js';
import { shipWithin } from '../../../src/rules/packing/ship-within.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { packingYaml, storeYaml } from './_fixtures.js';

const cases: { name: string; dispatch: string; timezone?: string; expected: Expected[] }[] = [
  { name: '24 hours is within the default 48', dispatch: '{cutoff: "16:00", ship_within_hours: 24}', expected: [] },
  { name: 'exactly 48 hours is allowed', dispatch: '{cutoff: "16:00", ship_within_hours: 48}', expected: [] },
  {
    name: '72 hours breaks the default platform maximum',
    dispatch: '{cutoff: "16:00", ship_within_hours: 72}',
    expected: [{ code: 'packing/ship-within', severity: 'error', messageId: 'packing/ship-within.tooSlow', line: 5, column: 50, endColumn: 52 }],
  },
  { name: 'a configured maximum of 96 hours allows 72', dispatch: '{cutoff: "16:00", ship_within_hours: 72, platform_max_hours: 96}', expected: [] },
  {
    name: 'a configured maximum of 12 hours tightens the limit',
    dispatch: '{cutoff: "16:00", ship_within_hours: 24, platform_max_hours: 12}',
    expected: [{ code: 'packing/ship-within', line: 5, column: 50 }],
  },
  {
    name: 'a cut-off in an unknown timezone is reported at the cut-off',
    dispatch: '{cutoff: "16:00", ship_within_hours: 24}',
    timezone: 'Asia/Shangai',
    expected: [{ code: 'packing/ship-within', messageId: 'packing/ship-within.unknownTimezone', line: 5, column: 22, endColumn: 29 }],
  },
  {
    name: 'a cut-off skipped by a daylight-saving jump is reported at the cut-off',
    dispatch: '{cutoff: "02:30", ship_within_hours: 24}',
    timezone: 'America/New_York',
    expected: [{ code: 'packing/ship-within', messageId: 'packing/ship-within.skippedTime', line: 5, column: 22 }],
  },
  {
    name: 'a cut-off outside the jump is fine in a daylight-saving zone',
    dispatch: '{cutoff: "03:00", ship_within_hours: 24}',
    timezone: 'America/New_York',
    expected: [],
  },
];

describe('packing/ship-within', () => {
  for (const c of cases) {
    it(c.name, () => {
      const files = { 'store.yaml': storeYaml(c.timezone), 'packing.yaml': packingYaml({ dispatch: c.dispatch }) };
      expect(pick(runRule(shipWithin, files), c.expected)).toEqual(c.expected);
    });
  }

  it('relates a too-slow standard to a configured platform maximum', () => {
    const files = { 'packing.yaml': packingYaml({ dispatch: '{cutoff: "16:00", ship_within_hours: 72, platform_max_hours: 48}' }) };
    const [finding] = runRule(shipWithin, files);
    expect(finding?.params).toEqual({ hours: 72, max: 48 });
    expect(finding?.related).toMatchObject([{ line: 5, column: 74 }]);
  });

  it('relates an unknown timezone to the Store line that sets it', () => {
    const files = { 'store.yaml': storeYaml('Asia/Shangai'), 'packing.yaml': packingYaml() };
    const [finding] = runRule(shipWithin, files);
    expect(finding?.related).toMatchObject([{ file: 'store.yaml', line: 8, column: 13 }]);
  });
});

describe('skippedDate', () => {
  it.each([
    ['America/New_York', '02:30', '2026-03-08'],
    ['America/New_York', '02:00', '2026-03-08'],
    ['America/New_York', '01:59', undefined],
    ['America/New_York', '16:00', undefined],
    ['Europe/Berlin', '02:15', '2026-03-29'],
    ['Australia/Sydney', '02:30', '2026-10-04'],
    ['Asia/Shanghai', '02:30', undefined],
  ])('%s %s -> %s', (zone, clock, expected) => {
    expect(skippedDate(zone, clock, 2026)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { limitsSane } from '../../../src/rules/promotion-policy/limits-sane.js';
import { runRule } from '../../helpers/rule-tester.js';
import { at } from '../promotion/_harness.js';

const policy = (spec: string) => `apiVersion: storepolicy/v1
kind: PromotionPolicy
metadata: {store: demo, name: promotion-policy}
spec:
${spec}`;
const zeroDepth = policy('  limits: {max_depth: 0}\n');
const fullDepth = policy('  limits: {max_depth: 100}\n');
const durations = policy('  limits: {min_duration_hours: 100, max_duration_days: 2}\n');
const prize = policy('  prize_cap: 60000\n');
const blackout = policy(`  blackouts:
    - {start: "2026-11-12T00:00:00+08:00", end: "2026-11-11T00:00:00+08:00", reason: {en: freeze}}
`);

const cases = [
  { name: 'sane limits pass', text: policy('  limits: {max_depth: 50, min_duration_hours: 2, max_duration_days: 30}\n  prize_cap: 50000\n'), expected: [] as { line: number; column: number }[] },
  { name: 'max_depth 0 forbids every cut', text: zeroDepth, expected: [at(zeroDepth, '0}')] },
  { name: 'max_depth 100 allows giving goods away', text: fullDepth, expected: [at(fullDepth, '100')] },
  { name: 'a minimum duration longer than the maximum', text: durations, expected: [at(durations, '100')] },
  { name: 'a prize cap above the legal 50,000 yuan', text: prize, expected: [at(prize, '60000')] },
  { name: 'a blackout ending before it starts', text: blackout, expected: [at(blackout, '"2026-11-11')] },
];

describe('promotion-policy/limits-sane', () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = runRule(limitsSane, { 'p/demo/promotion-policy.yaml': c.text });
      expect(found.map((d) => ({ line: d.line, column: d.column, code: d.code, severity: d.severity }))).toEqual(
        c.expected.map((e) => ({ ...e, code: 'promotion-policy/limits-sane', severity: 'error' })),
      );
    });
  }
});

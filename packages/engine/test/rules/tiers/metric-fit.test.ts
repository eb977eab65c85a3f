import { describe, expect, it } from 'vitest';
import { metricFit } from '../../../src/rules/tiers/metric-fit.js';
import { pick, runRule, type Expected } from '../../helpers/rule-tester.js';
import { storeYaml, tiersYaml } from './_fixtures.js';

const tiers = ['{id: a, name: {zh: a}, qualify: {orders: 0, spend: 0}, benefits: {price_percent: 100}}'];

const cases: { name: string; files: Record<string, string>; expected: Expected[] }[] = [
  {
    name: 'orders alone with an average order of 350 yuan is a warning at metric',
    files: { 'store.yaml': storeYaml(350), 'member-tiers.yaml': tiersYaml('orders', tiers) },
    expected: [{ code: 'tiers/metric-fit', severity: 'warning', file: 'member-tiers.yaml', line: 5, column: 11, endColumn: 17 }],
  },
  {
    name: 'exactly the threshold (300) counts as high',
    files: { 'store.yaml': storeYaml(300), 'member-tiers.yaml': tiersYaml('orders', tiers) },
    expected: [{ code: 'tiers/metric-fit', line: 5, column: 11 }],
  },
  {
    name: 'a low-price store may rank by orders',
    files: { 'store.yaml': storeYaml(299.99), 'member-tiers.yaml': tiersYaml('orders', tiers) },
    expected: [],
  },
  {
    name: 'spend_or_orders is fine at any order value',
    files: { 'store.yaml': storeYaml(800), 'member-tiers.yaml': tiersYaml('spend_or_orders', tiers) },
    expected: [],
  },
  {
    name: 'a configured threshold of 500 lets a 350-yuan store use orders',
    files: { 'store.yaml': storeYaml(350), 'member-tiers.yaml': tiersYaml('orders', tiers, '  rules: {high_aov_threshold: 500}') },
    expected: [],
  },
  {
    name: 'without a Store document there is nothing to compare',
    files: { 'member-tiers.yaml': tiersYaml('orders', tiers) },
    expected: [],
  },
];

describe('tiers/metric-fit', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(pick(runRule(metricFit, c.files), c.expected)).toEqual(c.expected);
    });
  }

  it('points the related location at the average order value in the Store document', () => {
    const [finding] = runRule(metricFit, { 'store.yaml': storeYaml(350), 'member-tiers.yaml': tiersYaml('orders', tiers) });
    expect(finding?.related).toMatchObject([{ file: 'store.yaml', line: 11, column: 26 }]);
    expect(finding?.params).toEqual({ aov: '350.00', threshold: '300.00' });
  });
});

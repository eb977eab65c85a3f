import { describe, expect, it } from 'vitest';
import { noBaseline } from '../../../src/rules/compliance/no-baseline.js';
import { runRule } from '../../helpers/rule-tester.js';
import { BASE_YAML, STORE_YAML } from '../../listing/_fixture.js';

const CODE = 'compliance/no-baseline';

/** A store compliance file; `extends` (when given) on line 5. */
const compliance = (spec: string) => `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
${spec}`;

const run = (files: Record<string, string>) =>
  runRule(noBaseline, { 'p/demo/store.yaml': STORE_YAML, ...files }).map((d) => ({
    messageId: d.messageId.slice(CODE.length + 1),
    file: d.file,
    line: d.line,
    column: d.column,
    params: d.params,
    related: d.related.map((r) => [r.file, r.line, r.column]),
  }));

/** The shipped baseline with one edit. */
const baseWith = (from: string, to: string) => {
  expect(BASE_YAML.split(from)).toHaveLength(2);
  return BASE_YAML.replace(from, to);
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe(CODE, () => {
  it('accepts a store that extends the shipped baseline', () => {
    expect(run({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/compliance.yaml': compliance('  extends: ../_base/cn-regulations.yaml\n') })).toEqual([]);
  });

  it('a store with no CompliancePolicy: at the Store document\'s metadata.store', () => {
    expect(run({ 'p/_base/cn-regulations.yaml': BASE_YAML })).toEqual([
      expect.objectContaining({ messageId: 'noPolicy', file: 'p/demo/store.yaml', line: 3, column: 19, params: { store: 'demo', dir: 'p/demo' } }),
    ]);
  });

  it('a CompliancePolicy without extends: at the spec key', () => {
    expect(run({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/compliance.yaml': compliance('  term_sets: []\n') })).toEqual([
      expect.objectContaining({ messageId: 'noExtends', file: 'p/demo/compliance.yaml', line: 4, column: 1 }),
    ]);
  });

  it.each([
    ['a typo in the path', '../_base/cn-regulation.yaml', 'p/_base/cn-regulation.yaml'],
    ['_base not shipped with the store folder', '../_base/cn-regulations.yaml', 'p/_base/cn-regulations.yaml'],
  ])('an extends that does not load (%s): at the extends value', (_name, target, resolved) => {
    expect(run({ 'p/demo/compliance.yaml': compliance(`  extends: ${target}\n`) })).toEqual([
      expect.objectContaining({ messageId: 'unresolved', line: 5, column: 12, params: { target, resolved } }),
    ]);
  });

  it('an extends naming another store\'s policy: notBaseline, related to what it found', () => {
    const other = compliance('  extends: ../_base/cn-regulations.yaml\n').replace('store: demo', 'store: other');
    expect(run({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/other/compliance.yaml': other, 'p/demo/compliance.yaml': compliance('  extends: ../other/compliance.yaml\n') })).toEqual([
      expect.objectContaining({
        messageId: 'notBaseline',
        file: 'p/demo/compliance.yaml',
        line: 5,
        column: 12,
        params: { target: '../other/compliance.yaml', kind: 'CompliancePolicy', store: 'other' },
        related: [['p/other/compliance.yaml', 3, 19]],
      }),
    ]);
  });

  it('a home-made _base with no sets: every law rule of the shipped baseline is missing', () => {
    const empty = 'apiVersion: storepolicy/v1\nkind: CompliancePolicy\nmetadata: {store: _base, name: mine}\nspec: {}\n';
    const [found] = run({ 'p/demo/my-base.yaml': empty, 'p/demo/compliance.yaml': compliance('  extends: my-base.yaml\n') });
    expect(found).toMatchObject({ messageId: 'incomplete', line: 5, column: 12, params: { target: 'my-base.yaml', count: 13 } });
    expect(String(found!.params.gaps)).toContain('ad-law-absolute (missing)');
    expect(String(found!.params.gaps)).toContain('reference_price (missing)');
    expect(found!.related).toHaveLength(13);
    expect(found!.related[0]).toEqual(['p/demo/my-base.yaml', 4, 7]);
  });

  it.each([
    { name: 'a law term dropped', from: '        - 全网最低\n', to: '', gap: 'ad-law-absolute (terms: without 全网最低)', at: '        - 国家级' },
    { name: 'a whole law set dropped', from: '    - id: cosmetics-medical\n', to: '    - id: cosmetics-medical-x\n', gap: 'cosmetics-medical (missing)', at: '    - id: ad-law-absolute' },
    { name: 'law: true removed', from: '      check: claim\n      law: true\n      severity: error\n      source: 食品安全法', to: '      check: claim\n      law: false\n      severity: error\n      source: 食品安全法', gap: 'food-health-function (law: not true)', at: '      law: false' },
    { name: 'a law severity lowered', from: '      severity: error\n      source: 网络交易监督管理办法 第十四条\n      terms', to: '      severity: warning\n      source: 网络交易监督管理办法 第十四条\n      terms', gap: 'review-inducement (severity: error -> warning)', at: 'severity: warning' },
    { name: 'a class narrowing', from: 'legal_classes: [food, fresh]', to: 'legal_classes: [fresh]', gap: 'food-health-function (legal_classes: food)', at: 'legal_classes: [fresh]' },
    { name: 'an allow entry over a law term', from: '        - 最好是\n', to: '        - 最好是\n        - 全网最低价\n', gap: 'ad-law-absolute (allow: 全网最低价, 最低价)', at: '        - 全网最低价' },
    { name: 'a detector switched off', from: '    phone: true\n', to: '    phone: false\n', gap: 'contact_info (phone: phone)', at: 'phone: false' },
  ])('a _base that weakens the law ($name): incomplete, related to the base line', ({ from, to, gap, at }) => {
    const base = baseWith(from, to);
    const [found, ...more] = run({ 'p/_base/cn-regulations.yaml': base, 'p/demo/compliance.yaml': compliance('  extends: ../_base/cn-regulations.yaml\n') });
    expect(more).toEqual([]);
    expect(found).toMatchObject({ messageId: 'incomplete', line: 5, column: 12, params: { count: 1, gaps: gap } });
    const line = lineOf(base, at);
    expect(found!.related.map((r) => r[1])).toEqual([line]);
  });

  it('a _base that adds law is fine', () => {
    const base = baseWith('        - 万能\n', '        - 万能\n        - 最最最\n');
    expect(run({ 'p/_base/cn-regulations.yaml': base, 'p/demo/compliance.yaml': compliance('  extends: ../_base/cn-regulations.yaml\n') })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loosensLaw } from '../../../src/rules/compliance/loosens-law.js';
import { pick, runRule } from '../../helpers/rule-tester.js';
import { BASE_YAML } from '../../listing/_fixture.js';

const CODE = 'compliance/loosens-law';

/** A small base: set ad-law on line 6, its terms on line 10, contact_info on line 12. */
const SMALL_BASE = `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: _base, name: law}
spec:
  term_sets:
    - id: ad-law
      law: true
      severity: error
      source: 广告法 第九条
      terms: [最佳, 第一, 国家级]
  contact_info:
    law: true
    phone: true
  images: {law: false, min_images: 3}
`;

/** The store file: spec body from line 6 on. */
function store(body: string): string {
  return `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
  extends: ../_base/law.yaml
${body}`;
}

function run(body: string, base = SMALL_BASE) {
  return runRule(loosensLaw, { 'p/_base/law.yaml': base, 'p/demo/compliance.yaml': store(body) });
}

describe(CODE, () => {
  it.each([
    {
      name: 'dropping a law term by repeating the set',
      body: '  term_sets:\n    - id: ad-law\n      terms: [最佳, 国家级]\n',
      expected: [{ messageId: 'termRemoved', line: 8, column: 14, endLine: 8, endColumn: 23 }],
      related: { line: 10, column: 19 },
    },
    {
      name: 'switching a law set off',
      body: '  term_sets:\n    - id: ad-law\n      enabled: false\n',
      expected: [{ messageId: 'disabled', line: 8, column: 16, endLine: 8, endColumn: 21 }],
      related: { line: 6, column: 7 },
    },
    {
      name: 'lowering a law severity',
      body: '  term_sets:\n    - {id: ad-law, severity: warning}\n',
      expected: [{ messageId: 'severityLowered', line: 7, column: 30, endLine: 7, endColumn: 37 }],
      related: { line: 8, column: 17 },
    },
    {
      name: 'allow-listing the banned term itself',
      body: '  term_sets:\n    - id: ad-law\n      allow: [第一次, 第一]\n',
      expected: [{ messageId: 'allowCoversTerm', line: 8, column: 20, endLine: 8, endColumn: 22 }],
      related: { line: 10, column: 19 },
    },
    {
      name: 'switching phone detection off',
      body: '  contact_info: {phone: false}\n',
      expected: [{ messageId: 'flagOff', line: 6, column: 25, endLine: 6, endColumn: 30 }],
      related: { line: 13, column: 12 },
    },
    {
      name: 'unmarking the law',
      body: '  contact_info: {law: false}\n',
      expected: [{ messageId: 'unmarked', line: 6, column: 23, endLine: 6, endColumn: 28 }],
      related: { line: 12, column: 10 },
    },
    {
      name: 'limiting a law set that applies to every class',
      body: '  term_sets:\n    - {id: ad-law, legal_classes: [food]}\n',
      expected: [{ messageId: 'classesNarrowed', line: 7, column: 35, endLine: 7, endColumn: 41 }],
      related: { line: 6, column: 7 },
    },
    {
      name: 'moving a law set to another check',
      body: '  term_sets:\n    - {id: ad-law, check: claim}\n',
      expected: [{ messageId: 'checkChanged', line: 7, column: 27, endLine: 7, endColumn: 32 }],
      related: { line: 6, column: 7 },
    },
  ])('reports $name at the store line, related to the base line', ({ body, expected, related }) => {
    const found = run(body);
    expect(pick(found, expected.map((e) => ({ code: CODE, ...e, severity: 'error' as const })))).toEqual(
      expected.map((e) => ({ code: CODE, severity: 'error', ...e, messageId: `${CODE}.${e.messageId}` })),
    );
    expect(found[0]?.related[0]).toMatchObject({ file: 'p/_base/law.yaml', ...related });
  });

  it.each([
    ['adding a store set', '  term_sets:\n    - {id: store-words, terms: [秒杀价]}\n'],
    ['adding terms while keeping every law term', '  term_sets:\n    - id: ad-law\n      terms: [最佳, 第一, 国家级, 顶级]\n'],
    ['allow-listing a longer compound', '  term_sets:\n    - {id: ad-law, allow: [第一次]}\n'],
    ['raising a severity', '  contact_info: {severity: error}\n'],
    ['loosening a practice rule (law: false)', '  images: {min_images: 1}\n'],
  ])('accepts %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });

  it('finds nothing to refuse in a store that extends the shipped baseline and only adds', () => {
    const body = '  term_sets:\n    - {id: apparel-words, source: 店铺规定, terms: [爆款之王]}\n';
    expect(runRule(loosensLaw, { 'p/_base/law.yaml': BASE_YAML, 'p/demo/compliance.yaml': store(body) })).toEqual([]);
  });

  it('names every law term a replacing list drops in one finding, related to each term', () => {
    const found = run('  term_sets:\n    - id: ad-law\n      terms: [最佳]\n');
    expect(found).toHaveLength(1);
    expect(found[0]!.params).toMatchObject({ count: 2, terms: '第一, 国家级' });
    expect(found[0]!.related.map((r) => [r.line, r.column, r.params.term])).toEqual([
      [10, 19, '第一'],
      [10, 23, '国家级'],
    ]);
  });
});

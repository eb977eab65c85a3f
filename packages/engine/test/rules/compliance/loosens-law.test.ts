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
      body: '  term_sets:\n    - id: ad-law\n      allow: [第一]\n',
      expected: [{ messageId: 'allowCoversTerm', line: 8, column: 15, endLine: 8, endColumn: 17 }],
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
    // a re-declared law set is also refused as such (idReused, tested below): here, what it weakens
    const found = run(body).filter((d) => d.messageId !== `${CODE}.idReused`);
    expect(pick(found, expected.map((e) => ({ code: CODE, ...e, severity: 'error' as const })))).toEqual(
      expected.map((e) => ({ code: CODE, severity: 'error', ...e, messageId: `${CODE}.${e.messageId}` })),
    );
    expect(found[0]?.related[0]).toMatchObject({ file: 'p/_base/law.yaml', ...related });
  });

  it.each([
    ['adding a store set', '  term_sets:\n    - {id: store-words, terms: [秒杀价]}\n'],
    ['raising a severity', '  contact_info: {severity: error}\n'],
    ['loosening a practice rule (law: false)', '  images: {min_images: 1}\n'],
  ])('accepts %s', (_name, body) => {
    expect(run(body)).toEqual([]);
  });

  it('finds nothing to refuse in a store that extends the shipped baseline and only adds', () => {
    const body = '  term_sets:\n    - {id: apparel-words, source: 店铺规定, terms: [爆款之王]}\n';
    expect(runRule(loosensLaw, { 'p/_base/law.yaml': BASE_YAML, 'p/demo/compliance.yaml': store(body) })).toEqual([]);
  });

  it.each([
    ['adding terms while keeping every law term', '  term_sets:\n    - id: ad-law\n      terms: [最佳, 第一, 国家级, 顶级]\n', 7],
    ['raising its severity', '  term_sets:\n    - {id: ad-law, severity: error}\n', 7],
    ['repeating it unchanged', '  term_sets:\n    - {id: ad-law, law: true, severity: error, source: 广告法 第九条, terms: [最佳, 第一, 国家级]}\n', 7],
  ])('refuses re-declaring a law set even when %s: at the id, related to the base entry', (_name, body, line) => {
    const found = run(body);
    expect(found.map((d) => [d.messageId, d.line, d.column])).toEqual([[`${CODE}.idReused`, line, body.includes('{id') ? 12 : 11]]);
    expect(found[0]!.related).toEqual([expect.objectContaining({ file: 'p/_base/law.yaml', line: 6, column: 7, messageId: `${CODE}.lawHere` })]);
  });

  it.each([
    ['equal to a law term', '第一', '第一'],
    ['containing a law term', '国家级品质', '国家级'],
    ['contained in a law term', '国家', '国家级'],
    ['containing a law term written with spaces and full-width letters', '第 一 名', '第一'],
    ['a longer compound (第一次): the baseline decides those, not the store', '第一次', '第一'],
  ])('refuses an allow entry %s', (_name, compound, term) => {
    const found = run(`  term_sets:\n    - id: ad-law\n      allow: [${compound}]\n`).filter((d) => d.messageId === `${CODE}.allowCoversTerm`);
    expect(found.map((d) => [d.line, d.column, d.params.compound, d.params.term])).toEqual([[8, 15, compound, term]]);
  });

  it('accepts the baseline\'s own allow entries repeated by a store, and refuses only the new one', () => {
    const base = SMALL_BASE.replace('terms: [最佳, 第一, 国家级]', 'terms: [最佳, 第一, 国家级]\n      allow: [第一次]');
    const found = run('  term_sets:\n    - id: ad-law\n      allow: [第一次, 最佳品质]\n', base).filter((d) => d.messageId === `${CODE}.allowCoversTerm`);
    expect(found.map((d) => d.params.compound)).toEqual(['最佳品质']);
  });

  it('names every law term a replacing list drops in one finding, related to each term', () => {
    const found = run('  term_sets:\n    - id: ad-law\n      terms: [最佳]\n').filter((d) => d.messageId !== `${CODE}.idReused`);
    expect(found).toHaveLength(1);
    expect(found[0]!.params).toMatchObject({ count: 2, terms: '第一, 国家级' });
    expect(found[0]!.related.map((r) => [r.line, r.column, r.params.term])).toEqual([
      [10, 19, '第一'],
      [10, 23, '国家级'],
    ]);
  });
});

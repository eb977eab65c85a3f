import { loadYaml, type PolicyDocument } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { describeChange, diffPolicySets } from '../../src/diff/index.js';

// SPEC section 9: in `diff`, removing or retargeting `extends`, adding an allow entry, removing
// a term, re-declaring a baseline entry and narrowing a rule's classes are `loosens`, never
// `neutral` or `tightens`, whatever else the same change does.

const BASE = `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: _base, name: law}
spec:
  term_sets:
    - {id: ad-law-absolute, law: true, severity: error, terms: [全网最低, 第一]}
    - {id: food-health-function, law: true, severity: error, legal_classes: [food], terms: [减肥]}
  qualifications:
    - {id: food-production-licence, law: true, legal_classes: [food], any_of: [sc]}
`;

const store = (spec: string) => `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: demo, name: compliance}
spec:
${spec}`;

const SHIPPED = '  extends: ../_base/law.yaml\n  term_sets:\n    - {id: hype, severity: warning, terms: [闭眼入], allow: [闭眼入手]}\n';

function diff(before: string, after: string, extraAfter: Record<string, string> = {}) {
  const docs = (files: Record<string, string>): PolicyDocument[] => Object.entries(files).flatMap(([file, text]) => loadYaml(file, text).documents);
  const changes = diffPolicySets(
    docs({ 'p/_base/law.yaml': BASE, 'p/demo/compliance.yaml': store(before) }),
    docs({ 'p/_base/law.yaml': BASE, 'p/demo/compliance.yaml': store(after), ...extraAfter }),
  );
  return changes.map((c) => ({ class: c.class, type: c.type, path: c.path, line: c.location.line, message: describeChange(c, 'en').message, why: describeChange(c, 'en').why }));
}

describe('diff: changes that loosen the law baseline', () => {
  it('removing extends loosens, at the removed line on the base side', () => {
    expect(diff(SHIPPED, SHIPPED.replace('  extends: ../_base/law.yaml\n', ''))).toEqual([
      {
        class: 'loosens',
        type: 'value-removed',
        path: 'extends',
        line: 5,
        message: 'law baseline (extends) removed (was ../_base/law.yaml)',
        why: "the law's baseline no longer applies as shipped: another file, or none, stands in for it",
      },
    ]);
  });

  it('retargeting extends to a home-made _base file loosens, even though a baseline document is added', () => {
    const mine = 'apiVersion: storepolicy/v1\nkind: CompliancePolicy\nmetadata: {store: _base, name: mine}\nspec: {}\n';
    const changes = diff(SHIPPED, SHIPPED.replace('../_base/law.yaml', 'my-base.yaml'), { 'p/demo/my-base.yaml': mine });
    expect(changes).toContainEqual(expect.objectContaining({ class: 'loosens', type: 'value-changed', path: 'extends', message: 'law baseline (extends) ../_base/law.yaml -> my-base.yaml' }));
  });

  it('writing extends where there was none tightens', () => {
    expect(diff(SHIPPED.replace('  extends: ../_base/law.yaml\n', ''), SHIPPED).map((c) => [c.class, c.type, c.path])).toEqual([['tightens', 'value-added', 'extends']]);
  });

  it('adding an allow entry loosens', () => {
    expect(diff(SHIPPED, SHIPPED.replace('allow: [闭眼入手]', 'allow: [闭眼入手, 闭眼入坑]')).map((c) => [c.class, c.type, c.message])).toEqual([
      ['loosens', 'item-added', '闭眼入坑 added to allow-list of set hype'],
    ]);
  });

  it('adding a whole allow list to a set loosens, entry by entry', () => {
    const before = SHIPPED.replace(', allow: [闭眼入手]', '');
    expect(diff(before, SHIPPED).map((c) => [c.class, c.type])).toEqual([['loosens', 'item-added']]);
  });

  it('removing a term loosens', () => {
    const after = SHIPPED.replace('terms: [闭眼入]', 'terms: []');
    expect(diff(SHIPPED, after).map((c) => [c.class, c.type, c.message])).toEqual([['loosens', 'item-removed', 'banned term 闭眼入 removed from set hype']]);
  });

  it('re-declaring a baseline set with an allow list loosens (it was "tightens: added to term sets")', () => {
    const after = `${SHIPPED}    - {id: ad-law-absolute, allow: [全网最低价, 国家级品质]}\n`;
    expect(diff(SHIPPED, after)).toEqual([
      expect.objectContaining({
        class: 'loosens',
        type: 'item-added',
        message: 'ad-law-absolute re-declared: it overrides the baseline\'s entry of that id',
        why: expect.stringContaining('compliance/loosens-law refuses it'),
      }),
    ]);
  });

  it('re-declaring a baseline qualification loosens', () => {
    const after = `${SHIPPED}  qualifications:\n    - {id: food-production-licence, any_of: [sc, other]}\n`;
    expect(diff(SHIPPED, after).map((c) => [c.class, c.type])).toEqual([['loosens', 'item-added']]);
  });

  it('a store set with a new id still tightens', () => {
    const after = `${SHIPPED}    - {id: more-words, terms: [爆款之王]}\n`;
    expect(diff(SHIPPED, after).map((c) => [c.class, c.type])).toEqual([['tightens', 'item-added']]);
  });

  it('writing legal_classes on a set that applied to every class loosens (it narrows the set)', () => {
    const after = SHIPPED.replace('severity: warning, terms', 'severity: warning, legal_classes: [apparel], terms');
    expect(diff(SHIPPED, after).map((c) => [c.class, c.type])).toEqual([['loosens', 'item-added']]);
    expect(diff(after, SHIPPED).map((c) => [c.class, c.type])).toEqual([['tightens', 'item-removed']]);
  });

  it('adding a class to an existing legal_classes list still tightens', () => {
    const before = SHIPPED.replace('severity: warning, terms', 'severity: warning, legal_classes: [apparel], terms');
    const after = SHIPPED.replace('severity: warning, terms', 'severity: warning, legal_classes: [apparel, general], terms');
    expect(diff(before, after).map((c) => [c.class, c.type])).toEqual([['tightens', 'item-added']]);
  });

  it('deleting the store\'s compliance policy loosens', () => {
    const docs = (files: Record<string, string>): PolicyDocument[] => Object.entries(files).flatMap(([file, text]) => loadYaml(file, text).documents);
    const changes = diffPolicySets(docs({ 'p/_base/law.yaml': BASE, 'p/demo/compliance.yaml': store(SHIPPED) }), docs({ 'p/_base/law.yaml': BASE }));
    expect(changes.map((c) => [c.class, c.type, c.kind])).toEqual([['loosens', 'document-removed', 'CompliancePolicy']]);
  });

  it('in the baseline itself: a removed law term, a lowered severity and law: false loosen', () => {
    const docs = (text: string) => loadYaml('p/_base/law.yaml', text).documents;
    const after = BASE.replace('terms: [全网最低, 第一]', 'terms: [第一]').replace('law: true, severity: error, legal_classes: [food]', 'law: false, severity: warning, legal_classes: [food]');
    expect(diffPolicySets(docs(BASE), docs(after)).map((c) => [c.class, c.path])).toEqual([
      ['loosens', 'term_sets[ad-law-absolute].terms'],
      ['loosens', 'term_sets[food-health-function].law'],
      ['loosens', 'term_sets[food-health-function].severity'],
    ]);
  });
});

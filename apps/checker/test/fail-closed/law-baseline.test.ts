import { afterEach, describe, expect, it } from 'vitest';
import { findings, STACK_TRACE } from '../validate/run-cli.js';
import { lawRepo, positionOf, type LawRepo } from './_law-repo.js';

// Bypass family "the law baseline removed, replaced or loosened" (issue 9, holes 2 and the
// baseline half of 3). Each case breaks a fresh copy of the shipped policies the way an
// adversarial store manager would; on the old main each passed `validate` clean, `check
// listing` with exit 0 and `diff` as neutral or "tightens".

const FOOD = 'policies/demo-food';
const COMPLIANCE = `${FOOD}/compliance.yaml`;
const EXTENDS = '  extends: ../_base/cn-regulations.yaml\n';
const SPAM = `${JSON.stringify({ sku: 'X1', title: '减肥茶 全网最低 好评返现', category: 'tea', price: '10.00', qualifications: { sc: 'SC11833010600512' } })}\n`;

let repo: LawRepo | undefined;
afterEach(() => repo?.cleanup());
const food = () => (repo = lawRepo(['demo-food']));

/** `validate` of the repository copy: exit code and the findings of one code. */
async function validate(r: LawRepo, code: string) {
  const result = await r.run(['validate', 'policies', '--format', 'json']);
  return { code: result.code, found: findings(result).filter((f) => f.code === code) };
}

/** `check listing` of the spam row on stdin: refused with exit 2 and one located line. */
async function expectListingRefused(r: LawRepo, where: { file: string; line: number; column: number }, code: string) {
  const result = await r.run(['check', 'listing', '-', '--store', FOOD], SPAM);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(`storepolicy: ${where.file}:${where.line}:${where.column}: ${code} `);
  expect(result.stderr).toContain('no listing was checked');
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

/** `diff` of the working copy against the committed shipped policies. */
async function diffClasses(r: LawRepo) {
  const result = await r.run(['diff', '--format', 'json']);
  expect(result.stderr).toBe('');
  const body = JSON.parse(result.stdout) as { changes: Array<{ class: string; type: string; message: string; file: string }> };
  return body.changes;
}

describe('fail closed: the law baseline cannot be removed', () => {
  it('deleting extends: validate errors at spec, check listing exits 2, diff says loosens', async () => {
    const r = food();
    r.commit();
    r.edit(COMPLIANCE, EXTENDS, '');
    const { code, found } = await validate(r, 'compliance/no-baseline');
    expect(code).toBe(1);
    const at = positionOf(r.read(COMPLIANCE), 'spec:');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', file: COMPLIANCE, ...at, pointer: '/spec' })]);
    await expectListingRefused(r, { file: COMPLIANCE, ...at }, 'compliance/no-baseline');
    expect(await diffClasses(r)).toEqual([expect.objectContaining({ class: 'loosens', type: 'value-removed', message: expect.stringContaining('extends') })]);
  });

  it('deleting compliance.yaml: validate errors at the store, check listing exits 2', async () => {
    const r = food();
    r.remove(COMPLIANCE);
    const { code, found } = await validate(r, 'compliance/no-baseline');
    expect(code).toBe(1);
    const at = positionOf(r.read(`${FOOD}/store.yaml`), 'demo-food', 'store:');
    expect(found).toEqual([expect.objectContaining({ file: `${FOOD}/store.yaml`, ...at })]);
    await expectListingRefused(r, { file: `${FOOD}/store.yaml`, ...at }, 'compliance/no-baseline');
  });

  it('only the store folder shipped (no _base/): check listing exits 2 at the extends line', async () => {
    const r = (repo = lawRepo(['demo-food'], { withBase: false }));
    const at = positionOf(r.read(COMPLIANCE), '../_base/cn-regulations.yaml');
    await expectListingRefused(r, { file: COMPLIANCE, ...at }, 'compliance/no-baseline');
    const { code, found } = await validate(r, 'compliance/no-baseline');
    expect(code).toBe(1);
    expect(found).toEqual([expect.objectContaining({ file: COMPLIANCE, ...at })]);
  });

  it('a mistyped extends path: no-baseline at the path, listing refused', async () => {
    const r = food();
    r.edit(COMPLIANCE, 'cn-regulations.yaml', 'cn-regulation.yaml');
    const at = positionOf(r.read(COMPLIANCE), '../_base/cn-regulation.yaml');
    expect((await validate(r, 'compliance/no-baseline')).found).toEqual([expect.objectContaining({ file: COMPLIANCE, ...at })]);
    await expectListingRefused(r, { file: COMPLIANCE, ...at }, 'compliance/no-baseline');
  });
});

describe('fail closed: the law baseline cannot be replaced', () => {
  const HOME_MADE = 'apiVersion: storepolicy/v1\nkind: CompliancePolicy\nmetadata: {store: _base, name: relaxed}\nspec: {}\n';

  it('extends pointing at a home-made _base file with no sets: validate error, listing refused, diff loosens', async () => {
    const r = food();
    r.commit();
    r.write(`${FOOD}/relaxed-base.yaml`, HOME_MADE);
    r.edit(COMPLIANCE, '../_base/cn-regulations.yaml', 'relaxed-base.yaml');
    const at = positionOf(r.read(COMPLIANCE), 'relaxed-base.yaml');
    const { code, found } = await validate(r, 'compliance/no-baseline');
    expect(code).toBe(1);
    expect(found).toEqual([expect.objectContaining({ file: COMPLIANCE, ...at, message: expect.stringContaining('lacks or weakens 13 law rules') })]);
    await expectListingRefused(r, { file: COMPLIANCE, ...at }, 'compliance/no-baseline');
    const changes = await diffClasses(r);
    expect(changes).toContainEqual(expect.objectContaining({ class: 'loosens', type: 'value-changed', file: COMPLIANCE }));
  });

  it('a copy of the shipped baseline with one law term left out (全网最低) is not the law', async () => {
    const r = food();
    const shipped = r.read('policies/_base/cn-regulations.yaml');
    r.write('policies/_base/relaxed.yaml', shipped.replace('name: cn-regulations', 'name: relaxed').replace('        - 全网最低\n', ''));
    r.edit(COMPLIANCE, '../_base/cn-regulations.yaml', '../_base/relaxed.yaml');
    const { found } = await validate(r, 'compliance/no-baseline');
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining('ad-law-absolute (terms: without 全网最低)') })]);
  });

  it('extends pointing at another store\'s compliance.yaml is not a baseline', async () => {
    const r = (repo = lawRepo(['demo-food', 'demo-apparel']));
    r.edit(COMPLIANCE, '../_base/cn-regulations.yaml', '../demo-apparel/compliance.yaml');
    const { found } = await validate(r, 'compliance/no-baseline');
    expect(found).toEqual([expect.objectContaining({ file: COMPLIANCE, message: expect.stringContaining('names a CompliancePolicy of store "demo-apparel"') })]);
  });
});

describe('fail closed: a store cannot loosen the law by re-declaring it', () => {
  const redeclare = (set: string) => `${EXTENDS}  term_sets:\n    - id: ${set}\n`;

  it.each([
    { set: 'ad-law-absolute', allow: '[全网最低价, 国家级品质]', compounds: ['全网最低价', '国家级品质'] },
    { set: 'food-health-function', allow: '[减肥茶]', compounds: ['减肥茶'] },
  ])('re-declaring $set with allow: $allow is loosens-law (validate, check listing, diff)', async ({ set, allow, compounds }) => {
    const r = food();
    r.commit();
    r.edit(COMPLIANCE, `${EXTENDS}  term_sets:\n`, `${redeclare(set)}      allow: ${allow}\n`);
    const text = r.read(COMPLIANCE);
    const { code, found } = await validate(r, 'compliance/loosens-law');
    expect(code).toBe(1);
    expect(found.map((f) => [f.line, f.column, f.message.split(':')[0]])).toEqual([
      [positionOf(text, set, 'term_sets').line, positionOf(text, set, 'term_sets').column, expect.stringContaining(`re-declares the law rule "${set}"`)],
      ...compounds.map((compound) => [positionOf(text, compound, 'allow').line, positionOf(text, compound, 'allow').column, expect.stringContaining(`Allow-listing "${compound}"`)]),
    ]);
    await expectListingRefused(r, { file: COMPLIANCE, ...positionOf(text, set, 'term_sets') }, 'compliance/loosens-law');
    expect(await diffClasses(r)).toEqual([expect.objectContaining({ class: 'loosens', type: 'item-added', message: expect.stringContaining(`${set} re-declared`) })]);
  });

  it('re-declaring a law set only to add a term is still refused (it replaces the law\'s fields)', async () => {
    const r = food();
    r.edit(COMPLIANCE, `${EXTENDS}  term_sets:\n`, `${redeclare('review-inducement')}      severity: error\n`);
    const { found } = await validate(r, 'compliance/loosens-law');
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining('re-declares the law rule "review-inducement"') })]);
  });

  it('narrowing a law set to fewer classes and lowering its severity are each refused', async () => {
    const r = food();
    r.edit(COMPLIANCE, `${EXTENDS}  term_sets:\n`, `${redeclare('food-health-function')}      legal_classes: [fresh]\n      severity: warning\n`);
    const { found } = await validate(r, 'compliance/loosens-law');
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('re-declares the law rule "food-health-function"'),
      expect.stringContaining('can no longer leave out food'),
      expect.stringContaining('severity cannot go from error down to warning'),
    ]);
  });
});

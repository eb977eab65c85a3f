import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../src/load-yaml.js';
import { validateStructure } from '../src/validate.js';

function check(text: string) {
  const { documents, diagnostics } = loadYaml('v.yaml', text);
  expect(diagnostics).toEqual([]);
  return validateStructure(documents[0]!);
}

const envelope = (extra = '') =>
  `apiVersion: storepolicy/v1\nkind: Waiver\nmetadata:\n  store: demo\n  name: w1\n${extra}`;

describe('validateStructure', () => {
  it('suggests the closest key for a misspelt one, located at the key', () => {
    const findings = check('apiVersion: storepolicy/v1\nkind: Store\nmetadata:\n  store: demo\n  nmae: x\n  name: y\nspec: {}\n');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'schema/unknown-key',
        messageId: 'schema/unknown-key.didYouMean',
        params: expect.objectContaining({ key: 'nmae', suggestion: 'name' }),
        line: 5,
        column: 3,
        endColumn: 7,
      }),
    );
  });

  it('reports a missing key at the closest existing parent', () => {
    const findings = check('apiVersion: storepolicy/v1\nkind: Store\nmetadata:\n  store: demo\nspec: {}\n');
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'schema/required', pointer: '/metadata/name', line: 3, column: 1 }),
    );
  });

  it('names the allowed kinds and the closest one for an unknown kind', () => {
    const findings = check('apiVersion: storepolicy/v1\nkind: MemberTier\nmetadata: {store: demo, name: x}\nspec: {}\n');
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'schema/enum',
        line: 2,
        column: 7,
        params: expect.objectContaining({ value: 'MemberTier', suggestion: 'Did you mean "MemberTiers"?' }),
      }),
    ]);
  });

  it('reports a wrong type with what was expected and what was found', () => {
    const findings = check('apiVersion: storepolicy/v1\nkind: Store\nmetadata: {store: demo, name: x}\nspec: [1]\n');
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'schema/type', line: 4, column: 7, params: expect.objectContaining({ expected: 'a mapping', actual: 'a list' }) }),
    );
  });

  it('reports a bad store id format', () => {
    const findings = check('apiVersion: storepolicy/v1\nkind: Store\nmetadata: {store: Demo Store, name: x}\nspec: {}\n');
    expect(findings).toContainEqual(expect.objectContaining({ code: 'schema/format', pointer: '/metadata/store', line: 3, column: 19 }));
  });

  it('refuses a document that is not a mapping', () => {
    expect(check('- a\n- b\n')).toMatchObject([{ code: 'schema/type', messageId: 'schema/type.notMapping', line: 1 }]);
  });

  it('accepts a valid envelope', () => {
    expect(envelope()).toContain('Waiver');
  });
});

describe('shared definitions', () => {
  const common = JSON.parse(readFileSync(new URL('../../../schemas/common.schema.json', import.meta.url), 'utf8'));
  const dateTime = new RegExp(common.$defs.dateTime.pattern, 'u');
  const date = new RegExp(common.$defs.date.pattern, 'u');

  it.each([
    ['2026-11-11T00:00:00+08:00', true],
    ['2026-11-11T00:00Z', true],
    ['2026-11-11T00:00:00', false], // no offset: the window would move with the server's zone
    ['2026-02-30T00:00:00+08:00', false], // a day that does not exist
    ['2026-04-31T10:00:00+08:00', false],
  ])('dateTime %s -> %s', (text, ok) => expect(dateTime.test(text)).toBe(ok));

  it.each([
    ['2026-12-31', true],
    ['2028-02-29', true],
    ['2026-06-31', false],
  ])('date %s -> %s', (text, ok) => expect(date.test(text)).toBe(ok));
});

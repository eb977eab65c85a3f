import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../src/policy-test/merge-patch.js';

describe('mergePatch (RFC 7396)', () => {
  const cases: Array<[string, unknown, unknown, unknown]> = [
    ['mappings merge key by key', { a: 1, b: { c: 2, d: 3 } }, { b: { c: 9 } }, { a: 1, b: { c: 9, d: 3 } }],
    ['lists replace', { a: [1, 2, 3] }, { a: [4] }, { a: [4] }],
    ['null removes', { a: 1, b: 2 }, { a: null }, { b: 2 }],
    ['a scalar replaces a mapping', { a: { b: 1 } }, { a: 5 }, { a: 5 }],
    ['a mapping replaces a scalar', { a: 5 }, { a: { b: 1 } }, { a: { b: 1 } }],
    ['a non-mapping patch replaces everything', { a: 1 }, [1], [1]],
  ];
  for (const [name, target, patch, expected] of cases) {
    it(name, () => expect(mergePatch(target, patch)).toEqual(expected));
  }

  it('keeps __proto__ as plain data and leaves the target untouched', () => {
    const target = { a: 1 };
    const patch = JSON.parse('{"__proto__": {"polluted": true}}');
    const out = mergePatch(target, patch) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(target).toEqual({ a: 1 });
  });
});

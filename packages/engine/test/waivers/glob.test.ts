import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/waivers/glob.js';

describe('compileGlob: what a waiver file glob matches', () => {
  const cases: [glob: string, path: string, matches: boolean][] = [
    ['policies/s/a.yaml', 'policies/s/a.yaml', true],
    ['policies/s/a.yaml', 'policies/s/a.yamlx', false],
    ['policies/s/a.yaml', 'xpolicies/s/a.yaml', false],
    ['policies/s/*.yaml', 'policies/s/a.yaml', true],
    ['policies/s/*.yaml', 'policies/s/.yaml', true],
    ['policies/s/*.yaml', 'policies/s/x/a.yaml', false],
    ['policies/*', 'policies/s/a.yaml', false],
    ['policies/**', 'policies/s/a.yaml', true],
    ['policies/**/a.yaml', 'policies/a.yaml', true],
    ['policies/**/a.yaml', 'policies/s/t/a.yaml', true],
    ['policies/**/a.yaml', 'policies/s/t/ba.yaml', false],
    ['**/a.yaml', 'a.yaml', true],
    ['**/a.yaml', 'x/a.yaml', true],
    ['policies/s/?.yaml', 'policies/s/a.yaml', true],
    ['policies/s/?.yaml', 'policies/s/ab.yaml', false],
    ['policies/s/?.yaml', 'policies/s//.yaml', false],
    ['policies/s/?.csv', 'policies/s/表.csv', true],
    ['policies/s/a.yam.', 'policies/s/a.yamx', false],
    ['policies/s/(a|b)+.yaml', 'policies/s/a.yaml', false],
    ['policies/s/(a|b)+.yaml', 'policies/s/(a|b)+.yaml', true],
    ['policies/s/[ab].yaml', 'policies/s/a.yaml', false],
    ['policies/***/a.yaml', 'policies/x/y/a.yaml', true],
    ['a**b', 'a/x/b', true],
    ['a*b', 'a/b', false],
  ];
  it.each(cases)('%s against %s: %s', (glob, path, matches) => {
    expect(compileGlob(glob).test(path)).toBe(matches);
  });

  it('answers a hostile glob on a long path without backtracking', () => {
    // as a backtracking RegExp, (?:[^/]*/)* and .* nested like this take exponential time
    const glob = `${'**/'.repeat(30)}${'*a'.repeat(30)}**b`;
    const path = `${'a/'.repeat(200)}${'a'.repeat(5000)}`;
    expect(compileGlob(glob).test(path)).toBe(false);
    expect(compileGlob(glob).test(`${path}b`)).toBe(true);
  });
});

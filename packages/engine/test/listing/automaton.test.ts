import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AutomatonBuilder } from '../../src/listing/automaton.js';
import { foldString, isAsciiAlnum } from '../../src/listing/fold.js';

/** Every occurrence by brute force over the folded text, with the same word-boundary rule. */
function naive(terms: string[], text: string): string[] {
  const folded = foldString(text);
  const out: string[] = [];
  const unique = [...new Set(terms.map(foldString))].filter((t) => t.length > 0);
  for (let end = 1; end <= folded.length; end++) {
    for (const term of unique) {
      const start = end - term.length;
      if (start < 0 || folded.slice(start, end) !== term) continue;
      const latinStart = isAsciiAlnum(term.charCodeAt(0));
      const latinEnd = isAsciiAlnum(term.charCodeAt(term.length - 1));
      if (latinStart && start > 0 && isAsciiAlnum(folded.charCodeAt(start - 1))) continue;
      if (latinEnd && end < folded.length && isAsciiAlnum(folded.charCodeAt(end))) continue;
      out.push(`${term}@${start}`);
    }
  }
  return out.sort();
}

function automaton(terms: string[], text: string): string[] {
  const builder = new AutomatonBuilder();
  const patterns: string[] = [];
  for (const term of terms) {
    const folded = foldString(term);
    if (folded.length > 0) patterns[builder.add(folded)] = folded;
  }
  const out: string[] = [];
  builder.build().scan(text, (pattern, start, end) => {
    expect(end - start).toBe(patterns[pattern]!.length);
    out.push(`${patterns[pattern]}@${start}`);
  });
  return out.sort();
}

// A small alphabet with CJK, Latin in both cases and widths, and digits, so overlaps are frequent.
const char = fc.constantFrom('第', '一', '次', '最', '好', 'N', 'n', 'Ｎ', 'O', 'o', '.', '．', '1', '１', ' ', '是');
const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

describe('Aho-Corasick automaton', () => {
  it('finds exactly what a brute-force search finds (folding and boundaries included)', () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), text, (terms, t) => {
      expect(automaton(terms, t)).toEqual(naive(terms, t));
    }), { numRuns: 500 });
  });

  it('matches full-width and case variants with offsets into the original text', () => {
    expect(automaton(['NO.1'], '爆款ＮＯ．１连衣裙')).toEqual(['no.1@2']);
    expect(automaton(['NO.1'], 'No.1')).toEqual(['no.1@0']);
    expect(automaton(['NO.1'], 'NO.12')).toEqual([]);
  });

  it('stays linear on adversarial input (a^n against a, aa, aaa, ...)', () => {
    const terms = Array.from({ length: 50 }, (_, i) => 'a'.repeat(i + 1) + 'b');
    const builder = new AutomatonBuilder();
    for (const t of terms) builder.add(t);
    const scan = builder.build();
    let calls = 0;
    const started = performance.now();
    scan.scan('a'.repeat(200_000), () => calls++);
    expect(calls).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

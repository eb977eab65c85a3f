import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AutomatonBuilder } from '../../src/listing/automaton.js';
import { isAsciiAlnum } from '../../src/listing/fold.js';
import { acrossBreakStandsApart, CONTENT, GAP, MATCH_FOLD, searchForm } from '../../src/listing/read-as-buyer.js';

const fold = (c: number) => MATCH_FOLD[c]!;

/**
 * Every occurrence by brute force: split the text into segments the way
 * SPEC section 10 says (a character in no term breaks a match unless it is a
 * gap), drop the gaps, search each term everywhere, then apply the word
 * boundaries of Latin terms and the clause-break rule.
 */
function naive(terms: string[], text: string): string[] {
  const unique = [...new Set(terms.map(searchForm))].filter((t) => t.length > 0);
  const alphabet = new Set(unique.join(''));
  const out: string[] = [];
  let segment: { ch: string; at: number }[] = [];
  const flush = () => {
    const folded = segment.map((s) => s.ch).join('');
    for (const term of unique) {
      for (let start = 0; start + term.length <= folded.length; start++) {
        if (folded.slice(start, start + term.length) !== term) continue;
        const rawStart = segment[start]!.at;
        const rawEnd = segment[start + term.length - 1]!.at + 1;
        if (isAsciiAlnum(term.charCodeAt(0)) && rawStart > 0 && isAsciiAlnum(fold(text.charCodeAt(rawStart - 1)))) continue;
        if (isAsciiAlnum(term.charCodeAt(term.length - 1)) && rawEnd < text.length && isAsciiAlnum(fold(text.charCodeAt(rawEnd)))) continue;
        if (!acrossBreakStandsApart(text, rawStart, rawEnd, term.length)) continue;
        out.push(`${term}@${rawStart}`);
      }
    }
    segment = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = String.fromCharCode(fold(c));
    if (GAP[c] === CONTENT && alphabet.has(f)) {
      segment.push({ ch: f, at: i });
      continue;
    }
    if (GAP[c] !== CONTENT) continue;
    flush();
  }
  flush();
  return out.sort();
}

function automaton(terms: string[], text: string): string[] {
  const builder = new AutomatonBuilder();
  const patterns: string[] = [];
  for (const term of terms) {
    const folded = searchForm(term);
    if (folded.length > 0) patterns[builder.add(folded)] = folded;
  }
  const out: string[] = [];
  builder.build().scan(text, (pattern, start) => {
    out.push(`${patterns[pattern]}@${start}`);
  });
  return out.sort();
}

// A small alphabet with CJK, Latin in both cases and widths, and digits, so overlaps are frequent.
const char = fc.constantFrom('第', '一', '次', '最', '好', '國', '国', 'N', 'n', 'Ｎ', 'O', 'o', 'О', '.', '．', '1', '１', ' ', '是', '*', '\u200b', '\u3000', '。', '，', '\n', '⼀');
const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

describe('Aho-Corasick automaton', () => {
  // 500 automata of 64K-entry tables: seconds alone, tens of seconds under a full `pnpm test` on 2 loaded cores
  it('finds exactly what a brute-force search finds (folding and boundaries included)', { timeout: 90_000 }, () => {
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), text, (terms, t) => {
      expect(automaton(terms, t)).toEqual(naive(terms, t));
    }), { numRuns: 500 });
  });

  it('matches full-width and case variants with offsets into the original text', () => {
    expect(automaton(['NO.1'], '爆款ＮＯ．１连衣裙')).toEqual(['no1@2']);
    expect(automaton(['NO.1'], 'No.1')).toEqual(['no1@0']);
    expect(automaton(['NO.1'], 'NO.12')).toEqual([]);
  });

  it('sees through spaces, symbols and zero-width characters between the characters of a term, Latin ones too', () => {
    expect(automaton(['好评返现'], '亲 好 评 返 现哦')).toEqual(['好评返现@2']);
    expect(automaton(['全网最低'], '全*网*最\u200b低')).toEqual(['全网最低@0']);
    expect(automaton(['NO.1'], 'NO. 1')).toEqual(['no1@0']);
    expect(automaton(['NO.1'], 'NO.\u200b1')).toEqual(['no1@0']);
    expect(automaton(['NO.1'], 'NO 12')).toEqual([]);
  });

  it('counts a term across a clause break when it has 3+ characters or stands apart on one side', () => {
    expect(automaton(['全网最低'], '全，网，最，低')).toEqual(['全网最低@0']);
    expect(automaton(['全网最低'], '限时全，网最低价格')).toEqual(['全网最低@2']);
    expect(automaton(['极品'], '终极。品质保障')).toEqual([]);
    expect(automaton(['万能'], '月销过万，能放心购买')).toEqual([]);
    expect(automaton(['极品'], '极。品')).toEqual(['极品@0']);
    expect(automaton(['极品'], '终极品质保障')).toEqual(['极品@1']);
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

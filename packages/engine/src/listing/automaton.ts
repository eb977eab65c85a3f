import { isAsciiAlnum } from './fold.js';
import { acrossBreakStandsApart, CONTENT, GAP, MATCH_FOLD } from './read-as-buyer.js';

/**
 * Aho-Corasick over folded UTF-16 code units, compiled to a dense DFA over a
 * compressed alphabet (only the characters that occur in some term get a
 * symbol; any other character sends the DFA back to the root). Matching is one
 * table lookup per character, linear in the text whatever the terms are, so
 * no policy can make a check slow (SPEC section 6).
 */
export interface Automaton {
  /** What it was built from: plain data, so a thread can rebuild it (`buildAutomaton`). */
  readonly source: AutomatonSource;
  /** Number of distinct patterns (duplicates across sets share one). */
  readonly patternCount: number;
  /** Folded length of each pattern, by pattern index. */
  readonly patternLength: Int32Array;
  /**
   * Find every occurrence in `text`. Calls `onMatch(pattern, start, end)` with
   * UTF-16 offsets into the original text. Latin terms only match on ASCII
   * word boundaries, so `NO.1` does not fire inside `NO.12`.
   */
  scan(text: string, onMatch: MatchSink): void;
}

export type MatchSink = (pattern: number, start: number, end: number) => void;

export interface AutomatonSource {
  /** Folded patterns, by pattern index. */
  patterns: readonly string[];
  /** Indexes of Latin patterns that may run on into a letter or digit. */
  openEnded: readonly number[];
  /**
   * The compiled tables, when the automaton was built already: a checker
   * thread then takes them (a structured clone) instead of compiling the
   * same patterns again (tens of milliseconds per thread).
   */
  tables?: AutomatonTables;
}

/** The DFA as plain typed arrays (see `compile`). */
export interface AutomatonTables {
  alphabet: number;
  next: Int32Array;
  output: Int32Array;
  outputNext: Int32Array;
  symbolOfRaw: Uint16Array;
  patternLength: Int32Array;
  latinStart: Uint8Array;
  latinEnd: Uint8Array;
  endingOf: Int32Array;
}

/** Rebuild an automaton from its source, or take the tables it carries. */
export function buildAutomaton(source: AutomatonSource): Automaton {
  const patterns = { patterns: source.patterns, openEnded: source.openEnded };
  return scanner(patterns, source.tables ?? compile(source.patterns, new Set(source.openEnded)));
}

export class AutomatonBuilder {
  private readonly ids = new Map<string, number>();
  private readonly patterns: string[] = [];
  private readonly openEnded = new Set<number>();

  /**
   * Add a folded pattern; returns its index (the same index for the same
   * text). `openEnd`: a Latin pattern may be followed by a letter or digit
   * (trigger words such as `QQ` in `QQ2851234567`).
   */
  add(folded: string, openEnd = false): number {
    let id = this.ids.get(folded);
    if (id === undefined) {
      id = this.patterns.length;
      this.patterns.push(folded);
      this.ids.set(folded, id);
    }
    if (openEnd) this.openEnded.add(id);
    return id;
  }

  build(): Automaton {
    return buildAutomaton({ patterns: [...this.patterns], openEnded: [...this.openEnded] });
  }
}

function compile(patterns: readonly string[], openEnded: ReadonlySet<number>): AutomatonTables {
  // Alphabet: symbol 0 means "in no pattern".
  const symbolOf = new Uint16Array(0x10000);
  let alphabet = 1;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbolOf[c] === 0) symbolOf[c] = alphabet++;
    }
  }
  // Trie with sparse maps, then BFS to fill failure links into a dense table.
  const trie: Map<number, number>[] = [new Map()];
  const ending: number[] = [-1];
  patterns.forEach((p, index) => {
    let state = 0;
    for (let i = 0; i < p.length; i++) {
      const s = symbolOf[p.charCodeAt(i)]!;
      let next = trie[state]!.get(s);
      if (next === undefined) {
        next = trie.length;
        trie.push(new Map());
        ending.push(-1);
        trie[state]!.set(s, next);
      }
      state = next;
    }
    ending[state] = index;
  });
  const stateCount = trie.length;
  const delta = new Int32Array(stateCount * alphabet);
  const fail = new Int32Array(stateCount);
  // Nearest state on the failure chain (itself included) that ends a pattern, or -1.
  const output = new Int32Array(stateCount).fill(-1);
  const outputNext = new Int32Array(stateCount).fill(-1);
  const queue: number[] = [];
  for (const [s, next] of trie[0]!) {
    delta[s] = next;
    queue.push(next);
  }
  output[0] = -1;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    output[state] = ending[state]! >= 0 ? state : output[f]!;
    outputNext[state] = ending[state]! >= 0 ? output[f]! : -1;
    const row = state * alphabet;
    const failRow = f * alphabet;
    for (let s = 1; s < alphabet; s++) {
      const next = trie[state]!.get(s);
      if (next === undefined) delta[row + s] = delta[failRow + s]!;
      else {
        fail[next] = state === 0 ? 0 : delta[failRow + s]!;
        delta[row + s] = next;
        queue.push(next);
      }
    }
  }
  // Premultiplied rows (state * alphabet) and one table from raw code unit to
  // symbol (folding included): two typed-array loads per character.
  // Each entry is (row offset << 1) | (1 when the target state ends some pattern).
  const next = new Int32Array(delta.length);
  for (let i = 0; i < delta.length; i++) next[i] = ((delta[i]! * alphabet) << 1) | (output[delta[i]!]! >= 0 ? 1 : 0);
  const symbolOfRaw = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) symbolOfRaw[c] = GAP[c] !== CONTENT ? 0 : symbolOf[MATCH_FOLD[c]!]!;
  const patternLength = Int32Array.from(patterns, (p) => p.length);
  const latinStart = Uint8Array.from(patterns, (p) => (isAsciiAlnum(p.charCodeAt(0)) ? 1 : 0));
  const latinEnd = Uint8Array.from(patterns, (p, i) => (!openEnded.has(i) && isAsciiAlnum(p.charCodeAt(p.length - 1)) ? 1 : 0));
  const endingOf = Int32Array.from(ending);
  return { alphabet, next, output, outputNext, symbolOfRaw, patternLength, latinStart, latinEnd, endingOf };
}

/** The matcher over compiled tables; `source` keeps the patterns and the tables, to hand to another thread. */
function scanner(patterns: { patterns: readonly string[]; openEnded: readonly number[] }, tables: AutomatonTables): Automaton {
  const { alphabet, next, output, outputNext, symbolOfRaw, patternLength, latinStart, latinEnd, endingOf } = tables;
  /** Start of a match of `length` consumed characters ending at `end`, stepping over skipped ones. */
  const startThrough = (text: string, end: number, length: number): number => {
    let i = end;
    let count = 0;
    while (i > 0 && count < length) {
      i--;
      if (symbolOfRaw[text.charCodeAt(i)] !== 0) count++;
    }
    return i;
  };
  return {
    source: { ...patterns, tables },
    patternCount: patterns.patterns.length,
    patternLength,
    scan(text, onMatch) {
      let row = 0;
      let skipped = false; // a gap was skipped since the last reset
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        const s = symbolOfRaw[c]!;
        if (s === 0) {
          if (row !== 0) {
            if (GAP[c] !== CONTENT) skipped = true; // 好 评 返 现, 全🔥网, 全<b>网: keep the partial match
            else {
              row = 0;
              skipped = false;
            }
          }
          continue;
        }
        const entry = next[row + s]!;
        row = entry >> 1;
        if (row === 0) skipped = false;
        if ((entry & 1) === 0) continue;
        let hit = output[row / alphabet]!; // rare: only states that end a pattern
        while (hit >= 0) {
          const pattern = endingOf[hit]!;
          const end = i + 1;
          const start = skipped ? startThrough(text, end, patternLength[pattern]!) : end - patternLength[pattern]!;
          if (
            (latinStart[pattern] === 0 || start === 0 || !isAsciiAlnum(MATCH_FOLD[text.charCodeAt(start - 1)]!)) &&
            (latinEnd[pattern] === 0 || end === n || !isAsciiAlnum(MATCH_FOLD[text.charCodeAt(end)]!)) &&
            (!skipped || acrossBreakStandsApart(text, start, end, patternLength[pattern]!))
          ) {
            onMatch(pattern, start, end);
          }
          hit = outputNext[hit]!;
        }
      }
    },
  };
}

/**
 * File globs of waivers, matched in time linear in the path for a given glob.
 *
 * A waiver's `file` is written by whoever writes the waiver, so it must not be
 * able to hang the checker. The usual glob libraries compile to backtracking
 * RegExps (`**` becomes `.*`), where `a/**\/**\/**\/...\/b` against a long path
 * takes exponential time. Here the glob is a small automaton run as a set of
 * states over the path (Thompson's construction): every character of the path
 * advances each live state once, so a match costs path length x glob length.
 *
 * Syntax: `*` any run of characters within one folder, `?` one character other
 * than `/`, `**` any run of characters across folders, `**\/` zero or more whole
 * folders; every other character is literal.
 */

type Element =
  | { kind: 'literal'; char: string }
  | { kind: 'one' } // ?
  | { kind: 'star' } // *
  | { kind: 'deep' } // ** not followed by /
  | { kind: 'folders' }; // **/ : empty, or any text ending in '/'

export interface Glob {
  /** The glob as written (after path normalisation). */
  readonly source: string;
  /** Whether the whole of `path` matches. */
  test(path: string): boolean;
}

export function compileGlob(source: string): Glob {
  const elements = parse(source);
  return { source, test: (path) => run(elements, path) };
}

function parse(glob: string): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      // a run of three or more stars is still one `**`
      let j = i;
      while (glob[j] === '*') j++;
      if (glob[j] === '/') {
        out.push({ kind: 'folders' });
        i = j;
      } else {
        out.push({ kind: 'deep' });
        i = j - 1;
      }
    } else if (ch === '*') {
      // consecutive `*` are one `*`: keeps the state set small
      if (out.at(-1)?.kind !== 'star') out.push({ kind: 'star' });
    } else if (ch === '?') out.push({ kind: 'one' });
    else out.push({ kind: 'literal', char: ch });
  }
  return out;
}

/** The states element j, entered at its start (state 2j), reaches on `ch`. */
function step(element: Element, ch: string, j: number): number[] {
  const self = 2 * j;
  const after = 2 * j + 2;
  switch (element.kind) {
    case 'literal':
      return ch === element.char ? [after] : [];
    case 'one':
      return ch === '/' ? [] : [after];
    case 'star':
      return ch === '/' ? [] : [self];
    case 'deep':
      return [self];
    case 'folders':
      // into the folder run; a `/` right away closes an empty folder name
      return ch === '/' ? [self + 1, after] : [self + 1];
  }
}

/**
 * States: `2j` is "before element j" (2n is "matched everything"), `2j+1` is
 * "inside a `**\/` element j, not yet past its last `/`".
 */
function run(elements: readonly Element[], path: string): boolean {
  const n = elements.length;
  let current = new Uint8Array(2 * n + 2);
  let next = new Uint8Array(2 * n + 2);
  const add = (set: Uint8Array, state: number): void => {
    // epsilon closure: a star, `**` or `**/` may match nothing
    while (!set[state]) {
      set[state] = 1;
      if (state % 2 === 1) return;
      const element = elements[state / 2];
      if (element === undefined || element.kind === 'literal' || element.kind === 'one') return;
      state += 2;
    }
  };
  add(current, 0);
  // iterate by code point, so `?` is one character as a reader counts them
  for (const ch of path) {
    next.fill(0);
    let any = false;
    for (let state = 0; state < current.length; state++) {
      if (!current[state]) continue;
      const j = state >> 1;
      const element = elements[j];
      if (element === undefined) continue;
      if (state % 2 === 1) {
        // inside `**/`: any character keeps us inside, a `/` may end it
        add(next, state);
        if (ch === '/') add(next, 2 * j + 2);
        any = true;
        continue;
      }
      const to = step(element, ch, j);
      if (to.length > 0) any = true;
      for (const target of to) add(next, target);
    }
    if (!any) return false;
    [current, next] = [next, current];
  }
  return current[2 * n] === 1;
}

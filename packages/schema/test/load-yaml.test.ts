import { describe, expect, it } from 'vitest';
import { checkSize, loadYaml } from '../src/load-yaml.js';

const enc = (text: string) => new TextEncoder().encode(text);

describe('loadYaml: positions', () => {
  const text = [
    'apiVersion: storepolicy/v1', // 1
    'kind: MemberTiers', // 2
    'metadata:', // 3
    '  store: demo', // 4
    '  name: tiers', // 5
    'spec:', // 6
    '  tiers:', // 7
    '    - id: regular', // 8
    '      qualify: {spend: 0}', // 9
    '    - id: svip', // 10
    '      qualify:', // 11
    '        spend: 5000', // 12
    '',
  ].join('\n');
  const [doc] = loadYaml('t.yaml', text).documents;

  it.each([
    ['/kind', 2, 7, 2, 18],
    ['/metadata/store', 4, 10, 4, 14],
    ['/spec/tiers/1/id', 10, 11, 10, 15],
    ['/spec/tiers/1/qualify/spend', 12, 16, 12, 20],
    ['/spec/tiers/0/qualify/spend', 9, 24, 9, 25],
  ])('locate(%s) -> %i:%i-%i:%i', (pointer, line, column, endLine, endColumn) => {
    expect(doc!.locate(pointer)).toEqual({ line, column, endLine, endColumn });
    expect(doc!.has(pointer)).toBe(true);
  });

  it('points a missing key at the key of its closest existing parent', () => {
    expect(doc!.has('/spec/tiers/1/benefits/price_percent')).toBe(false);
    expect(doc!.locate('/spec/tiers/1/benefits/price_percent')).toMatchObject({ line: 10, column: 7 });
    expect(doc!.locate('/spec/tiers/1/qualify/orders')).toMatchObject({ line: 11, column: 7, endColumn: 14 });
  });

  it('locates keys for unknown-key findings', () => {
    expect(doc!.locateKey('/metadata/name')).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 7 });
  });

  it('clips a collection to its first line', () => {
    expect(doc!.locate('/spec/tiers/0')).toEqual({ line: 8, column: 7, endLine: 8, endColumn: 18 });
  });

  it('counts columns in characters, not bytes', () => {
    const [cjk] = loadYaml('c.yaml', 'name: {zh: 会员等级, en: tiers}\n').documents;
    expect(cjk!.locate('/name/en')).toMatchObject({ line: 1, column: 22 });
  });
});

describe('loadYaml: YAML 1.2 core schema', () => {
  it('does not reinterpret yes/no/on, octal-looking or sexagesimal values', () => {
    const [doc] = loadYaml('y.yaml', 'a: no\nb: on\nc: 0755\nd: 12:30\ne: 0o17\n').documents;
    expect(doc!.value).toEqual({ a: 'no', b: 'on', c: 755, d: '12:30', e: 15 });
  });

  it('keeps __proto__ as plain data without polluting prototypes', () => {
    const [doc] = loadYaml('p.yaml', '__proto__:\n  polluted: true\nconstructor: x\n').documents;
    expect(Object.keys(doc!.value as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc!.value)).toBe(Object.prototype);
  });

  it('loads every document of a multi-document file with its own index', () => {
    const { documents } = loadYaml('m.yaml', 'kind: A\n---\nkind: B\n---\n# only a comment\n');
    expect(documents.map((d) => [d.index, d.kind])).toEqual([
      [0, 'A'],
      [1, 'B'],
    ]);
    expect(documents[1]!.locate('/kind')).toMatchObject({ line: 3, column: 7 });
  });
});

describe('loadYaml: errors', () => {
  it('reports duplicate keys at the whole second key, related to the first', () => {
    const { diagnostics } = loadYaml('d.yaml', 'spec:\n  days: 1\n  other: 0\n  days: 2\n');
    expect(diagnostics).toMatchObject([
      {
        code: 'yaml/duplicate-key',
        severity: 'error',
        params: { key: 'days', firstLine: 2 },
        line: 4,
        column: 3,
        endColumn: 7,
        related: [{ file: 'd.yaml', line: 2, column: 3, endColumn: 7 }],
      },
    ]);
  });

  it.each([
    ['tab indentation', 'spec:\n\ta: 1\n', 2],
    ['unterminated quote', 'x: 1\na: "open\nb: 1\n', 2],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', 3],
  ])('reports %s as yaml/syntax with its line', (_name, text, line) => {
    const { diagnostics, documents } = loadYaml('s.yaml', text);
    expect(documents).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ code: 'yaml/syntax', severity: 'error', line });
  });

  it('fails an alias bomb fast with yaml/alias-limit', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(', ')}]`);
    }
    const started = performance.now();
    const { diagnostics, documents } = loadYaml('bomb.yaml', levels.join('\n') + '\n');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(documents).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'yaml/alias-limit', line: 2 }]);
  });

  it('accepts a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('kind: Store\n')]);
    const { documents, diagnostics } = loadYaml('b.yaml', bytes);
    expect(diagnostics).toEqual([]);
    expect(documents[0]!.locate('/kind')).toMatchObject({ line: 1, column: 7 });
  });

  it('rejects non-UTF-8 with the position of the first bad byte', () => {
    // "name: 会员" in GBK: bytes BB E1 D4 B1 on line 2 after "name: "
    const bytes = new Uint8Array([...enc('kind: Store\nname: '), 0xbb, 0xe1, 0xd4, 0xb1, 0x0a]);
    const { documents, diagnostics } = loadYaml('g.yaml', bytes);
    expect(documents).toEqual([]);
    expect(diagnostics).toMatchObject([
      { code: 'yaml/encoding', line: 2, column: 7, params: { guess: 'GB18030/GBK' } },
    ]);
  });

  it('refuses a file above the size limit before parsing it', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    const { diagnostics } = loadYaml('big.yaml', big);
    expect(diagnostics).toMatchObject([{ code: 'yaml/too-large', params: { size: '10.0 MB', max: '4.0 MB' } }]);
  });

  it('says exact bytes when the rounded size would read as the limit itself', () => {
    expect(checkSize('big.yaml', 150, 100)).toMatchObject({ code: 'yaml/too-large', params: { size: '150 bytes', max: '100 bytes' } });
    expect(checkSize('big.yaml', 4 * 1024 * 1024 + 1, 4 * 1024 * 1024)).toMatchObject({ params: { size: '4194305 bytes', max: '4194304 bytes' } });
    expect(checkSize('big.yaml', 100, 100)).toBeUndefined();
  });
});

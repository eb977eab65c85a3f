import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Schema } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../src/document.js';
import { fastLoad, IMPLICIT_FIRST_CHARS } from '../src/load-yaml-fast.js';
import { loadYaml } from '../src/load-yaml.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every YAML file of the repository's policies, fixtures and examples. */
function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(full, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out;
}

const corpus = ['policies', 'examples', 'apps/checker/test/fixtures', 'packages/engine/test']
  .flatMap((dir) => yamlFiles(path.join(repo, dir)))
  .map((file) => ({ name: path.relative(repo, file), text: readFileSync(file, 'utf8') }));

/** Every pointer into a value, and one missing child of each. */
function pointers(value: unknown, at = ''): string[] {
  const out = [at, `${at}/missing~1key`];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pointers(item, `${at}/${i}`)));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...pointers(item, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
  }
  return out;
}

/** The fast path and the full one must give the same result, to the last position. */
function expectSameLoad(name: string, text: string): boolean {
  const fast = loadYaml(name, text);
  const full = loadYaml(name, text, { fast: false });
  expect(fast.diagnostics, name).toStrictEqual(full.diagnostics);
  expect(canonical(fast.documents.map(data)), name).toBe(canonical(full.documents.map(data)));
  fast.documents.forEach((doc, i) => {
    const reference = full.documents[i]!;
    // `has` answers from the data; spans come from the full parse (a sample is enough)
    pointers(reference.value).forEach((pointer, n) => {
      expect(doc.has(pointer), `${name} has ${pointer}`).toBe(reference.has(pointer));
      if (n % 7 !== 0) return;
      expect(doc.locate(pointer), `${name} locate ${pointer}`).toStrictEqual(reference.locate(pointer));
      expect(doc.locateKey(pointer), `${name} locateKey ${pointer}`).toStrictEqual(reference.locateKey(pointer));
    });
  });
  return fastLoad(text) !== undefined;
}

function data(doc: PolicyDocument): Omit<PolicyDocument, 'locate' | 'locateKey' | 'has'> {
  return { file: doc.file, index: doc.index, kind: doc.kind, value: doc.value, source: doc.source };
}

/**
 * Data written out with everything that tells two values apart: key order,
 * -0, NaN, Infinity, prototypes. (toStrictEqual calls two objects of
 * different types when each has its own `constructor` key, as a hostile
 * file's mappings may.)
 */
function canonical(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object') return `${typeof value}:${JSON.stringify(value)}`;
  const proto = Object.getPrototypeOf(value) === Object.prototype ? 'object' : Array.isArray(value) ? 'array' : 'other';
  const entries = Object.getOwnPropertyNames(value).map((key) => {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    return `${JSON.stringify(key)}${d.enumerable ? '' : '(hidden)'}:${canonical(d.value)}`;
  });
  return `${proto}{${entries.join(',')}}`;
}

/** mulberry32: the same mutations on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What a hand editing YAML gets wrong, and what YAML's corners are made of.
const PIECES = [' ', '  ', '\t', '\n', ':', ': ', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', ' *a', '&b ', '*b', '!x ', '!!str ',
  '|', '>', '|-', '? ', '%', '~', 'null', '0o17', '0x1F', '1e3', '.inf', '-.5', '1_000', 'True', 'yes', '\\', '\\u00e9', '<<: ',
  '---\n', '...\n', '\r\n', '\r', 'k'.repeat(1030), '\u00a0', '\ufeff', '"a\nb"', 'k: [1,\n2]', '{a: 1,\n b: 2}', '__proto__: ', 'null: ', ': v'];

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(next() * lines.length);
  const line = lines[at] ?? '';
  switch (Math.floor(next() * 5)) {
    case 0: {
      const col = Math.floor(next() * (line.length + 1));
      lines[at] = line.slice(0, col) + PIECES[Math.floor(next() * PIECES.length)]! + line.slice(col);
      break;
    }
    case 1: {
      const col = Math.floor(next() * line.length);
      lines[at] = line.slice(0, col) + line.slice(col + 1 + Math.floor(next() * 3));
      break;
    }
    case 2:
      lines.splice(at, 0, line); // a duplicated line: duplicate keys, sequence items
      break;
    case 3:
      lines[at] = ` ${line}`; // indentation off by one
      break;
    default:
      lines.splice(at, 1);
  }
  return lines.join('\n');
}

describe('loadYaml fast path', () => {
  it('reads the repository YAML files exactly as the full parse does, most of them fast', () => {
    expect(corpus.length).toBeGreaterThan(50);
    const fast = corpus.filter(({ name, text }) => expectSameLoad(name, text)).length;
    expect(fast / corpus.length).toBeGreaterThan(0.8);
  });

  it('reads a thousand mutated files exactly as the full parse does (values, findings, positions)', () => {
    const next = random(14);
    let fast = 0;
    let broken = 0;
    for (let i = 0; i < 1000; i++) {
      const { name, text } = corpus[Math.floor(next() * corpus.length)]!;
      let mutated = text;
      const times = 1 + Math.floor(next() * 3);
      for (let k = 0; k < times; k++) mutated = mutate(mutated, next);
      if (expectSameLoad(`${name} (mutation ${i})`, mutated)) fast++;
      else broken++;
    }
    // both sides exercised: files the fast path read, and files it left to the full parse
    expect(fast).toBeGreaterThan(200);
    expect(broken).toBeGreaterThan(200);
  });

  it.each([
    ['a tag', 'kind: !!str Store\n'],
    ['an alias inside an anchored node', 'a: &x 1\nb: &y [*x]\nc: *y\n'],
    ['an anchor named twice', 'a: &x 1\nb: &x 2\nc: *x\n'],
    ['an alias before its anchor', 'a: *x\nb: &x 1\n'],
    ['an anchor ending in a colon', 'a: &x: 1\nb: *x:\n'],
    ['a document marker', '---\nkind: Store\n'],
    ['a directive', '%YAML 1.2\n---\nkind: Store\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a flow sequence over two lines', 'a: [1,\n  2]\n'],
    ['a flow mapping closed on its own line', 'a: {b: 1\n}\n'],
    ['a null key', 'null: 1\n'],
    ['an empty key', ': 1\n'],
    ['a collection as a key', '? [a]\n: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key over 1,000 characters (yaml refuses one over 1,024, js-yaml reads it)', `kind: Store\n${'k'.repeat(1100)}: 1\n`],
    ['a key over two lines', 'kind: Store\n"a\n b": 1\n'],
    ['a lone carriage return', 'kind: Store\ra: [1,\r2]\n'],
    ['a tab-only line in a block scalar (yaml refuses it, js-yaml reads it)', 'kind: Store\na: |\n  x\n\t\n'],
    ['a root that is not a mapping', '- a\n'],
    ['a scalar root', 'kind\n'],
    ['comments only', '# nothing\n'],
  ])('leaves %s to the full parse', (_what, text) => {
    expect(fastLoad(text)).toBeUndefined();
  });

  it('reads plain scalars by the YAML 1.2 core schema, as yaml does', () => {
    const text = 'a: 0o17\nb: 0x1F\nc: 1e3\nd: .inf\ne: -.5\nf: 1_000\ng: True\nh: yes\ni: ~\nj:\nk: "12"\nl: 0b11\nm: -0\nn: 12.50\n1: one\ntrue: t\n';
    expect(fastLoad(text)).toStrictEqual({
      a: 15, b: 31, c: 1000, d: Infinity, e: -0.5, f: '1_000', g: true, h: 'yes', i: null, j: null, k: '12', l: '0b11', m: -0, n: 12.5,
      1: 'one', true: 't',
    });
    expectSameLoad('scalars.yaml', text);
  });

  it('keeps the warnings yaml gives (an unknown tag)', () => {
    const { documents, diagnostics } = loadYaml('tag.yaml', 'kind: Store\nspec: !local 1\n');
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toStrictEqual([['yaml/syntax', 'warning', 2, 7]]);
    expect(documents[0]!.value).toStrictEqual({ kind: 'Store', spec: '1' });
  });

  it('reads simple anchors and aliases, sharing the anchored value as yaml does, within the alias limit', () => {
    const text = 'a: &x {b: 1}\nc: *x\nd: [&n 5, *n]\n';
    const value = fastLoad(text) as { a: unknown; c: unknown };
    expect(value).toStrictEqual({ a: { b: 1 }, c: { b: 1 }, d: [5, 5] });
    expect(value.c).toBe(value.a);
    expectSameLoad('aliases.yaml', text);
    // more aliases than the limit: the full parse says yaml/alias-limit
    const many = `a: &x 1\nb: [${Array(5).fill('*x').join(', ')}]\n`;
    expect(fastLoad(many, 4)).toBeUndefined();
    expect(loadYaml('many.yaml', many, { maxAliasCount: 4 }).diagnostics.map((d) => d.code)).toStrictEqual(['yaml/alias-limit']);
  });

  it('builds nodes only when a finding needs a position', () => {
    const text = 'apiVersion: storepolicy/v1\nkind: Store\nspec:\n  a: 1\n';
    const [doc] = loadYaml('lazy.yaml', text).documents;
    expect(doc!.value).toStrictEqual({ apiVersion: 'storepolicy/v1', kind: 'Store', spec: { a: 1 } });
    expect(doc!.has('/spec/a')).toBe(true);
    expect(doc!.locate('/spec/a')).toStrictEqual({ line: 4, column: 6, endLine: 4, endColumn: 7 });
  });

  it('has the first characters of every core-schema scalar (a yaml upgrade that adds one fails here)', () => {
    const tests = new Schema({ schema: 'core', merge: false }).tags.flatMap((tag) => ('test' in tag && tag.test && tag.default === true ? [tag.test] : []));
    const probes = ['', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '0o7', '12', '-1', '+1', '0x1F',
      '.inf', '-.inf', '+.Inf', '.nan', '.NaN', '1e5', '.5e3', '-1.5', '.5', '1.'];
    for (const probe of probes) expect(tests.some((test) => test.test(probe)), probe).toBe(true);
    // every first character any test accepts, found by trying each printable ASCII character in front of every probe's tail
    const firsts = new Set<string>();
    for (let code = 32; code < 127; code++) {
      const first = String.fromCharCode(code);
      for (const probe of probes) if (tests.some((test) => test.test(first + probe.slice(1)))) firsts.add(first);
    }
    if (tests.some((test) => test.test(''))) firsts.add('');
    for (const first of firsts) expect(IMPLICIT_FIRST_CHARS, JSON.stringify(first)).toContain(first);
    console.log(JSON.stringify(tests.map((test) => test.source)));
  });
});

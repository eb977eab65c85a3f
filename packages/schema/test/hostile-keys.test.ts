import { describe, expect, it } from 'vitest';
import { SUGGESTION_LIMIT } from '../src/ajv-errors.js';
import { loadYaml } from '../src/load-yaml.js';
import { validateStructure } from '../src/validate.js';

// A document with tens of thousands of keys must cost time linear in its size:
// yaml's own duplicate-key check, locating each finding by scanning its mapping
// and a did-you-mean for every key were each quadratic (40,000 keys: minutes).
// The timeouts are hang guards for that, not speed assertions: the quadratic
// code took minutes here on an idle machine, the linear one about a second of
// CPU, which a loaded 2-core machine stretched to 47 s of wall time (30 s was
// hit); 120 s, the checker's own hang guard, still fails the quadratic.

const enc = (text: string) => new TextEncoder().encode(text);
const HEAD = ['apiVersion: storepolicy/v1', 'kind: Store', 'metadata: {store: s, name: store}', 'spec:'];
const TAIL = ['  id: s', '  display_name: {zh: 店}', '  platform: taobao', '  categories:', '    - {id: dresses, name: {zh: 连衣裙}, legal_class: apparel}'];

function store(keys: string[]): string {
  return [...HEAD, ...keys, ...TAIL, ''].join('\n');
}

describe('documents with very many keys', () => {
  it('40,000 unknown keys: every one reported at its line; suggestions for the first 100, the rest say how many there were', { timeout: 120_000 }, () => {
    const count = 40_000;
    const keys = Array.from({ length: count }, (_, i) => `  unknown_key_${i}: 1`);
    keys[0] = '  platfrom: taobao'; // a typo among them still gets its suggestion
    const { documents, diagnostics } = loadYaml('store.yaml', enc(store(keys)));
    expect(diagnostics).toEqual([]);
    const findings = validateStructure(documents[0]!);
    expect(findings).toHaveLength(count);
    expect(findings[0]).toMatchObject({ code: 'schema/unknown-key', messageId: 'schema/unknown-key.didYouMean', params: { suggestion: 'platform' }, line: 5, column: 3 });
    expect(findings.slice(1, SUGGESTION_LIMIT).every((f) => f.messageId === 'schema/unknown-key.unknown')).toBe(true);
    const past = findings.slice(SUGGESTION_LIMIT);
    expect(past.every((f) => f.messageId === 'schema/unknown-key.unknownPastLimit' && f.params.total === count && f.params.limit === SUGGESTION_LIMIT)).toBe(true);
    expect(findings.at(-1)).toMatchObject({ pointer: `/spec/unknown_key_${count - 1}`, line: 4 + count, column: 3 });
  });

  it('a duplicate key after 40,000 others is found, at both places; 1 and "1" are different keys', { timeout: 120_000 }, () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `    k${i}: 1`);
    const text = ['apiVersion: storepolicy/v1', 'kind: Store', 'metadata:', '  store: s', '  labels:', ...keys, '    k7: 2', '    1: a', '    "1": b', ''].join('\n');
    const { diagnostics } = loadYaml('store.yaml', enc(text));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'yaml/duplicate-key', line: 6 + 40_000, column: 5, params: { key: 'k7', firstLine: 13 } });
    expect(diagnostics[0]!.related[0]).toMatchObject({ line: 13, column: 5 });
  });
});

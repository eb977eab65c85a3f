// The proposal form's help text comes from the Promotion JSON Schema's
// descriptions; the page is bilingual, so each description has its Chinese in
// apps/console/ui/schema-help.zh.json, keyed by the English text. This test
// fails when a description is added or reworded without its Chinese, or when
// a translation is left behind for a description that is gone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './fixture.js';

const read = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as unknown;
const zh = read('apps/console/ui/schema-help.zh.json') as Record<string, string>;

/** Every `description` of a schema node, with its JSON pointer (a property named "description" is a node, not text). */
function descriptions(node: unknown, pointer = ''): [string, string][] {
  if (node === null || typeof node !== 'object') return [];
  const own = typeof (node as { description?: unknown }).description === 'string' ? [[pointer || '/', (node as { description: string }).description] as [string, string]] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => descriptions(child, `${pointer}/${key}`))];
}

// the form reads promotion.schema.json and, through $ref, common.schema.json
const shown = ['schemas/promotion.schema.json', 'schemas/common.schema.json'].flatMap((file) =>
  descriptions(read(file)).map(([pointer, text]) => ({ where: `${file}#${pointer}`, text })),
);

describe('the proposal form\'s help text in Chinese', () => {
  it('reads the schemas (a walk that finds nothing would pass every check below)', () => {
    expect(shown.length).toBeGreaterThan(60);
    expect(shown.find((d) => d.where.endsWith('#/$defs/spec/properties/percent_off'))?.text).toMatch(/^Percent off the list price/);
  });

  it('every description of the Promotion and common schemas has its Chinese', () => {
    const missing = shown.filter((d) => !(d.text in zh)).map((d) => `${d.where}: ${d.text}`);
    expect(missing).toEqual([]);
  });

  it('each translation is Chinese, and keeps the English text\'s `code` spans (ids and values the operator types)', () => {
    for (const { where, text } of shown) {
      const chinese = zh[text] ?? '';
      expect(chinese, where).toMatch(/[\u4e00-\u9fff]/);
      for (const code of text.match(/`[^`]+`/g) ?? []) expect(chinese, `${where}: ${code}`).toContain(code);
    }
  });

  it('no translation is left for a description that is gone or reworded', () => {
    const current = new Set(shown.map((d) => d.text));
    expect(Object.keys(zh).filter((key) => !current.has(key))).toEqual([]);
  });
});

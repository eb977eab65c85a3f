import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldSemantics } from '../../src/diff/index.js';

// The direction table is written against field names; this keeps it honest
// when a schema renames or drops a field.
const SCHEMA_FILES: Record<string, string> = {
  Store: 'store',
  MemberTiers: 'member-tiers',
  PromotionPolicy: 'promotion-policy',
  AfterSalesPolicy: 'after-sales-policy',
  PackingStandard: 'packing-standard',
  CompliancePolicy: 'compliance-policy',
  Promotion: 'promotion',
  Waiver: 'waiver',
};

type Schema = Record<string, unknown>;
const root = new URL('../../../../schemas/', import.meta.url);
const load = (name: string): Schema => JSON.parse(readFileSync(new URL(`${name}.schema.json`, root), 'utf8')) as Schema;
const common = load('common');

function resolve(schema: Schema, file: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const [target, pointer] = ref.split('#');
  const doc = target ? common : file;
  let node: unknown = doc;
  for (const segment of (pointer ?? '').split('/').filter(Boolean)) node = (node as Schema)[segment];
  return resolve(node as Schema, doc);
}

/** Sub-schemas a path segment can lead to (`*` = any array item or map entry). */
function children(schema: Schema, segment: string, file: Schema): Schema[] {
  const s = resolve(schema, file);
  const properties = (s.properties ?? {}) as Record<string, Schema>;
  const out: Schema[] = [];
  if (segment === '*') {
    if (s.items) out.push(s.items as Schema);
    if (typeof s.additionalProperties === 'object') out.push(s.additionalProperties as Schema);
    out.push(...Object.values(properties));
  } else if (properties[segment]) out.push(properties[segment]);
  return out.map((child) => resolve(child, file));
}

function exists(kind: string, path: string): boolean {
  const file = load(SCHEMA_FILES[kind]!);
  let frontier: Schema[] = [file];
  for (const segment of path.replace(/^\//, '').split('/')) frontier = frontier.flatMap((s) => children(s, segment, file));
  return frontier.length > 0;
}

describe('diff semantics table', () => {
  const specific = fieldSemantics.filter((entry) => entry.kind && entry.path !== '' && !entry.path.includes('**') && SCHEMA_FILES[entry.kind]);

  it('covers the kinds that guard the store', () => {
    expect(new Set(specific.map((entry) => entry.kind))).toEqual(new Set(Object.keys(SCHEMA_FILES)));
  });

  it.each(specific.map((entry) => [entry.id, entry.kind!, entry.path] as const))('%s names a field of the %s schema (%s)', (_id, kind, path) => {
    expect(exists(kind, path)).toBe(true);
  });

  it('would notice a misspelt field', () => {
    expect(exists('MemberTiers', '/spec/tiers/*/benefits/price_percen')).toBe(false);
    expect(exists('MemberTiers', '/spec/tiers/*/benefits/price_percent')).toBe(true);
  });

  it('has unique ids', () => {
    const ids = fieldSemantics.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

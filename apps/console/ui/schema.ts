// The proposal form is generated from the Promotion JSON Schema itself
// (schemas/promotion.schema.json, bundled at build time), so a field, unit or
// help text added to the schema shows up in the form without a second copy.
import common from '../../../schemas/common.schema.json';
import promotion from '../../../schemas/promotion.schema.json';
import type { Lang } from './api';
// The schema's help text in Chinese, keyed by the English description itself
// (as gettext keys by msgid): a description reworded in the schema no longer
// finds its old translation, and apps/checker/test/console/schema-help.test.ts
// fails until the Chinese is written again.
import helpZh from './schema-help.zh.json';

export interface JsonSchema {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: { if?: JsonSchema; then?: JsonSchema }[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  examples?: unknown[];
}

const files: Record<string, JsonSchema> = {
  'promotion.schema.json': promotion as JsonSchema,
  'common.schema.json': common as JsonSchema,
};

/** Follow `$ref`s (local and into common.schema.json), keeping the referring node's description. */
export function resolve(schema: JsonSchema, file = 'promotion.schema.json'): { schema: JsonSchema; file: string } {
  let node = schema;
  let where = file;
  let description = schema.description;
  for (let guard = 0; node.$ref && guard < 10; guard++) {
    const [target, pointer = ''] = node.$ref.split('#');
    if (target) where = target;
    const walk = (root: unknown) => {
      let next = root;
      for (const part of pointer.split('/').filter(Boolean)) next = (next as Record<string, unknown> | undefined)?.[part];
      return next;
    };
    // a local ref inside common.schema.json arrives here without its file: look there second
    let next = walk(files[where]);
    if (next === undefined) {
      where = 'common.schema.json';
      next = walk(files[where]);
    }
    if (next === undefined) break;
    description ??= (next as JsonSchema).description;
    node = next as JsonSchema;
  }
  return { schema: description ? { ...node, description: schema.description ?? node.description } : node, file: where };
}

export const promotionSchema = promotion as JsonSchema;
export const specSchema = resolve(promotionSchema.properties!.spec!).schema;

/** Which mechanic fields each promotion type uses, read from the schema's if/then branches. */
export function mechanicFields(): { all: Set<string>; byType: Map<string, Set<string>> } {
  const all = new Set<string>();
  const byType = new Map<string, Set<string>>();
  for (const branch of specSchema.allOf ?? []) {
    const type = branch.if?.properties?.type?.const;
    const fields = [...Object.keys(branch.if?.properties ?? {}), ...Object.keys(branch.then?.properties ?? {})].filter((f) => f !== 'type');
    if (typeof type !== 'string') continue;
    const set = byType.get(type) ?? new Set<string>();
    for (const f of fields) {
      set.add(f);
      all.add(f);
    }
    byType.set(type, set);
  }
  return { all, byType };
}

/** The unit shown beside a field: money is yuan, percent fields are %. */
export function unitOf(schema: JsonSchema, ref: string | undefined, key: string): string | undefined {
  if (ref?.endsWith('/money')) return 'yuan';
  if (ref?.endsWith('/percent') || key.startsWith('percent') || key.endsWith('_percent')) return '%';
  if (key.endsWith('_hours')) return 'h';
  if (key.endsWith('_days')) return 'd';
  return schema.type === 'integer' ? undefined : undefined;
}

const zh: Readonly<Record<string, string>> = helpZh;

/** A field's help text in the page's language (the schema's English when a translation is missing). */
export function helpText(description: string | undefined, lang: Lang): string | undefined {
  if (description === undefined) return undefined;
  return lang === 'zh' ? (zh[description] ?? description) : description;
}

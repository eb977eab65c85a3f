import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadYaml, validateStructure, type Diagnostic, type PolicyDocument, type Span } from '@storepolicy/schema';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';

/** Kinds that describe how a store operates: copied to a new store. */
export const POLICY_KINDS = new Set(['Store', 'MemberTiers', 'PromotionPolicy', 'AfterSalesPolicy', 'PackingStandard', 'CompliancePolicy']);

export interface ScaffoldFile {
  /** File name inside the store folder. */
  name: string;
  body: string;
}

export interface Scaffold {
  files: ScaffoldFile[];
  /** Entries of the template folder not copied, with why. */
  skipped: Array<{ name: string; reason: 'store-data' | 'not-policy' }>;
}

/**
 * Build a new store's policy files from a template store folder: only its
 * policy documents (top-level YAML of the six policy kinds), with
 * `metadata.store` (and the Store's `spec.id`) rewritten in the text itself,
 * so comments, quoting and layout stay exactly as the template has them.
 * Promotions, waivers, tests and the catalogue belong to the template's own
 * business and are not copied.
 */
export function buildScaffold(templateDir: string, storeId: string): Scaffold {
  const scaffold: Scaffold = { files: [], skipped: [] };
  for (const entry of readdirSync(templateDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory() || !/\.ya?ml$/i.test(entry.name)) {
      scaffold.skipped.push({ name: entry.isDirectory() ? `${entry.name}/` : entry.name, reason: 'store-data' });
      continue;
    }
    const file = path.join(templateDir, entry.name);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const { documents, diagnostics } = loadYaml(file, text);
    if (diagnostics.some((d) => d.severity === 'error')) throw templateBroken(file, diagnostics);
    if (documents.length === 0 || !documents.every((doc) => POLICY_KINDS.has(doc.kind ?? ''))) {
      scaffold.skipped.push({ name: entry.name, reason: 'not-policy' });
      continue;
    }
    scaffold.files.push({ name: entry.name, body: rewriteStore(text, documents, storeId, path.basename(templateDir)) });
  }
  if (scaffold.files.length === 0) throw new UsageError(m.emptyTemplate({ dir: templateDir }));
  return scaffold;
}

/** Check the generated files the way `validate` will, before anything is written. */
export function checkScaffold(dir: string, scaffold: Scaffold): Diagnostic[] {
  return scaffold.files.flatMap((f) => {
    const { documents, diagnostics } = loadYaml(path.join(dir, f.name), f.body);
    return [...diagnostics, ...documents.flatMap((doc) => validateStructure(doc))];
  });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function rewriteStore(text: string, documents: PolicyDocument[], storeId: string, template: string): string {
  const offsets = lineOffsets(text);
  const at = (span: Span) => ({ start: offsets[span.line - 1]! + span.column - 1, end: offsets[span.endLine - 1]! + span.endColumn - 1 });
  const edits: Edit[] = [];
  for (const doc of documents) {
    edits.push({ ...at(doc.locate('/metadata/store')), text: storeId });
    if (doc.kind !== 'Store') continue;
    if (doc.has('/spec/id')) edits.push({ ...at(doc.locate('/spec/id')), text: storeId });
    // The template's shop name and dashboard figures are not the new store's: say so where they are.
    for (const [pointer, note] of [
      ['/spec/display_name', `copied from ${template}: set your shop's name as buyers see it`],
      ['/spec/metrics', `copied from ${template}: replace with your store's figures from the seller dashboard`],
    ] as const) {
      if (!doc.has(pointer)) continue;
      const key = doc.locateKey(pointer);
      const lineStart = offsets[key.line - 1]!;
      edits.push({ start: lineStart, end: lineStart, text: `${' '.repeat(key.column - 1)}# ${note}\n` });
    }
  }
  // Apply from the end so earlier offsets stay valid.
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) offsets.push(i + 1);
  return offsets;
}

function templateBroken(file: string, diagnostics: Diagnostic[]): UsageError {
  const first = diagnostics[0]!;
  return new UsageError(m.templateYaml({ at: `${file}:${first.line}:${first.column}`, code: first.code }));
}

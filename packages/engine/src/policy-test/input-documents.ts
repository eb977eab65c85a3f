import path from 'node:path';
import type { PolicyDocument, PolicyTest, PolicyTestCase } from '@storepolicy/schema';
import { normalizeFile } from '../bundle.js';
import { mergePatch } from './merge-patch.js';

/** metadata.name given to an input that has none, per kind (as a store folder would name it). */
const DEFAULT_NAMES: Record<string, string> = {
  Store: 'store',
  MemberTiers: 'member-tiers',
  PromotionPolicy: 'promotion-policy',
  AfterSalesPolicy: 'after-sales',
  PackingStandard: 'packing',
  CompliancePolicy: 'compliance',
  Promotion: 'proposal',
  Listing: 'listing',
  Waiver: 'waiver',
};

export interface CaseInput {
  doc: PolicyDocument;
  /** metadata.store as written, when it names another store. */
  otherStore?: string;
  /** `merge: true`: `doc` holds the patch, to merge into the store's document of its kind. */
  merge?: boolean;
}

/**
 * A document nested inside another (a case's inline input), seen as a
 * document of its own: pointers are relative to the nested value, spans are
 * those of the test file, so a schema error in an inline MemberTiers lands
 * on its line in the test. The envelope's defaults are filled in.
 */
export function nestedDocument(parent: PolicyDocument, prefix: string, index: number, store: string): CaseInput {
  const found = prefix === '' ? parent.value : pointerValue(parent.value, prefix);
  const kind = isMapping(found) && typeof found.kind === 'string' ? found.kind : undefined;
  // not a mapping: leave it as written, so the schema layer says what it should be
  if (!isMapping(found)) return { doc: shifted(parent, prefix, index, kind, found) };
  const { merge, ...envelope } = found;
  const metadata = isMapping(found.metadata) ? found.metadata : {};
  const value = {
    ...envelope,
    apiVersion: found.apiVersion ?? 'storepolicy/v1',
    metadata: { ...metadata, store, name: metadata.name ?? DEFAULT_NAMES[kind ?? ''] ?? 'input' },
  };
  const input: CaseInput = { doc: shifted(parent, prefix, index, kind, value) };
  if (merge === true) input.merge = true;
  if (typeof metadata.store === 'string' && metadata.store !== store) input.otherStore = metadata.store;
  return input;
}

/** `value` as a document of its own whose pointers are located under `prefix` in `parent`. */
function shifted(parent: PolicyDocument, prefix: string, index: number, kind: string | undefined, value: unknown): PolicyDocument {
  return {
    file: parent.file,
    index,
    kind,
    value,
    locate: (pointer) => parent.locate(prefix + pointer),
    locateKey: (pointer) => parent.locateKey(prefix + pointer),
    has: (pointer) => parent.has(prefix + pointer),
    ...(parent.source === undefined ? {} : { source: parent.source }),
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Apply a `merge: true` input to the store's document of its kind. Spans stay
 * those of the patch (the test file): a finding on a merged value points at
 * the line of the test that changed it, or at the input when it kept the
 * store's value.
 */
export function mergedDocument(input: PolicyDocument, base: PolicyDocument): PolicyDocument {
  const patch = input.value as { spec?: unknown };
  const original = base.value as Record<string, unknown>;
  return { ...input, value: { ...original, spec: mergePatch(original.spec, patch.spec) } };
}

function pointerValue(value: unknown, pointer: string): unknown {
  let node = value;
  for (const segment of pointer.slice(1).split('/')) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return node;
}

/** Where a case's `input_file` is: relative to the test file, normalised like every other path. */
export function resolveInputFile(testFile: string, inputFile: string): string {
  return normalizeFile(path.posix.join(path.posix.dirname(normalizeFile(testFile)), inputFile));
}

/** Every input_file a test document names, resolved, so the caller can read them before running. */
export function inputFilesOf(test: PolicyDocument<PolicyTest>): string[] {
  return test.value.spec.cases
    .filter((c: PolicyTestCase) => c.input_file !== undefined)
    .map((c: PolicyTestCase) => resolveInputFile(test.file, c.input_file!));
}

import type { Diagnostic, PolicyDocument, PolicyTest } from '@storepolicy/schema';
import { toDiagnostic } from '../rule.js';
import { failedMeta } from '../rules/test/failed.js';
import { REPLACING } from './compose.js';
import { mergedDocument, nestedDocument, resolveInputFile } from './input-documents.js';
import type { CaseFailure, PolicyTestRunInput } from './types.js';

export interface PreparedInputs {
  /** Input documents as the case applies them (defaults filled, merges done). */
  documents: PolicyDocument[];
  /** YAML findings of the input file. */
  findings: Diagnostic[];
  /** Why the case cannot run, if it cannot. */
  problems: CaseFailure[];
}

/**
 * Gather a case's inputs: inline ones (located in the test file) and those of
 * its input_file; refuse inputs of another store; apply `merge: true` inputs
 * to the store's own document of their kind.
 */
export function prepareInputs(test: PolicyDocument<PolicyTest>, index: number, run: PolicyTestRunInput): PreparedInputs {
  const store = test.value.metadata.store;
  const testCase = test.value.spec.cases[index]!;
  const casePointer = `/spec/cases/${index}`;
  const findings: Diagnostic[] = [];
  const problems: CaseFailure[] = [];
  const fail = (doc: PolicyDocument, pointer: string, messageId: string, params: Record<string, string>, expected: string, actual: string) =>
    problems.push({ diagnostic: toDiagnostic(failedMeta, { doc, pointer, messageId, params: { name: testCase.name, ...params } }), expected, actual });

  const inputs = (testCase.input ?? []).map((_, j) => nestedDocument(test, `${casePointer}/input/${j}`, j, store));
  if (testCase.input_file !== undefined) {
    const file = resolveInputFile(test.file, testCase.input_file);
    const loaded = run.inputFiles.get(file);
    if (loaded === undefined) fail(test, `${casePointer}/input_file`, 'inputFileMissing', { file }, `${file} readable`, 'cannot read it');
    else {
      findings.push(...loaded.diagnostics);
      for (const doc of loaded.documents) inputs.push(nestedDocument(doc, '', doc.index, store));
    }
  }
  for (const { doc, otherStore } of inputs) {
    if (otherStore !== undefined) fail(doc, '/metadata/store', 'wrongStore', { other: otherStore, store }, `inputs of store ${store}`, `an input of store ${otherStore}`);
  }
  for (const item of inputs) {
    if (!item.merge) continue;
    const kind = item.doc.kind ?? '';
    // only the kinds a store holds once have one document to merge into
    const base = run.documents.find((d) => REPLACING.has(kind) && d.kind === kind && storeOf(d) === store);
    if (base) item.doc = mergedDocument(item.doc, base);
    else fail(item.doc, '/merge', 'nothingToMerge', { kind: kind || '?', store }, `a ${kind} of store ${store} to merge into`, 'none');
  }
  return { documents: inputs.map((i) => i.doc), findings, problems };
}

function storeOf(doc: PolicyDocument): string | undefined {
  return (doc.value as { metadata?: { store?: string } }).metadata?.store;
}

import { validateStructure, type Diagnostic, type PolicyDocument, type PolicyTest } from '@storepolicy/schema';
import { checkListingDocuments } from '../listing/index.js';
import type { Listing } from '@storepolicy/schema';
import { dryRun as engineDryRun } from '../pricing/index.js';
import type { PriceRow } from '../pricing/types.js';
import { toDiagnostic } from '../rule.js';
import { failedMeta } from '../rules/test/failed.js';
import { runPolicyRules } from '../runner.js';
import { applyWaivers } from '../waivers/index.js';
import { composeCase, REPLACING } from './compose.js';
import { checkExpectations } from './expectations.js';
import { mergedDocument, nestedDocument, resolveInputFile, type CaseInput } from './input-documents.js';
import type { CaseFailure, CaseResult, PolicyTestRunInput } from './types.js';

/**
 * Run one case: read its inputs, then the layers `validate` and
 * `check promotion` run (structure of the inputs, every policy rule over the
 * store as the inputs change it, the dry-run of Promotion inputs, the checks
 * of Listing inputs, Waiver inputs last) and compare with `expect`.
 */
export function runCase(test: PolicyDocument<PolicyTest>, index: number, input: PolicyTestRunInput): CaseResult {
  const started = performance.now();
  const store = test.value.metadata.store;
  const spec = test.value.spec;
  const testCase = spec.cases[index]!;
  const casePointer = `/spec/cases/${index}`;
  const now = new Date(testCase.now ?? spec.now ?? input.now.toISOString());
  const setup: CaseFailure[] = [];
  const setupFail = (pointer: string, messageId: string, params: Record<string, string>) =>
    setup.push({
      diagnostic: toDiagnostic(failedMeta, { doc: test, pointer, messageId, params: { name: testCase.name, ...params } }),
      expected: 'the case runs',
      actual: messageId,
    });

  const findings: Diagnostic[] = [];
  const inputs: CaseInput[] = (testCase.input ?? []).map((_, j) => nestedDocument(test, `${casePointer}/input/${j}`, j, store));
  if (testCase.input_file !== undefined) {
    const file = resolveInputFile(test.file, testCase.input_file);
    const loaded = input.inputFiles.get(file);
    if (loaded === undefined) setupFail(`${casePointer}/input_file`, 'inputFileMissing', { file });
    else {
      findings.push(...loaded.diagnostics);
      for (const doc of loaded.documents) inputs.push(nestedDocument(doc, '', doc.index, store));
    }
  }
  for (const { doc, otherStore } of inputs) {
    if (otherStore !== undefined) {
      setup.push({
        diagnostic: toDiagnostic(failedMeta, { doc, pointer: '/metadata/store', messageId: 'wrongStore', params: { name: testCase.name, other: otherStore, store } }),
        expected: `inputs of store ${store}`,
        actual: `an input of store ${otherStore}`,
      });
    }
  }
  for (const item of inputs) {
    if (!item.merge) continue;
    // only the kinds a store holds once have one document to merge into
    const base = input.documents.find((d) => REPLACING.has(d.kind ?? '') && d.kind === item.doc.kind && (d.value as { metadata?: { store?: string } }).metadata?.store === store);
    if (base) item.doc = mergedDocument(item.doc, base);
    else {
      setup.push({
        diagnostic: toDiagnostic(failedMeta, { doc: item.doc, pointer: '/merge', messageId: 'nothingToMerge', params: { name: testCase.name, kind: item.doc.kind ?? '?', store } }),
        expected: `a ${item.doc.kind ?? ''} of store ${store} to merge into`,
        actual: 'none',
      });
    }
  }
  if (setup.length > 0) return result(test, index, started, setup, findings, []);

  const valid: PolicyDocument[] = [];
  for (const { doc } of inputs) {
    const structural = validateStructure(doc);
    findings.push(...structural);
    if (structural.length === 0) valid.push(doc);
  }
  const world = composeCase(store, input.documents, valid);
  findings.push(...runPolicyRules(world.set, { now }));

  let prices: PriceRow[] = [];
  const catalog = input.catalogs?.get(store);
  const wantsPrices = (testCase.expect.prices ?? []).length > 0;
  if (wantsPrices && catalog === undefined) setupFail(`${casePointer}/expect/prices`, 'noCatalog', { store });
  if (world.proposals.length > 0) {
    const dryRun = input.dryRun ?? engineDryRun;
    const run = dryRun({ bundle: world.bundle, proposals: world.proposals, catalog: catalog ?? [], now });
    findings.push(...run.diagnostics);
    prices = run.prices;
  }
  if (world.listings.length > 0) {
    findings.push(...checkListingDocuments({ ...world.bundle, listings: world.listings as PolicyDocument<Listing>[] }));
  }
  const judged = applyWaivers(findings, world.set, now, input.waiverMaxDays === undefined ? {} : { maxDays: input.waiverMaxDays });
  return result(test, index, started, [...setup, ...checkExpectations(test, index, judged, prices)], judged, prices);
}

function result(
  test: PolicyDocument<PolicyTest>,
  index: number,
  started: number,
  failures: CaseFailure[],
  findings: Diagnostic[],
  prices: PriceRow[],
): CaseResult {
  const at = test.locate(`/spec/cases/${index}/name`);
  return {
    file: test.file,
    store: test.value.metadata.store,
    test: test.value.metadata.name,
    name: test.value.spec.cases[index]!.name,
    index,
    line: at.line,
    column: at.column,
    passed: failures.length === 0,
    failures,
    findings,
    prices,
    durationMs: performance.now() - started,
  };
}

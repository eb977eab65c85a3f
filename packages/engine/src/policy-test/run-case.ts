import { validateStructure, type Diagnostic, type Listing, type PolicyDocument, type PolicyTest } from '@storepolicy/schema';
import { checkListingDocuments } from '../listing/index.js';
import { dryRun as engineDryRun } from '../pricing/index.js';
import type { PriceRow } from '../pricing/types.js';
import { toDiagnostic } from '../rule.js';
import { failedMeta } from '../rules/test/failed.js';
import { runPolicyRules } from '../runner.js';
import { applyWaivers } from '../waivers/index.js';
import { prepareInputs } from './case-inputs.js';
import { composeCase } from './compose.js';
import { checkExpectations } from './expectations.js';
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
  const now = new Date(testCase.now ?? spec.now ?? input.now.toISOString());
  const prepared = prepareInputs(test, index, input);
  const findings = prepared.findings;
  if (prepared.problems.length > 0) return result(test, index, started, prepared.problems, findings, []);

  const valid: PolicyDocument[] = [];
  for (const doc of prepared.documents) {
    const structural = validateStructure(doc);
    findings.push(...structural);
    if (structural.length === 0) valid.push(doc);
  }
  const world = composeCase(store, input.documents, valid);
  findings.push(...runPolicyRules(world.set, { now }));

  let prices: PriceRow[] = [];
  const setup: CaseFailure[] = [];
  const catalog = input.catalogs?.get(store);
  if ((testCase.expect.prices ?? []).length > 0 && catalog === undefined) {
    const diagnostic = toDiagnostic(failedMeta, { doc: test, pointer: `/spec/cases/${index}/expect/prices`, messageId: 'noCatalog', params: { name: testCase.name, store } });
    setup.push({ diagnostic, expected: `a catalogue of store ${store}`, actual: 'none' });
  }
  if (world.proposals.length > 0) {
    const dryRun = input.dryRun ?? engineDryRun;
    const run = dryRun({ bundle: world.bundle, proposals: world.proposals, catalog: catalog ?? [], now });
    findings.push(...run.diagnostics);
    prices = run.prices;
  }
  if (world.listings.length > 0) {
    findings.push(...checkListingDocuments({ ...world.bundle, listings: world.listings as PolicyDocument<Listing>[] }));
  }
  const judged = applyWaivers(findings, world.set, now, {
    ...input.waiverPaths,
    ...(input.waiverMaxDays === undefined ? {} : { maxDays: input.waiverMaxDays }),
  });
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

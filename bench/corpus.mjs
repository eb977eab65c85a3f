#!/usr/bin/env node
// Part 4: precision and recall of the listing text checks on the labelled
// corpus (bench/corpus, SPEC section 10), per evasion family, with the
// built packages. The same evaluation is asserted in the engine's tests
// (recall >= 0.95 per family, no false positive on the honest listings).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib.mjs';
import { corpusStoreFiles, evaluate, formatReport, readCorpus } from './corpus/evaluate.mjs';

const load = (p) => import(pathToFileURL(path.join(root, p)).href);
const { loadYaml, validateStructure } = await load('packages/schema/dist/index.js');
const { buildPolicySet, compileListingChecker } = await load('packages/engine/dist/index.js');

const documents = [];
for (const [file, text] of Object.entries(corpusStoreFiles())) {
  const loaded = loadYaml(file, text);
  const problems = [...loaded.diagnostics, ...loaded.documents.flatMap((d) => validateStructure(d))];
  if (problems.length > 0) throw new Error(`${file}: ${JSON.stringify(problems)}`);
  documents.push(...loaded.documents);
}
const bundle = buildPolicySet(documents).stores.find((b) => b.store);
const checker = compileListingChecker(bundle);
const corpus = readCorpus();
const started = performance.now();
const report = evaluate(corpus, (listing) => checker.check(listing).map((f) => f.code));
const ms = performance.now() - started;
console.log('corpus: listing text checks on the labelled corpus (bench/corpus)');
console.log(formatReport(report));
console.log(`${corpus.honest.length + corpus.evasions.length} listings checked in ${ms.toFixed(0)} ms`);
const pass = report.falsePositives.length === 0 && report.families.every((f) => f.recall >= 0.95);
console.log(pass ? 'PASS: recall >= 0.95 in every family, no false positive' : 'FAIL: below the bars of issue 10');
process.exitCode = pass ? 0 : 1;

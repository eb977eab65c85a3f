// The corpus evaluation shared by `pnpm bench corpus` (built packages) and
// packages/engine/test/listing/corpus.test.ts (sources): both hand in a
// `check(listing) -> codes` over the same store, and read the same report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** The findings a text evasion produces; an honest listing must produce none of them. */
export const TEXT_CODES = ['listing/banned-term', 'listing/claim', 'listing/review-inducement', 'listing/contact-info'];

/** The corpus store: one category per kind of goods, over the shipped law baseline. File names as `buildPolicySet` resolves them. */
export function corpusStoreFiles() {
  return {
    'policies/_base/cn-regulations.yaml': readFileSync(path.join(root, 'policies/_base/cn-regulations.yaml'), 'utf8'),
    'policies/corpus/store.yaml': `apiVersion: storepolicy/v1
kind: Store
metadata: {store: corpus, name: store}
spec:
  id: corpus
  display_name: {zh: 语料店}
  platform: taobao
  categories:
    - {id: dresses, name: {zh: 服装}, legal_class: apparel}
    - {id: snacks, name: {zh: 食品}, legal_class: food}
    - {id: skincare, name: {zh: 护肤}, legal_class: cosmetics}
    - {id: mugs, name: {zh: 日用百货}, legal_class: general}
`,
    'policies/corpus/compliance.yaml': `apiVersion: storepolicy/v1
kind: CompliancePolicy
metadata: {store: corpus, name: compliance}
spec:
  extends: ../_base/cn-regulations.yaml
`,
  };
}

function readRows(file) {
  return readFileSync(path.join(here, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** The labelled corpus: honest listings and evasions (each with its family and expected codes). */
export function readCorpus() {
  return { honest: readRows('honest.ndjson'), evasions: readRows('evasions.ndjson') };
}

const asListing = (row) => ({ sku: row.id, title: row.title, category: row.category, price: 99, description: row.description });

/**
 * Recall per family (an evasion is found when every expected code is among
 * its findings) and the honest listings with any text finding (false
 * positives); precision over all text findings of the run.
 */
export function evaluate(corpus, check) {
  const text = new Set(TEXT_CODES);
  const families = new Map();
  let truePositives = 0;
  let falsePositiveFindings = 0;
  const missed = [];
  for (const row of corpus.evasions) {
    const codes = new Set(check(asListing(row)).filter((code) => text.has(code)));
    const found = row.expect.every((code) => codes.has(code));
    const family = families.get(row.family) ?? { family: row.family, total: 0, found: 0 };
    family.total++;
    if (found) {
      family.found++;
      truePositives++;
    } else missed.push(row);
    families.set(row.family, family);
  }
  const falsePositives = [];
  for (const row of corpus.honest) {
    const codes = check(asListing(row)).filter((code) => text.has(code));
    if (codes.length > 0) {
      falsePositives.push({ id: row.id, codes });
      falsePositiveFindings++;
    }
  }
  const rows = [...families.values()].map((f) => ({ ...f, recall: f.found / f.total }));
  const total = corpus.evasions.length;
  return {
    families: rows,
    recall: truePositives / total,
    precision: truePositives / Math.max(1, truePositives + falsePositiveFindings),
    honest: corpus.honest.length,
    falsePositives,
    missed,
  };
}

/** The report as the bench prints it. */
export function formatReport(report) {
  const lines = ['family          evasions  found  recall'];
  for (const f of report.families) lines.push(`${f.family.padEnd(15)} ${String(f.total).padStart(8)} ${String(f.found).padStart(6)}  ${f.recall.toFixed(3)}`);
  lines.push(`${'all'.padEnd(15)} ${String(report.families.reduce((n, f) => n + f.total, 0)).padStart(8)} ${String(report.families.reduce((n, f) => n + f.found, 0)).padStart(6)}  ${report.recall.toFixed(3)}`);
  lines.push(`honest listings: ${report.honest}, with a text finding (false positives): ${report.falsePositives.length}; precision ${report.precision.toFixed(3)}`);
  for (const fp of report.falsePositives) lines.push(`  false positive ${fp.id}: ${fp.codes.join(', ')}`);
  for (const m of report.missed) lines.push(`  missed ${m.id}: ${JSON.stringify(m.title)} ${JSON.stringify(m.description)}`);
  return lines.join('\n');
}

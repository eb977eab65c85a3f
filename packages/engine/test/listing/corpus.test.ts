import { describe, expect, it } from 'vitest';
import { corpusStoreFiles, evaluate, formatReport, readCorpus } from '../../../../bench/corpus/evaluate.mjs';
import { compileListingChecker } from '../../src/listing/index.js';
import type { ListingSpec } from '../../src/listing/types.js';
import { loadFixture } from '../helpers/rule-tester.js';

// The labelled corpus of bench/corpus (328 honest listings, 272 evasions in
// eight families, the red team's last): the bars of issue 10, asserted on every run.
const { set } = loadFixture(corpusStoreFiles());
const checker = compileListingChecker(set.stores.find((bundle) => bundle.store)!);
const report = evaluate(readCorpus(), (listing) => checker.check(listing as unknown as ListingSpec).map((f) => f.code));

describe('corpus evaluation', () => {
  it('has at least 300 honest listings and 200 evasions across the eight families', () => {
    expect(report.honest).toBeGreaterThanOrEqual(300);
    expect(report.families.map((f) => f.family).sort()).toEqual(['html', 'invisible', 'lookalike', 'phone', 'red-team', 'separator', 'traditional', 'wechat-qq']);
    expect(report.families.reduce((n, f) => n + f.total, 0)).toBeGreaterThanOrEqual(200);
  });

  it('finds at least 95% of the evasions of every family', () => {
    const low = report.families.filter((f) => f.recall < 0.95);
    expect(low, formatReport(report)).toEqual([]);
  });

  it('reports nothing on the honest listings (no false positive)', () => {
    expect(report.falsePositives, formatReport(report)).toEqual([]);
  });
});

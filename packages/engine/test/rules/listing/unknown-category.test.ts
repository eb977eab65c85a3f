import { describe, expect, it } from 'vitest';
import { compileListingChecker } from '../../../src/listing/index.js';
import { loadFixture } from '../../helpers/rule-tester.js';
import { BASE_YAML, body, checkListing, COMPLIANCE_YAML, findings, STORE_YAML } from '../../listing/_fixture.js';

const CODE = 'listing/unknown-category';

describe(CODE, () => {
  it.each([
    { name: 'a misspelt id gets the closest id', category: 'snackz', suggestion: 'snacks', at: [7, 13, 7, 19] },
    { name: 'a doubled letter', category: 'dressses', suggestion: 'dresses', at: [7, 13, 7, 21] },
  ])('$name', ({ category, suggestion, at }) => {
    const found = checkListing(body(category)).filter((d) => d.code === CODE);
    expect(found.map((d) => [d.messageId, d.severity, d.line, d.column, d.endLine, d.endColumn, d.params.suggestion])).toEqual([
      [`${CODE}.didYouMean`, 'error', ...at, suggestion],
    ]);
  });

  it('names the known ids when nothing is close', () => {
    const found = checkListing(body('garden-tools')).filter((d) => d.code === CODE);
    expect(found).toHaveLength(1);
    expect(found[0]!.messageId).toBe(`${CODE}.unknown`);
    expect(found[0]!.params.known).toBe('dresses, snacks, supplements, skincare, tailoring, mugs, thermometers');
  });

  it('is quiet for every category the store declares', () => {
    for (const category of ['dresses', 'snacks', 'supplements', 'skincare', 'tailoring', 'mugs', 'thermometers']) {
      expect(findings(body(category), CODE)).toEqual([]);
    }
  });

  it('still checks the row against every rule that applies to all classes', () => {
    const codes = checkListing(body('snackz', '', '全网最低 加微信 abc12345 好评返现')).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining([CODE, 'listing/banned-term', 'listing/contact-info', 'listing/review-inducement']));
  });

  // A catalogue row (CSV/NDJSON) may carry any text as its category; the checker sees the spec directly.
  const bundleOf = (files: Record<string, string>) => loadFixture(files).set.stores.find((b) => b.store?.value.metadata.store === 'demo' || b.compliance)!;
  const spec = (category: string) => ({ sku: 'X1', title: '纯棉连衣裙', category, price: '10.00' });

  it("points a row that writes the category's display name (零食) at its id", () => {
    const checker = compileListingChecker(bundleOf({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/store.yaml': STORE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML }));
    expect(checker.check(spec('零食')).filter((f) => f.code === CODE)).toEqual([
      { code: CODE, severity: 'error', messageId: `${CODE}.didYouMean`, params: { category: '零食', suggestion: 'snacks' }, pointer: '/category' },
    ]);
  });

  it('reports every category when the store has no Store document (no categories to check against)', () => {
    const checker = compileListingChecker(bundleOf({ 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML }));
    expect(checker.check(spec('dresses')).filter((f) => f.code === CODE).map((f) => f.messageId)).toEqual([`${CODE}.noCategories`]);
  });
});

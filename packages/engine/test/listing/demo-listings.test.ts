import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicySet } from '../../src/bundle.js';
import { loadDemoPolicies, POLICIES } from '../helpers/demo-policies.js';
import { checkListingDocuments, compileListingChecker } from '../../src/listing/index.js';
import { loosensLaw } from '../../src/rules/compliance/loosens-law.js';
import { runPolicyRules } from '../../src/runner.js';

const set = buildPolicySet(loadDemoPolicies());
const diagnostics = set.stores.flatMap((bundle) => checkListingDocuments(bundle));
const codesIn = (name: string) => [...new Set(diagnostics.filter((d) => d.file.endsWith(`/${name}.yaml`)).map((d) => d.code))].sort();

describe('demo store listings', () => {
  it.each([
    'demo-apparel/listings/drs-001-floral-dress',
    'demo-apparel/listings/cst-001-tailored-qipao',
    'demo-food/listings/nut-001-daily-nuts',
    'demo-food/listings/vit-001-vitamin-c-honest',
  ])('honest copy passes clean: %s', (name) => {
    const file = `policies/${name}.yaml`;
    expect(set.stores.some((b) => b.listings.some((doc) => doc.file === file))).toBe(true);
    expect(diagnostics.filter((d) => d.file === file)).toEqual([]);
  });

  it.each([
    ['drs-002-square-neck-spam', ['listing/banned-term', 'listing/claim', 'listing/contact-info', 'listing/images', 'listing/insert', 'listing/reference-price', 'listing/review-inducement', 'listing/ship-promise', 'listing/size-chart', 'listing/title-width']],
    ['top-010-clearance-no-returns', ['listing/return-promise']],
    ['nut-002-diet-nuts-spam', ['listing/banned-term', 'listing/claim', 'listing/contact-info', 'listing/qualification', 'listing/review-inducement']],
    ['vit-002-immune-spam', ['listing/banned-term', 'listing/claim', 'listing/contact-info', 'listing/qualification', 'listing/reference-price', 'listing/ship-promise']],
  ])('spam copy %s breaks exactly the expected rules', (name, codes) => {
    expect(codesIn(name)).toEqual(codes);
  });

  it('locates the WeChat id, the phone number and the QQ number of the spam dress', () => {
    const found = diagnostics
      .filter((d) => d.file.endsWith('drs-002-square-neck-spam.yaml') && d.code === 'listing/contact-info')
      .map((d) => [d.messageId, d.params.value, d.line, d.column]);
    expect(found).toEqual([
      ['listing/contact-info.wechat', 'VX:gardenia888', 11, 37],
      ['listing/contact-info.wechat', '微信 gardenia888', 19, 12],
      ['listing/contact-info.phone', '138 0571 2468', 19, 31],
      ['listing/contact-info.qq', 'QQ：2851234567', 20, 7],
    ]);
  });

  it('locates the landline and the QQ number of the tea row in the demo NDJSON export', () => {
    const row = readFileSync(path.join(POLICIES, 'demo-food/listings.ndjson'), 'utf8')
      .split('\n')
      .find((line) => line.includes('"TEA-001"'))!;
    const tea = JSON.parse(row);
    const checker = compileListingChecker(set.stores.find((b) => b.id === 'demo-food')!, { rules: ['listing/contact-info'] });
    expect(checker.check(tea).map((f) => [f.messageId, f.pointer, f.start, f.end, tea.description.slice(f.start, f.end)])).toEqual([
      ['listing/contact-info.landline', '/description', 15, 28, '0571-86668888'],
      ['listing/contact-info.qq', '/description', 31, 42, 'QQ 12345678'],
    ]);
  });

  it('flags ordinary food claiming 增强免疫力 and health food missing 本品不能代替药物', () => {
    const claims = diagnostics.filter((d) => d.code === 'listing/claim').map((d) => `${path.basename(d.file)} ${d.messageId} ${d.params.term ?? d.params.statement}`);
    expect(claims).toContain('nut-002-diet-nuts-spam.yaml listing/claim.forbidden 增强免疫力');
    expect(claims).toContain('vit-002-immune-spam.yaml listing/claim.missingStatement 本品不能代替药物');
  });

  it('the demo compliance policies do not loosen the law', () => {
    expect(set.stores.filter((b) => b.compliance).map((b) => [b.id, b.complianceBase?.file])).toEqual([
      ['demo-apparel', 'policies/_base/cn-regulations.yaml'],
      ['demo-food', 'policies/_base/cn-regulations.yaml'],
    ]);
    expect(runPolicyRules(set, { now: new Date('2026-11-01T00:00:00+08:00') }, [loosensLaw])).toEqual([]);
  });
});

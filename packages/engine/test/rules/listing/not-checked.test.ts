import { describe, expect, it } from 'vitest';
import { listingChecksNotRun } from '../../../src/rules/listing/not-checked.js';
import { loadFixture } from '../../helpers/rule-tester.js';
import { AFTER_SALES_YAML, BASE_YAML, COMPLIANCE_YAML, PACKING_YAML, STORE_YAML } from '../../listing/_fixture.js';

// listing/not-checked: which listing checks a store's missing policies switch off,
// said at the store's store.yaml (the first key, line 1 of the fixture).
const STORE = { 'p/_base/cn-regulations.yaml': BASE_YAML, 'p/demo/store.yaml': STORE_YAML, 'p/demo/compliance.yaml': COMPLIANCE_YAML };

function run(extra: Record<string, string>) {
  const { set } = loadFixture({ ...STORE, ...extra });
  return listingChecksNotRun(set.stores[0]!).map((d) => [d.messageId, d.severity, d.file, d.line, d.params.store]);
}

describe('listing/not-checked', () => {
  const cases: { name: string; files: Record<string, string>; expected: unknown[] }[] = [
    { name: 'packing and after-sales present: nothing to say', files: { 'p/demo/packing.yaml': PACKING_YAML, 'p/demo/after-sales.yaml': AFTER_SALES_YAML }, expected: [] },
    {
      name: 'no packing.yaml: ship-promise did not run',
      files: { 'p/demo/after-sales.yaml': AFTER_SALES_YAML },
      expected: [['listing/not-checked.noPacking', 'warning', 'p/demo/store.yaml', 1, 'demo']],
    },
    {
      name: 'no after-sales.yaml: return exemptions compared with the law only',
      files: { 'p/demo/packing.yaml': PACKING_YAML },
      expected: [['listing/not-checked.noAfterSales', 'warning', 'p/demo/store.yaml', 1, 'demo']],
    },
    {
      name: 'neither: both said',
      files: {},
      expected: [
        ['listing/not-checked.noPacking', 'warning', 'p/demo/store.yaml', 1, 'demo'],
        ['listing/not-checked.noAfterSales', 'warning', 'p/demo/store.yaml', 1, 'demo'],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(run(c.files)).toEqual(c.expected);
    });
  }
});

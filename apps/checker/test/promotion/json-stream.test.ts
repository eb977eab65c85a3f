import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/commands/check-promotion.json.js';
import { formatJson } from '../../src/report/formatters/json.js';
import type { FormatContext, Report } from '../../src/report/model.js';

const context: FormatContext = { lang: 'en', color: false, command: 'storepolicy check promotion', readSource: () => undefined };

const report = (prices?: Report['prices']): Report => ({
  version: 1,
  summary: { files: 1, errors: 0, warnings: 0, infos: 0, waived: 0 },
  diagnostics: [],
  ...(prices ? { prices } : {}),
});

const row = (sku: string) => ({ promotion: 'p', sku, tier: 'svip', list: 19900, single: 15224, worst: 11868, floor: 9450, steps: [{ by: 'x', price: 1 }] });

describe('streamed JSON', () => {
  it.each([
    ['no prices', undefined],
    ['empty prices', []],
    ['one row', [row('A')]],
    ['more rows than a chunk', Array.from({ length: 4500 }, (_, i) => row(`S-${i}`))],
  ])('parses to the same value as the JSON formatter: %s', (_, prices) => {
    const streamed = [...jsonChunks(report(prices), context)].join('');
    expect(JSON.parse(streamed)).toEqual(JSON.parse(formatJson(report(prices), context)));
  });

  it('puts one price row on each line', () => {
    const lines = [...jsonChunks(report([row('A'), row('B')]), context)].join('').split('\n');
    expect(lines.filter((l) => l.includes('"sku"'))).toHaveLength(2);
  });
});

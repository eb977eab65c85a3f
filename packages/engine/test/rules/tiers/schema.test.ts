import { loadYaml, validateStructure } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { tiersYaml } from './_fixtures.js';

/** Structural findings of one YAML text, reduced to what a manager sees. */
function structure(yaml: string) {
  const { documents } = loadYaml('member-tiers.yaml', yaml);
  return documents.flatMap((d) => validateStructure(d)).map((d) => ({ code: d.code, messageId: d.messageId, line: d.line, column: d.column }));
}

const tier = (qualify: string, benefits = 'price_percent: 100') => `{id: a, name: {zh: a}, qualify: {${qualify}}, benefits: {${benefits}}}`;

// The MemberTiers schema's own guarantees, which the tier rules rely on.
describe('MemberTiers schema', () => {
  it('spend_or_orders needs both thresholds on every tier (reported at qualify)', () => {
    expect(structure(tiersYaml('spend_or_orders', [tier('spend: 0')]))).toEqual([
      { code: 'schema/required', messageId: 'schema/required.required', line: 8, column: 30 },
    ]);
  });

  it('orders needs an order threshold', () => {
    expect(structure(tiersYaml('orders', [tier('spend: 0')]))).toMatchObject([{ code: 'schema/required', line: 8 }]);
  });

  it('a misspelt benefit gets a did-you-mean at the key', () => {
    expect(structure(tiersYaml('spend', [tier('spend: 0', 'price_percent: 100, free_shiping: true')]))).toEqual([
      { code: 'schema/unknown-key', messageId: 'schema/unknown-key.didYouMean', line: 8, column: 82 },
    ]);
  });

  it('a member price above 100% is out of range', () => {
    expect(structure(tiersYaml('spend', [tier('spend: 0', 'price_percent: 105')]))).toMatchObject([{ code: 'schema/range', line: 8 }]);
  });

  it('an unknown metric is an enum error', () => {
    expect(structure(tiersYaml('visits', [tier('spend: 0')]))).toMatchObject([{ code: 'schema/enum', line: 5, column: 11 }]);
  });
});

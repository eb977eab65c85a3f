import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, opposite } from '../../src/diff/classify.js';
import { fieldSemantics } from '../../src/diff/index.js';

const numeric = fieldSemantics.filter((entry) => entry.higher && entry.higher !== 'neutral' && !entry.order);
const ordered = fieldSemantics.filter((entry) => entry.higher && entry.order);

describe('classification is consistent', () => {
  it('undoing a numeric change has the opposite class, and no change has none', () => {
    fc.assert(
      fc.property(fc.constantFrom(...numeric), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (entry, a, b) => {
        const forth = classify(entry, 'value-changed', a, b);
        const back = classify(entry, 'value-changed', b, a);
        if (a === b) return forth === 'neutral' && back === 'neutral';
        return forth === (b > a ? entry.higher : opposite(entry.higher)) && back === opposite(forth);
      }),
    );
  });

  it('money written as a string compares as a number', () => {
    const spend = fieldSemantics.find((entry) => entry.id === 'tiers/qualify-spend')!;
    expect(classify(spend, 'value-changed', '1000.50', 999)).toBe('loosens');
    expect(classify(spend, 'value-changed', 999, '1000.50')).toBe('tightens');
  });

  it('ordered words move along their order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ordered), fc.nat(), fc.nat(), (entry, i, j) => {
        const order = entry.order!;
        const a = order[i % order.length]!;
        const b = order[j % order.length]!;
        const cls = classify(entry, 'value-changed', a, b);
        return a === b ? cls === 'neutral' : cls === (order.indexOf(b) > order.indexOf(a) ? entry.higher : opposite(entry.higher));
      }),
    );
  });

  it('adding and removing the same element are opposites', () => {
    for (const entry of fieldSemantics.filter((e) => e.added)) {
      expect(classify(entry, 'item-removed', 'x', undefined)).toBe(opposite(classify(entry, 'item-added', undefined, 'x')));
    }
  });
});

import { loadYaml, type CompliancePolicy, type PolicyDocument } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { baselineGaps } from '../../../src/rules/compliance/_baseline-gaps.js';
import { LAW_FLOOR } from '../../../src/rules/compliance/_law-floor.js';
import { BASE_YAML } from '../../listing/_fixture.js';

// The law floor is a copy of the shipped baseline's law: a change to the law is made in both
// places, and this test fails until it is (like the generated validators' drift test).
describe('the law floor and the shipped baseline agree', () => {
  const doc = loadYaml('policies/_base/cn-regulations.yaml', BASE_YAML).documents[0] as PolicyDocument<CompliancePolicy>;
  const spec = doc.value.spec as unknown as Record<string, unknown>;

  it('the shipped baseline has no gap', () => {
    expect(baselineGaps(doc)).toEqual([]);
  });

  it('the floor holds every law entry of the shipped baseline, as written there', () => {
    for (const key of ['term_sets', 'required_statements', 'qualifications'] as const) {
      const law = (spec[key] as Array<{ law?: boolean }>).filter((entry) => entry.law === true);
      expect(LAW_FLOOR[key], key).toEqual(law);
    }
    expect(LAW_FLOOR.contact_info).toEqual(spec.contact_info);
    expect(LAW_FLOOR.reference_price).toEqual(spec.reference_price);
  });
});

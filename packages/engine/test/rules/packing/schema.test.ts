import { loadYaml, validateStructure } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { packingYaml } from './_fixtures.js';

function structure(yaml: string) {
  const { documents } = loadYaml('packing.yaml', yaml);
  return documents.flatMap((d) => validateStructure(d)).map((d) => ({ code: d.code, line: d.line, column: d.column }));
}

// The PackingStandard schema's own guarantees, which the packing rules rely on.
describe('PackingStandard schema', () => {
  it('the fixture is valid', () => {
    expect(structure(packingYaml())).toEqual([]);
  });

  it('a packaging cost needs the price it is judged against', () => {
    const yaml = packingYaml({ categories: ['{category: nuts, cushioning: none, outer_box: carton_3ply, packaging_cost: 3}'] });
    expect(structure(yaml)).toMatchObject([{ code: 'schema/required', line: 13 }]);
  });

  it('insert kinds are a closed list', () => {
    expect(structure(packingYaml({ allowed: '[{kind: cashback}]' }))).toEqual([{ code: 'schema/enum', line: 8, column: 22 }]);
  });

  it('a cut-off must be a 24-hour clock time', () => {
    expect(structure(packingYaml({ dispatch: '{cutoff: "4pm", ship_within_hours: 24}' }))).toEqual([{ code: 'schema/format', line: 5, column: 22 }]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { loadSchemas, renderTypes, renderValidators } from '../scripts/render.mjs';

const schemasDir = fileURLToPath(new URL('../../../schemas', import.meta.url));
const read = (relative: string) => readFileSync(new URL(`../${relative}`, import.meta.url), 'utf8');

// The committed generated files must be exactly what `pnpm generate` would write
// from schemas/: an edited schema without regenerated code fails here.
describe('generated code matches schemas/', () => {
  const schemas = loadSchemas(schemasDir, readdirSync, readFileSync);

  it('validators.cjs', () => {
    expect(renderValidators(schemas) === read('generated/validators.cjs'), 'run `pnpm generate`').toBe(true);
  });

  it('types.ts', async () => {
    expect((await renderTypes(schemas, schemasDir)) === read('src/generated/types.ts'), 'run `pnpm generate`').toBe(true);
  }, 60_000);
});

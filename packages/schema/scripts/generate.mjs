#!/usr/bin/env node
// Generate, from schemas/*.schema.json (the single source of truth):
//   generated/validators.cjs  ajv standalone validators, one export per kind
//   src/generated/types.ts    TypeScript types (json-schema-to-typescript)
// Both are committed; test/generated.test.ts fails when they drift.
// `--check` compares instead of writing and exits 1 on drift.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { renderValidators, renderTypes, loadSchemas } from './render.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..');
const schemasDir = path.resolve(packageDir, '../../schemas');
const outputs = {
  validators: path.join(packageDir, 'generated/validators.cjs'),
  types: path.join(packageDir, 'src/generated/types.ts'),
};

const check = process.argv.includes('--check');
const schemas = loadSchemas(schemasDir, readdirSync, readFileSync);
const rendered = {
  validators: renderValidators(schemas),
  types: await renderTypes(schemas, schemasDir),
};
let drift = false;
for (const [name, file] of Object.entries(outputs)) {
  const next = rendered[name];
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === next) continue;
  if (check) {
    console.error(`${path.relative(process.cwd(), file)} is out of date: run pnpm generate`);
    drift = true;
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, next);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
process.exitCode = drift ? 1 : 0;

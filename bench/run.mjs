#!/usr/bin/env node
// `pnpm bench`: every speed target of SPEC section 8, each as a ratio against a
// peer or a floor measured in the same run. Pick parts: `pnpm bench validate listing`.
// Each part runs in its own process so one part's heap does not slow the next.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

const parts = [
  ['startup', 'startup.mjs'],
  ['validate', 'validate.mjs'],
  ['promotion', 'promotion.mjs'],
  ['listing', 'listing.mjs'],
  ['lsp', 'lsp.mjs'],
  ['corpus', 'corpus.mjs'],
  ['console', 'console.mjs'],
];
const wanted = process.argv.slice(2);
let failed = false;
for (const [name, file] of parts) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const script = path.join(root, 'bench', file);
  if (!existsSync(script)) {
    console.log(`${name}: no benchmark script (${file})`);
    continue;
  }
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) failed = true;
  console.log('');
}
process.exitCode = failed ? 1 : 0;

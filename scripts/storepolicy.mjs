#!/usr/bin/env node
// `pnpm -s storepolicy <command>`: pnpm runs this from the repository root,
// but the user's paths are relative to where they typed the command, which
// pnpm passes as INIT_CWD. Before a build there is no CLI to run: say how to
// get one instead of a MODULE_NOT_FOUND stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../apps/checker/dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('storepolicy: the checker is not built yet; run `pnpm build` (or `pnpm install && pnpm build` on a fresh clone) and try again\n');
  process.exit(2);
}
// only when pnpm/npm ran this very script: an INIT_CWD inherited from another script means nothing here
if (process.env.INIT_CWD && process.env.npm_lifecycle_event === 'storepolicy') process.chdir(process.env.INIT_CWD);
await import(pathToFileURL(cli).href);

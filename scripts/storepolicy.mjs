#!/usr/bin/env node
// `pnpm -s storepolicy <command>`: pnpm runs this from the repository root,
// but the user's paths are relative to where they typed the command, which
// pnpm passes as INIT_CWD. Before a build there is no CLI to run: say how to
// get one instead of a MODULE_NOT_FOUND stack trace.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../apps/checker/dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  // the message tables are part of what is not built: the one line in both languages here,
  // chosen as the CLI chooses (apps/checker/src/run-lang.ts: the last --lang, else LC_ALL/LC_MESSAGES/LANG)
  const args = process.argv.slice(2);
  const stop = args.includes('--') ? args.indexOf('--') : args.length;
  let lang = /^zh/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'zh' : 'en';
  args.slice(0, stop).forEach((arg, i) => {
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'zh') lang = value;
  });
  process.stderr.write(
    lang === 'zh'
      ? 'storepolicy：检查器尚未构建；请先运行 `pnpm build`（全新克隆的仓库请运行 `pnpm install && pnpm build`）后再试\n'
      : 'storepolicy: the checker is not built yet; run `pnpm build` (or `pnpm install && pnpm build` on a fresh clone) and try again\n',
  );
  process.exit(2);
}
// only when pnpm/npm ran this very script: an INIT_CWD inherited from another script means nothing here
if (process.env.INIT_CWD && process.env.npm_lifecycle_event === 'storepolicy') process.chdir(process.env.INIT_CWD);
await import(pathToFileURL(cli).href);

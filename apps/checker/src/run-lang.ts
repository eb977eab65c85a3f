// Which language the CLI's own lines are in, for code that has no parsed
// options: help is written while commander is still reading the command line.
import { langFromEnv, type Lang } from '@storepolicy/schema/core';

/**
 * The language of the CLI's own messages: the last `--lang en|zh` on the
 * command line (before `--`), as commander reads it, else the environment
 * (langFromEnv, as the commands decide once parsed). Global options are
 * accepted before or after the command, so the whole line is read.
 */
export function messageLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  let lang: Lang | undefined;
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'zh') lang = value;
  }
  return lang ?? langFromEnv(env);
}

// The run's language before commander has parsed anything: help text and
// commander's own messages are written while the command line is still being
// read, so `--lang` is looked up in argv here. The same choice the commands
// make once parsed (parse-options.ts: `--lang`, else langFromEnv).
import { langFromEnv, type Lang } from '@storepolicy/schema/core';

const LANGS: readonly string[] = ['en', 'zh'] satisfies Lang[];

/**
 * `--lang X` or `--lang=X` anywhere before `--` (global options are accepted
 * before or after the command), the last one winning as in commander; a value
 * that is not a language is left to commander to refuse, and the environment
 * (LC_ALL, LC_MESSAGES, LANG) decides meanwhile.
 */
export function langOfArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  let lang: Lang | undefined;
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && LANGS.includes(value)) lang = value as Lang;
  }
  return lang ?? langFromEnv(env);
}

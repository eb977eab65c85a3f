import type { Lang } from '@storepolicy/schema';
import type { Message } from './i18n.js';

/** Exit codes of SPEC section 7. */
export const EXIT = {
  /** nothing at or above --fail-on */
  ok: 0,
  /** findings at or above --fail-on */
  findings: 1,
  /** usage or input error: missing file, bad flag, unreadable encoding */
  usage: 2,
  /** a bug in storepolicy */
  internal: 3,
} as const;

/**
 * An error the user can fix (bad flag, missing path...). It carries its exit
 * code and is printed as one line, never as a stack trace. It is thrown deep
 * in code that does not know the run's language, so it keeps the message's id
 * and parameters (`text`) and is put into words when printed; `message` is
 * the English words, for stack traces and logs.
 */
export class UsageError extends Error {
  readonly exitCode: number = EXIT.usage;
  constructor(readonly text: Message) {
    super(text.render('en'));
    this.name = 'UsageError';
  }

  /** The message in the run's language. */
  render(lang: Lang): string {
    return this.text.render(lang);
  }
}

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
 * code and is printed as one line, never as a stack trace.
 */
export class UsageError extends Error {
  readonly exitCode: number = EXIT.usage;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

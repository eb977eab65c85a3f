import { z } from 'zod';
import { langFromEnv, type Lang } from '@storepolicy/schema';
import { UsageError } from './exit.js';
import { cliMessages as m } from './messages.js';
import { FORMATS, type Format } from './formats.js';
import { runtime } from './io/runtime.js';

const reportOptionsSchema = z.object({
  format: z.enum(FORMATS),
  output: z.string().min(1).optional(),
  failOn: z.enum(['error', 'warning', 'info', 'never']),
  lang: z.enum(['en', 'zh']).optional(),
  color: z.boolean().default(true),
  debug: z.boolean().default(false),
});

export interface ReportOptions {
  format: Format;
  output: string | undefined;
  failOn: 'error' | 'warning' | 'info' | 'never';
  lang: Lang;
  /** Colour only for a terminal, never for a file, a pipe or NO_COLOR. */
  color: boolean;
  debug: boolean;
}

/** commander's raw option bag -> typed options (zod at the boundary). */
export function parseReportOptions(raw: unknown, env: NodeJS.ProcessEnv = runtime().env): ReportOptions {
  const parsed = reportOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(m.invalidOption({ option: issue?.path.join('.') ?? '', detail: issue?.message ?? 'invalid' }));
  }
  const o = parsed.data;
  const color =
    o.color && !o.output && Boolean(runtime().stdout.isTTY) && !('NO_COLOR' in env) && env.TERM !== 'dumb';
  return { ...o, output: o.output, lang: o.lang ?? langFromEnv(env), color };
}

const OFFSET_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `--now`: an ISO time with an explicit offset; absent means the current time. */
export function parseNow(raw: unknown): Date {
  if (raw === undefined) return new Date();
  const text = String(raw);
  const date = new Date(text);
  if (!OFFSET_TIME.test(text) || Number.isNaN(date.getTime())) {
    throw new UsageError(m.now({ value: text }));
  }
  return date;
}

export function parseMaxBytes(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const parsed = z.coerce.number().int().positive().safeParse(raw);
  if (!parsed.success) throw new UsageError(m.maxFileSize({ value: String(raw) }));
  return parsed.data;
}

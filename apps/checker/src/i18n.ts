// Message tables for what the CLI itself says (usage errors, commander's
// errors, progress lines), beside the engine's rule tables and report/labels.ts.
// Errors are thrown deep in code that does not know the run's language, so a
// message is kept as an id with its parameters and rendered when printed.
// Imports nothing at run time: the tables live in each folder's messages.ts,
// loaded with the code that uses them, not on the `--help` path.
import type { Lang } from '@storepolicy/schema';

/** A message not yet put into words: rendered in the run's language when printed. */
export interface Message {
  /** `<table>.<key>`, e.g. `listing.notUtf8`: stable, for tests and logs. */
  readonly id: string;
  readonly params: unknown;
  render(lang: Lang): string;
}

/** A parameter may itself be a message (a library's error said in our words), rendered in the same language. */
type Template = (params: never) => string;

/** The English and Chinese words of one table; every key in both, with the same parameters, or it does not compile. */
export interface Tables<T extends Record<string, Template>> {
  en: T;
  zh: { [K in keyof T]: T[K] };
}

/** Each key of a table becomes a function from its parameters to a Message. */
export type Messages<T extends Record<string, Template>> = {
  [K in keyof T]: (...params: Parameters<T[K]>) => Message;
};

/** Where a table's raw words are kept, for the table test (every key in both languages). */
export const TABLE: unique symbol = Symbol('table');

/** A table made by defineMessages: its messages, and its words under TABLE. */
export type DefinedMessages<T extends Record<string, Template>> = Messages<T> & { readonly [TABLE]: Tables<T> & { name: string } };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).render === 'function' && typeof (value as Message).id === 'string';
}

/** Parameters that are messages are rendered in the language of the message around them. */
function resolveParams(params: unknown, lang: Lang): unknown {
  if (typeof params !== 'object' || params === null) return params;
  const entries = Object.entries(params);
  if (!entries.some(([, value]) => isMessage(value))) return params;
  return Object.fromEntries(entries.map(([key, value]) => [key, isMessage(value) ? value.render(lang) : value]));
}

/** A table's messages, keyed as the table is, each renderable in both languages. */
export function defineMessages<T extends Record<string, Template>>(table: string, tables: Tables<T>): DefinedMessages<T> {
  const messages: Record<string, (params?: unknown) => Message> = {};
  for (const key of Object.keys(tables.en)) {
    messages[key] = (params?: unknown) => ({
      id: `${table}.${key}`,
      params,
      render: (lang: Lang) => (tables[lang][key] as (p: unknown) => string)(resolveParams(params, lang)),
    });
  }
  return Object.assign(messages, { [TABLE]: { ...tables, name: table } }) as unknown as DefinedMessages<T>;
}


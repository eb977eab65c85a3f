import type { Diagnostic, Lang, MessageCatalog, MessageParams, Related } from './diagnostic.js';

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
/** A `{name, plural, …}` choice or a `{name}` placeholder, left to right. */
const PLACEHOLDER = new RegExp(`${PLURAL.source}|\\{(\\w+)\\}`, 'g');
const pluralRules = new Map<string, Intl.PluralRules>();

type Part = string | { name: string } | { name: string; cases: Map<string, string>; whole: string };

/**
 * Templates parsed once: a message is rendered for every finding, and in a
 * bulk listing check that is once per row (re-parsing the plural choice each
 * time was a tenth of the CPU on short rows). Templates come from the rules'
 * message tables, so the cache stays small; the cap guards odd callers.
 */
const compiled = new Map<string, Part[]>();
const MAX_COMPILED = 10_000;

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const at = match.index!;
    if (at > last) parts.push(template.slice(last, at));
    if (match[1] !== undefined) {
      const cases = new Map<string, string>();
      for (const [, key, text] of match[2]!.matchAll(PLURAL_CASE)) cases.set(key!, text!);
      parts.push({ name: match[1], cases, whole: match[0] });
    } else {
      parts.push({ name: match[3]! });
    }
    last = at + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(template, parts);
  return parts;
}

/**
 * Pick the ICU-style plural case for `value` in `locale`, with
 * Intl.PluralRules: `{count, plural, one {# image} other {# images}}` gives
 * "1 image" and "3 images" in English; Chinese has only `other`.
 */
function plural(value: unknown, cases: ReadonlyMap<string, string>, locale: string): string | undefined {
  const n = Number(value);
  if (!Number.isFinite(n)) return undefined;
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const text = cases.get(`=${n}`) ?? cases.get(rules.select(n)) ?? cases.get('other');
  return text?.replace(/#/g, String(value));
}

/**
 * Fill `{name}` placeholders and `{name, plural, one {…} other {…}}` choices;
 * an unknown name stays visible rather than vanishing. Parameter values are
 * inserted as they are, never read as placeholders themselves.
 */
export function interpolate(template: string, params: MessageParams, lang: Lang = 'en'): string {
  const parts = compile(template);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const known = Object.prototype.hasOwnProperty.call(params, part.name);
    if ('cases' in part) out += known ? (plural(params[part.name], part.cases, lang === 'zh' ? 'zh-CN' : 'en') ?? part.whole) : part.whole;
    else out += known ? String(params[part.name]) : `{${part.name}}`;
  }
  return out;
}

export interface LocalizedRelated extends Related {
  message: string;
}

export interface LocalizedDiagnostic extends Diagnostic {
  message: string;
  hint?: string;
  related: LocalizedRelated[];
}

export function localize(
  diagnostic: Diagnostic,
  catalog: MessageCatalog,
  lang: Lang,
): LocalizedDiagnostic {
  const entry = catalog[diagnostic.messageId];
  const message = entry
    ? interpolate(entry.message[lang], diagnostic.params, lang)
    : `${diagnostic.messageId} ${JSON.stringify(diagnostic.params)}`;
  const hint = entry?.hint ? interpolate(entry.hint[lang], diagnostic.params, lang) : undefined;
  const related = diagnostic.related.map((r) => {
    const relatedEntry = catalog[r.messageId];
    return {
      ...r,
      message: relatedEntry ? interpolate(relatedEntry.message[lang], r.params, lang) : r.messageId,
    };
  });
  return hint === undefined
    ? { ...diagnostic, message, related }
    : { ...diagnostic, message, hint, related };
}

/** `--lang` default: zh when LANG/LC_ALL say Chinese, else en. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(value) ? 'zh' : 'en';
}

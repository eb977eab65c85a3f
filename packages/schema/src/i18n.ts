import type { Diagnostic, Lang, MessageCatalog, MessageParams, Related } from './diagnostic.js';

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Pick the ICU-style plural case for `value` in `locale`, with
 * Intl.PluralRules: `{count, plural, one {# image} other {# images}}` gives
 * "1 image" and "3 images" in English; Chinese has only `other`.
 */
function plural(value: unknown, cases: string, locale: string): string | undefined {
  const n = Number(value);
  if (!Number.isFinite(n)) return undefined;
  const byKey = new Map<string, string>();
  for (const [, key, text] of cases.matchAll(PLURAL_CASE)) byKey.set(key!, text!);
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const text = byKey.get(`=${n}`) ?? byKey.get(rules.select(n)) ?? byKey.get('other');
  return text?.replace(/#/g, String(value));
}

/**
 * Fill `{name}` placeholders and `{name, plural, one {…} other {…}}` choices;
 * an unknown name stays visible rather than vanishing.
 */
export function interpolate(template: string, params: MessageParams, lang: Lang = 'en'): string {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(params, name);
  const withPlurals = template.includes(', plural,')
    ? template.replace(PLURAL, (whole, name: string, cases: string) => (has(name) ? (plural(params[name], cases, lang === 'zh' ? 'zh-CN' : 'en') ?? whole) : whole))
    : template;
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => (has(name) ? String(params[name]) : whole));
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

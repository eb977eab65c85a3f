import type { Diagnostic, Lang, MessageCatalog, MessageParams, Related } from './diagnostic.js';

/** Fill `{name}` placeholders; an unknown name stays visible rather than vanishing. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
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
    ? interpolate(entry.message[lang], diagnostic.params)
    : `${diagnostic.messageId} ${JSON.stringify(diagnostic.params)}`;
  const hint = entry?.hint ? interpolate(entry.hint[lang], diagnostic.params) : undefined;
  const related = diagnostic.related.map((r) => {
    const relatedEntry = catalog[r.messageId];
    return {
      ...r,
      message: relatedEntry ? interpolate(relatedEntry.message[lang], r.params) : r.messageId,
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

import { ruleCatalog, type RuleMeta } from '@storepolicy/engine';
import { langFromEnv, type Lang } from '@storepolicy/schema';
import { z } from 'zod';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { emit } from '../io/output.js';
import { palette } from '../report/colors.js';
import { labelsFor } from '../report/labels.js';
import { displayWidth, padEndWidth } from '../report/text-width.js';
import { readRuleDoc } from './rules-docs.js';
import { suggestCodes } from './rules-suggest.js';
import { colorAllowed, runtime } from '../io/runtime.js';

const optionsSchema = z.object({
  format: z.enum(['pretty', 'json', 'markdown']),
  lang: z.enum(['en', 'zh']).optional(),
  output: z.string().min(1).optional(),
  color: z.boolean().default(true),
});

/** `storepolicy rules [code]`: the catalogue, or one rule's doc page. */
export async function runRules(code: string | undefined, raw: Record<string, unknown>): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(m.invalidOption({ option: '', detail: parsed.error.issues[0]?.message ?? 'invalid' }));
  const options = parsed.data;
  const lang = options.lang ?? langFromEnv(runtime().env);
  const color = options.color && colorAllowed(Boolean(options.output));
  if (code === undefined) {
    emit(formatList(ruleCatalog, options.format, lang, color), options.output);
    return 0;
  }
  const meta = ruleCatalog.find((rule) => rule.code === code);
  if (!meta) {
    const suggestions = suggestCodes(code, ruleCatalog.map((rule) => rule.code));
    throw new UsageError(m.unknownRule({ code, suggestions: suggestions.join(' or ') }));
  }
  emit(formatOne(meta, readRuleDoc(meta.code), options.format, lang), options.output);
  return 0;
}

function toJson(meta: RuleMeta) {
  return {
    code: meta.code,
    severity: meta.severity,
    law: meta.law === true,
    summary: meta.summary,
    docs: `docs/rules/${meta.code}.md`,
    messages: Object.keys(meta.messages).map((id) => `${meta.code}.${id}`),
  };
}

function formatList(rules: readonly RuleMeta[], format: 'pretty' | 'json' | 'markdown', lang: Lang, color: boolean): string {
  if (format === 'json') return JSON.stringify({ version: 1, rules: rules.map(toJson) }, null, 2);
  if (format === 'markdown') {
    const header = m.rulesHeader().render(lang);
    const rows = rules.map(
      (r) => `| [\`${r.code}\`](docs/rules/${r.code}.md) | ${r.severity} | ${r.law ? '⚖️' : ''} | ${r.summary[lang].replace(/\|/g, '\\|')} |`,
    );
    return [header, '|---|---|---|---|', ...rows].join('\n');
  }
  const p = palette(color);
  const words = labelsFor(lang).severity;
  const law = m.rulesLaw().render(lang);
  // columns by terminal cells: the severity words are Chinese under --lang zh
  const width = Math.max(...rules.map((r) => displayWidth(r.code)));
  const severityWidth = Math.max(...Object.values(words).map(displayWidth));
  const lines = rules.map((r) => {
    const cell = padEndWidth(words[r.severity], severityWidth);
    const severity = r.severity === 'error' ? p.red(cell) : r.severity === 'warning' ? p.yellow(cell) : p.dim(cell);
    return `${padEndWidth(r.code, width)}  ${severity}  ${r.law ? p.bold(law) : ' '.repeat(displayWidth(law))}  ${r.summary[lang]}`;
  });
  const tail = m.rulesTail({ count: rules.length }).render(lang);
  return [...lines, '', tail].join('\n');
}

function formatOne(meta: RuleMeta, doc: string | undefined, format: 'pretty' | 'json' | 'markdown', lang: Lang): string {
  if (format === 'json') return JSON.stringify({ version: 1, rule: { ...toJson(meta), doc: doc ?? null } }, null, 2);
  if (doc !== undefined) return doc;
  // An installation without the docs folder still says what the rule is.
  const missing = m.rulesNoDoc({ code: meta.code }).render(lang);
  const kind = `${labelsFor(lang).severity[meta.severity]}${meta.law ? ` · ${m.rulesLaw().render(lang)}` : ''}`;
  return [`# ${meta.code}`, '', kind, '', meta.summary[lang], '', missing].join('\n');
}

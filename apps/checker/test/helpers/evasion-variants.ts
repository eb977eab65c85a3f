// The red team's generator (SPEC sections 9 and 10): every banned term and
// contact detail of the shipped policies, written the ways a seller writes it
// to get past a filter while a buyer still reads it. Each variant names its
// family and technique, so a miss says what to fix; the bypass tests
// (test/fail-closed/listing-evasions*.test.ts) and the corpus pools are built
// from it. The techniques are written from the buyer's side (what a page
// shows), never from the normaliser's tables: a variant the normaliser does
// not know is the point.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
export const POLICIES_ROOT = path.resolve(here, '../../../../policies');

export interface PolicyTerm {
  term: string;
  /** The finding's code: listing/banned-term, listing/claim, listing/review-inducement, listing/contact-info. */
  code: string;
  setId: string;
  /** Legal classes the set applies to (undefined: every class but `except`). */
  legalClasses?: string[];
  store: string;
}

const CHECK_CODES: Record<string, string> = {
  'banned-term': 'listing/banned-term',
  claim: 'listing/claim',
  'review-inducement': 'listing/review-inducement',
  'contact-info': 'listing/contact-info',
};

interface TermSetYaml {
  id: string;
  check?: string;
  terms: string[];
  legal_classes?: string[];
}

/** Every term of the law baseline and of the demo stores' compliance policies. */
export function policyTerms(): PolicyTerm[] {
  const out: PolicyTerm[] = [];
  const files: [string, string][] = [
    ['_base', '_base/cn-regulations.yaml'],
    ['demo-apparel', 'demo-apparel/compliance.yaml'],
    ['demo-food', 'demo-food/compliance.yaml'],
  ];
  for (const [store, file] of files) {
    const doc = parse(readFileSync(path.join(POLICIES_ROOT, file), 'utf8')) as { spec: { term_sets?: TermSetYaml[] } };
    for (const set of doc.spec.term_sets ?? []) {
      for (const term of set.terms) {
        out.push({ term, code: CHECK_CODES[set.check ?? 'banned-term']!, setId: set.id, store, ...(set.legal_classes ? { legalClasses: set.legal_classes } : {}) });
      }
    }
  }
  return out;
}

/** The base's allow-listed compounds: text that must stay silent. */
export function allowedCompounds(): string[] {
  const doc = parse(readFileSync(path.join(POLICIES_ROOT, '_base/cn-regulations.yaml'), 'utf8')) as { spec: { term_sets: (TermSetYaml & { allow?: string[] })[] } };
  return doc.spec.term_sets.flatMap((s) => s.allow ?? []);
}

// ---------------------------------------------------------------- techniques

/** One way of writing a term: the text, or undefined when it does not apply to this term. */
export type Technique = (term: string) => string | undefined;

export interface TechniqueFamily {
  family: string;
  /** The field must be read as HTML (the description). */
  html?: boolean;
  techniques: Record<string, Technique>;
}

const chars = (s: string) => [...s];
/** The term's characters with `sep` between each two. */
const between = (sep: string): Technique => (t) => chars(t).join(sep);
/** Each character replaced by `map` where it has an entry; undefined when none has. */
const substitute = (map: (ch: string) => string | undefined): Technique => (t) => {
  let changed = false;
  const out = chars(t).map((ch) => {
    const to = map(ch);
    if (to !== undefined && to !== ch) changed = true;
    return to ?? ch;
  });
  return changed ? out.join('') : undefined;
};
const codePointMap = (from: string, toBase: number): ((ch: string) => string | undefined) => (ch) => {
  const i = from.indexOf(ch);
  return i < 0 ? undefined : String.fromCodePoint(toBase + i);
};
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
/** A Latin letter or digit in a styled block of 26 capitals, 26 small letters (and 10 digits when `digits`). */
const styled = (capitals: number, small: number | undefined, digits?: number) => (ch: string) =>
  UPPER.includes(ch) ? String.fromCodePoint(capitals + UPPER.indexOf(ch))
  : LOWER.includes(ch) && small !== undefined ? String.fromCodePoint(small + LOWER.indexOf(ch))
  : LOWER.includes(ch) ? String.fromCodePoint(capitals + LOWER.indexOf(ch))
  : DIGITS.includes(ch) && digits !== undefined ? String.fromCodePoint(digits + DIGITS.indexOf(ch))
  : undefined;

/** Kangxi radicals and CJK compatibility ideographs that NFKC reads as a unified ideograph: ideograph -> its look-alike. */
const NFKC_LOOKALIKES = (() => {
  const map = new Map<string, string>();
  const ranges: [number, number][] = [[0x2f00, 0x2fd5], [0xf900, 0xfad9]];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCodePoint(c);
      const read = ch.normalize('NFKC');
      if (read !== ch && [...read].length === 1 && !map.has(read)) map.set(read, ch);
    }
  }
  return map;
})();

/** CJK Radicals Supplement forms a buyer reads as the ideograph (no NFKC mapping; Unicode's confusables lists them). */
const RADICAL_SUPPLEMENT: Record<string, string> = { 龟: '⻳', 长: '⻓', 见: '⻅', 门: '⻔', 马: '⻢', 鱼: '⻥', 贝: '⻉', 车: '⻋', 言: '⻈', 风: '⻆', 页: '⻚', 食: '⻝', 母: '⺟', 民: '⺠', 网: '⺲', 无: '⺛' };

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Cyrillic and Greek letters a buyer reads as Latin ones (hand-picked from Unicode's confusables.txt). */
const CYRILLIC: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', i: 'і', I: 'І', Q: 'Ԛ', q: 'ԛ', w: 'ԝ', W: 'Ԝ', v: 'ѵ', V: 'Ѵ' };
const GREEK: Record<string, string> = { A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', Y: 'Υ', Z: 'Ζ', o: 'ο', v: 'ν', i: 'ι', x: 'χ' };

const SPACES: Record<string, string> = {
  space: ' ', 'no-break space': '\u00a0', 'ogham space': '\u1680', 'en quad': '\u2000', 'em space': '\u2003', 'thin space': '\u2009',
  'hair space': '\u200a', 'narrow no-break space': '\u202f', 'medium mathematical space': '\u205f', 'ideographic space': '\u3000',
  tab: '\t', 'line feed': '\n', 'carriage return line feed': '\r\n', 'next line': '\u0085', 'line separator': '\u2028',
  'braille blank': '\u2800', 'hangul filler': '\u3164', 'halfwidth hangul filler': '\uffa0', 'two spaces': '  ',
};
const INVISIBLES: Record<string, string> = {
  ZWSP: '\u200b', ZWNJ: '\u200c', ZWJ: '\u200d', BOM: '\ufeff', 'soft hyphen': '\u00ad', LRM: '\u200e', RLM: '\u200f',
  LRE: '\u202a', RLO: '\u202e', PDF: '\u202c', LRI: '\u2066', PDI: '\u2069', 'word joiner': '\u2060', 'invisible times': '\u2062',
  'invisible separator': '\u2063', CGJ: '\u034f', 'Arabic letter mark': '\u061c', 'Mongolian vowel separator': '\u180e',
  'Khmer inherent vowel': '\u17b4', 'Hangul choseong filler': '\u115f', 'tag space': '\u{e0020}', 'musical begin beam': '\u{1d173}',
  'interlinear annotation anchor': '\ufff9', 'shorthand format': '\u{1bca0}', 'three invisibles': '\u200b\u200d\u2060',
};
const PUNCTUATION: Record<string, string> = Object.fromEntries(
  ['.', ',', '-', '_', '*', '·', '~', '/', '\\', '|', '!', '?', ':', ';', "'", '"', '(', ')', '[', ']', '{', '}', '>', '@', '#', '$', '%', '^', '&', '+', '=', '`',
    '。', '，', '、', '；', '：', '？', '！', '…', '—', '～', '・', '「', '」', '【', '】', '（', '）', '《', '》', '〈', '〉', '〜', '‧', '•', '∙', '⋅', '‐', '‑', '‒', '–', '―', '﹏', '＿', '－', '．']
    .map((p) => [`'${p}'`, p]),
);
const SYMBOLS: Record<string, string> = Object.fromEntries(
  ['★', '☆', '♥', '♡', '✿', '❀', '☀', '✔', '✘', '→', '■', '□', '▲', '●', '○', '◆', '※', '§', '©', '®', '™', '°', '×', '¥', '$', '€', '♪', '✦', '❤', '☞', '卍', '〓', '㊣', '⊙', '∞', '丨'].map((p) => [`'${p}'`, p]),
);
const EMOJI: Record<string, string> = {
  fire: '🔥', 'thumbs up skin tone': '👍🏻', family: '👨\u200d👩\u200d👧', flag: '🇨🇳', keycap: '#\ufe0f\u20e3', 'heart with VS16': '❤\ufe0f',
  smile: '😀', 'red circle': '🔴', sparkles: '✨', 'pointing hand': '👉', 'rainbow flag': '🏳\ufe0f\u200d🌈',
};
const VARIATION: Record<string, string> = { VS1: '\ufe00', VS15: '\ufe0e', VS16: '\ufe0f', VS17: '\u{e0100}', 'VS16 twice': '\ufe0f\ufe0f' };
const COMBINING: Record<string, string> = { 'combining long stroke': '\u0336', 'combining acute': '\u0301', 'enclosing circle': '\u20dd', 'enclosing keycap': '\u20e3', 'combining low line': '\u0332', 'dakuten': '\u3099' };

const fromTable = (table: Record<string, string>, make: (sep: string) => Technique) =>
  Object.fromEntries(Object.entries(table).map(([name, sep]) => [name, make(sep)]));

const entityHex = (ch: string) => `&#x${ch.codePointAt(0)!.toString(16)};`;
const entityDec = (ch: string) => `&#${ch.codePointAt(0)!};`;

/** The families of SPEC section 10 (and the brief's list), each a set of named techniques. */
export const FAMILIES: TechniqueFamily[] = [
  {
    family: 'nfkc',
    techniques: {
      'full-width': substitute((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : undefined)),
      'Kangxi radical or compatibility ideograph': substitute((ch) => NFKC_LOOKALIKES.get(ch)),
      'CJK radical supplement': substitute((ch) => RADICAL_SUPPLEMENT[ch]),
      'mathematical bold': substitute(styled(0x1d400, 0x1d41a, 0x1d7ce)),
      'mathematical double-struck': substitute((ch) => (ch === 'C' ? 'ℂ' : ch === 'N' ? 'ℕ' : ch === 'P' ? 'ℙ' : ch === 'Q' ? 'ℚ' : ch === 'Z' ? 'ℤ' : ch === 'R' ? 'ℝ' : ch === 'H' ? 'ℍ' : styled(0x1d538, 0x1d552, 0x1d7d8)(ch))),
      'mathematical sans-serif bold italic': substitute(styled(0x1d63c, 0x1d656)),
      'mathematical monospace': substitute(styled(0x1d670, 0x1d68a, 0x1d7f6)),
      'circled letters and digits': substitute((ch) => (UPPER.includes(ch) ? codePointMap(UPPER, 0x24b6)(ch) : LOWER.includes(ch) ? codePointMap(LOWER, 0x24d0)(ch) : '123456789'.includes(ch) ? codePointMap('123456789', 0x2460)(ch) : ch === '0' ? '⓪' : undefined)),
      'parenthesized letters': substitute((ch) => (LOWER.includes(ch.toLowerCase()) ? codePointMap(LOWER, 0x249c)(ch.toLowerCase()) : '123456789'.includes(ch) ? codePointMap('123456789', 0x2474)(ch) : undefined)),
      'squared letters': substitute((ch) => (UPPER.includes(ch.toUpperCase()) ? codePointMap(UPPER, 0x1f130)(ch.toUpperCase()) : undefined)),
      'negative circled letters': substitute((ch) => (UPPER.includes(ch.toUpperCase()) ? codePointMap(UPPER, 0x1f150)(ch.toUpperCase()) : '123456789'.includes(ch) ? codePointMap('123456789', 0x2776)(ch) : undefined)),
      'negative squared letters': substitute((ch) => (UPPER.includes(ch.toUpperCase()) ? codePointMap(UPPER, 0x1f170)(ch.toUpperCase()) : undefined)),
      'regional indicators': substitute((ch) => (UPPER.includes(ch.toUpperCase()) ? codePointMap(UPPER, 0x1f1e6)(ch.toUpperCase()) : undefined)),
      'superscript digits': substitute((ch) => ({ '1': '¹', '2': '²', '3': '³', '0': '⁰', '4': '⁴' })[ch]),
      'circled ideographs': substitute((ch) => ({ 一: '㊀', 二: '㊁', 三: '㊂', 五: '㊄', 名: '㊔', 优: '㊝', 中: '㊥' })[ch]),
    },
  },
  {
    family: 'traditional',
    techniques: {
      'Taiwan standard': (t) => (toTraditional(t) === t ? undefined : toTraditional(t)),
      'Hong Kong standard': (t) => (toHongKong(t) === t ? undefined : toHongKong(t)),
      'half Traditional': (t) => {
        const tw = chars(toTraditional(t));
        const out = chars(t).map((ch, i) => (i % 2 === 1 ? tw[i]! : ch)).join('');
        return out === t ? undefined : out;
      },
    },
  },
  {
    family: 'confusables',
    techniques: {
      Cyrillic: substitute((ch) => CYRILLIC[ch] ?? CYRILLIC[ch.toUpperCase()]),
      Greek: substitute((ch) => GREEK[ch] ?? GREEK[ch.toUpperCase()]),
      'Latin with diacritics': substitute((ch) => ({ O: 'Ö', o: 'ö', T: 'Ť', P: 'Ṗ', N: 'Ñ', x: 'ẋ', v: 'ṽ', w: 'ŵ', q: 'ɋ', Q: 'Ɋ', V: 'Ṽ', W: 'Ŵ' })[ch]),
      'digit for letter': substitute((ch) => ({ O: '0', o: '0' })[ch]),
      'small capitals': substitute((ch) => ({ O: 'ᴏ', o: 'ᴏ', T: 'ᴛ', P: 'ᴘ', N: 'ɴ', V: 'ᴠ', v: 'ᴠ', W: 'ᴡ', w: 'ᴡ', X: 'x' })[ch]),
    },
  },
  {
    family: 'case',
    techniques: {
      upper: (t) => (t.toUpperCase() === t ? undefined : t.toUpperCase()),
      lower: (t) => (t.toLowerCase() === t ? undefined : t.toLowerCase()),
      alternating: (t) => {
        const out = chars(t).map((ch, i) => (i % 2 ? ch.toLowerCase() : ch.toUpperCase())).join('');
        return out === t ? undefined : out;
      },
    },
  },
  {
    family: 'html',
    html: true,
    techniques: {
      'bold tag inside': between('<b></b>'),
      'span with style': (t) => chars(t).map((ch) => `<span style="color:#e4393c">${ch}</span>`).join(''),
      'font tag': (t) => chars(t).map((ch, i) => (i === 1 ? `<font color=red>${ch}</font>` : ch)).join(''),
      'upper-case tag': between('<B></B>'),
      'tag broken over lines': between('<span\nclass="x"\n></span\n>'),
      'wbr': between('<wbr>'),
      'hex entities': (t) => chars(t).map(entityHex).join(''),
      'decimal entities': (t) => chars(t).map(entityDec).join(''),
      'decimal entity without semicolon': (t) => chars(t).map((ch, i) => (i === 1 ? `&#${ch.codePointAt(0)!} ` : ch)).join('').replace(' ', ''),
      'zero-padded entity': (t) => chars(t).map((ch, i) => (i === 0 ? `&#x000${ch.codePointAt(0)!.toString(16).toUpperCase()};` : ch)).join(''),
      'named entities between': between('&nbsp;'),
      'zero-width entity between': between('&#8203;'),
      'named zwj and shy': between('&zwj;&shy;'),
      'comment between': between('<!-- x -->'),
      'CDATA between': between('<![CDATA[]]>'),
      'empty tags between': between('<i></i><u></u>'),
      'inline image between': between('<img src="x.png">'),
      'br between': between('<br>'),
      'paragraphs between': between('</p><p>'),
      'table cells between': between('</td><td>'),
      'list items between': between('</li><li>'),
      'img alt text': (t) => `<img src="a.jpg" alt="${t}">`,
      'title attribute': (t) => `<span title="${t}">详情</span>`,
      'entities in alt text': (t) => `<img src="a.jpg" alt="${chars(t).map(entityDec).join('')}">`,
    },
  },
  { family: 'space', techniques: fromTable(SPACES, between) },
  { family: 'punctuation', techniques: fromTable(PUNCTUATION, between) },
  { family: 'symbol', techniques: fromTable(SYMBOLS, between) },
  { family: 'emoji', techniques: fromTable(EMOJI, between) },
  { family: 'variation-selector', techniques: fromTable(VARIATION, (vs) => (t) => chars(t).map((ch, i, all) => (i < all.length - 1 ? ch + vs : ch)).join('')) },
  { family: 'invisible', techniques: fromTable(INVISIBLES, between) },
  { family: 'combining', techniques: fromTable(COMBINING, (mark) => (t) => chars(t).map((ch, i, all) => (i < all.length - 1 ? ch + mark : ch)).join('')) },
  {
    family: 'combination',
    html: true,
    techniques: {
      'Traditional with spaces': (t) => (toTraditional(t) === t ? undefined : between(' ')(toTraditional(t))),
      'Traditional in entities': (t) => (toTraditional(t) === t ? undefined : chars(toTraditional(t)).map(entityHex).join('')),
      'full-width with ZWSP': (t) => between('\u200b')(t.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
      'Kangxi with emoji': (t) => between('🔥')(substitute((ch) => NFKC_LOOKALIKES.get(ch))(t) ?? t),
      'tags and Traditional': (t) => (toTraditional(t) === t ? undefined : between('<b></b>')(toTraditional(t))),
      'Cyrillic with a dot': (t) => { const c = substitute((ch) => CYRILLIC[ch] ?? CYRILLIC[ch.toUpperCase()])(t); return c && between('·')(c); },
      'entity and comment': (t) => chars(t).map((ch, i) => (i % 2 ? entityDec(ch) : ch)).join('<!---->'),
    },
  },
];

export interface Evasion {
  family: string;
  technique: string;
  term: PolicyTerm;
  /** The text as the seller writes it. */
  text: string;
  /** The text is HTML and goes only into the description. */
  html: boolean;
}

/** Every variant of every term, deduplicated per term (two techniques that give the same text count once). */
export function evasions(terms: PolicyTerm[] = policyTerms(), families: TechniqueFamily[] = FAMILIES): Evasion[] {
  const out: Evasion[] = [];
  for (const term of terms) {
    const seen = new Set<string>([term.term]);
    for (const { family, html, techniques } of families) {
      for (const [technique, make] of Object.entries(techniques)) {
        if ([...term.term].length < 2 && !['nfkc', 'traditional', 'confusables', 'case', 'html'].includes(family)) continue;
        const text = make(term.term);
        if (text === undefined || seen.has(text)) continue;
        seen.add(text);
        out.push({ family, technique, term, text, html: html ?? false });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- contact details

export interface ContactSample {
  family: string;
  technique: string;
  /** The text as the seller writes it: the span a finding must cover. */
  text: string;
}

const MOBILE = '13812345678';
const digitForms: Record<string, (d: number) => string> = {
  ASCII: (d) => String(d),
  'full-width': (d) => String.fromCharCode(0xff10 + d),
  'financial numerals': (d) => '零壹贰叁肆伍陆柒捌玖'[d]!,
  'Traditional financial numerals': (d) => '零壹貳參肆伍陸柒捌玖'[d]!,
  'Chinese numerals': (d) => '〇一二三四五六七八九'[d]!,
  'Chinese numerals with 幺 and 洞': (d) => '洞幺两三四五六拐八勾'[d]!,
  'Chinese numerals with 幺': (d) => '零幺二三四五六七八九'[d]!,
  'circled digits': (d) => (d === 0 ? '⓪' : String.fromCodePoint(0x2460 + d - 1)),
  'negative circled digits': (d) => (d === 0 ? '⓿' : String.fromCodePoint(0x2776 + d - 1)),
  'parenthesized digits': (d) => (d === 0 ? '0' : String.fromCodePoint(0x2474 + d - 1)),
  'digits with full stop': (d) => (d === 0 ? '0' : String.fromCodePoint(0x2488 + d - 1)),
  'mathematical bold': (d) => String.fromCodePoint(0x1d7ce + d),
  'double-struck': (d) => String.fromCodePoint(0x1d7d8 + d),
  'sans-serif bold': (d) => String.fromCodePoint(0x1d7ec + d),
  'Arabic-Indic': (d) => String.fromCharCode(0x660 + d),
  'Persian': (d) => String.fromCharCode(0x6f0 + d),
  Devanagari: (d) => String.fromCharCode(0x966 + d),
  Thai: (d) => String.fromCharCode(0xe50 + d),
  'Hangzhou numerals': (d) => (d === 0 ? '〇' : String.fromCharCode(0x3021 + d - 1)),
  superscript: (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d]!,
  subscript: (d) => '₀₁₂₃₄₅₆₇₈₉'[d]!,
  keycaps: (d) => `${d}\ufe0f\u20e3`,
  'circled ideographs': (d) => (d === 0 ? '〇' : '㊀㊁㊂㊃㊄㊅㊆㊇㊈'[d - 1]!),
  'parenthesized ideographs': (d) => (d === 0 ? '〇' : '㈠㈡㈢㈣㈤㈥㈦㈧㈨'[d - 1]!),
  mixed: (d) => [String(d), '一二三四五六七八九'[d - 1] ?? '零', String.fromCharCode(0xff10 + d)][d % 3]!,
};
const SEPARATORS: Record<string, string> = {
  '.': '.', '/': '/', _: '_', '~': '~', '·': '·', '-': '-', space: ' ', 'full-width hyphen': '－', 'em dash': '—', 'en dash': '–',
  'ideographic space': '\u3000', 'no-break space': '\u00a0', 'katakana middle dot': '・', 'wave dash': '〜', '*': '*', ZWSP: '\u200b', emoji: '🔥',
  'two spaces': '  ', 'space dash space': ' - ', '|': '|', '丶': '丶',
};

/** A number written digit by digit in `form`, its groups (3-4-4) joined by `sep`. */
const writeNumber = (digits: string, form: (d: number) => string, sep = '', groups = [3, 4, 4]) => {
  const parts: string[] = [];
  let at = 0;
  for (const g of groups) {
    parts.push([...digits.slice(at, at + g)].map((d) => form(Number(d))).join(''));
    at += g;
  }
  if (at < digits.length) parts.push([...digits.slice(at)].map((d) => form(Number(d))).join(''));
  return parts.filter((p) => p).join(sep);
};

/** Mobile numbers, landlines, hotlines, WeChat and QQ ids as sellers write them. */
export function contactSamples(): ContactSample[] {
  const out: ContactSample[] = [];
  for (const [name, form] of Object.entries(digitForms)) out.push({ family: 'phone-digits', technique: name, text: writeNumber(MOBILE, form) });
  for (const [name, sep] of Object.entries(SEPARATORS)) {
    out.push({ family: 'phone-separators', technique: `${name} 3-4-4`, text: writeNumber(MOBILE, (d) => String(d), sep) });
    out.push({ family: 'phone-separators', technique: `${name} digit by digit`, text: writeNumber(MOBILE, (d) => String(d), sep, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) });
    out.push({ family: 'phone-separators', technique: `${name} in financial numerals`, text: writeNumber(MOBILE, (d) => '零壹贰叁肆伍陆柒捌玖'[d]!, sep) });
  }
  // letters a buyer reads as digits
  for (const [name, text] of [['O for 0', '138 1234 567O'], ['l for 1', 'l38 l234 5678'], ['I for 1', 'I3812345678'], ['Cyrillic З for 3', '1З8 1234 5678'], ['full-width Ｏ', '１３８ ５６７８ ９０１Ｏ']]) {
    out.push({ family: 'phone-letters', technique: name!, text: text! });
  }
  // one group a line or a clause: 138，1234，5678 (only the 3-4-4 shape of a mobile reads as one)
  for (const sep of ['，', '、', '。', '；', ',', '！', ' ， ', '\u2029']) {
    out.push({ family: 'phone-clauses', technique: JSON.stringify(sep), text: writeNumber(MOBILE, (d) => String(d), sep) });
    out.push({ family: 'phone-clauses', technique: `${JSON.stringify(sep)} in financial numerals`, text: writeNumber(MOBILE, (d) => '零壹贰叁肆伍陆柒捌玖'[d]!, sep) });
  }
  for (const prefix of ['+86', '+86 ', '0086', '0086-', '86-', '＋８６', '(+86)', '（+86）', '+86-', '+８６ ', '+ 86 ']) {
    out.push({ family: 'phone-prefix', technique: JSON.stringify(prefix), text: `${prefix}${writeNumber(MOBILE, (d) => String(d), ' ')}` });
  }
  for (const [name, form] of Object.entries({ ASCII: digitForms.ASCII!, 'full-width': digitForms['full-width']!, 'Chinese numerals': digitForms['Chinese numerals']!, 'circled digits': digitForms['circled digits']! })) {
    out.push({ family: 'landline', technique: name, text: `${writeNumber('0571', form)}-${writeNumber('86668888', form, '', [8])}` });
    out.push({ family: 'hotline', technique: name, text: writeNumber('4008208820', form, '-', [3, 3, 4]) });
  }
  const wechat = ['微信', '威信', '薇信', 'V信', 'v信', 'vx', 'VX', 'wx', 'WX', '徽信', '加V', '加v', 'weixin', 'WeChat', '微x', 'Ｖ信', 'ｖｘ', '微 信', '威❤信', 'V❤', 'wei xin', '㐘信', '魏信', '薇', 'V', '维信', 'ⓥⓧ', 'ＶＸ', '𝐕𝐗', 'Vx', 'vX', '微.信', '卫星', '绿泡泡', '加微', '+V', '+v', '+vx', 'v：'];
  for (const keyword of wechat) {
    for (const [sepName, sep] of [['：', '：'], [':', ':'], ['space', ' '], ['号', '号：'], ['none', ''], ['ID', ' ID：'], ['账号', '账号：'], ['搜索', '搜索 ']] as const) {
      if (keyword.endsWith('：') && sepName !== 'none') continue;
      out.push({ family: 'wechat', technique: `${keyword} ${sepName}`, text: `${keyword}${sep}gardenia888` });
    }
  }
  for (const id of ['ｇａｒｄｅｎｉａ８８８', 'gardenia_888', 'Gardenia-888', 'gаrdеniа888', '𝐠𝐚𝐫𝐝𝐞𝐧𝐢𝐚𝟖𝟖𝟖', 'g a r d e n i a 8 8 8', 'gar\u200bdenia888']) {
    out.push({ family: 'wechat-id', technique: id, text: `微信：${id}` });
  }
  const qq = ['QQ', 'qq', 'Qq', '扣扣', '企鹅', 'Q号', 'QQ群', 'ＱＱ', 'q q', 'Q Q', '扣扣号', '企鹅号', '抠抠', 'QQ号码', 'ⓆⓆ', '𝐐𝐐', '蔻蔻', 'Q', 'q', '球球', 'Q群', '扣群', '秋秋'];
  for (const keyword of qq) {
    for (const [sepName, sep] of [['：', '：'], [':', ':'], ['space', ' '], ['none', '']] as const) {
      out.push({ family: 'qq', technique: `${keyword} ${sepName}`, text: `${keyword}${sep}2851234567` });
    }
  }
  for (const [name, form] of Object.entries({ 'Chinese numerals': digitForms['Chinese numerals']!, 'full-width': digitForms['full-width']!, 'circled digits': digitForms['circled digits']!, 'financial numerals': digitForms['financial numerals']! })) {
    out.push({ family: 'qq-digits', technique: name, text: `QQ：${writeNumber('2851234567', form, '', [10])}` });
  }
  return out;
}

/** Text a buyer reads as honest copy: none of it may produce a text finding. */
// Not here, because the policy and not the reading decides them: ordinal and
// label compounds of a law term (第一件原价, 第一代, 最佳赏味期, 万能胶, 唯一码)
// are reported until the law baseline's allow-list names them.
export const HONEST_TEXTS: Record<string, string[]> = {
  sizes: ['尺码 170/92A', '尺码：S M L XL 155 160 165 170', '175/92A 180/96A', '腰围 68-72cm 臀围 90-94cm', '均码 适合 90-130斤', 'US 00 0 2 4 6 8', '鞋码 36 37 38 39 40'],
  prices: ['¥199.00', '到手价 129.9元', '原价1,299.00 现价999.00', '满400减40', '1399 1599 199 99', '两件9.9折'],
  dates: ['2026-11-11', '2026.11.11 0点开抢', '20261111', '09:00-21:00 在线', '11月11日-11月13日', '生产日期 2026/10/08'],
  'order numbers': ['订单号 2026111112345678901', '订单号 4200001234567890123', '物流单号 SF1234567890123', '运单号 YT7654321098765'],
  barcodes: ['条码 6901234567892', '条形码：6921234567890', 'EAN 4006381333931'],
  'model numbers': ['型号 X-1380-2024', '货号 0571-2023A', 'GB/T 18401-2010', 'GB 23350-2021', 'SC11233010600123', 'iPhone 15 Pro', '型号 ZB-13812345'],
  quantities: ['净含量 800克', '500g×2袋', '每日坚果 30包/750g', '库存 12345678 件'],
  'allow-listed compounds': ['第一次穿就爱上', '下单后第一时间发货', '第一步 清洁', '第一眼就心动', '最好是冷水手洗', '第一時間發貨', '第1次购买'],
  'ordinary words': ['本店商品全。网购放心', '终极。品质保障', '月销过万，能放心购买', '最近上新', '万一不合适 包退', '第12期', 'STOP 1', 'NO.12', '极简品质', '一流服务'],
  'separators and symbols': ['连衣裙丨新款丨春装', '女装丶新款', '品牌™ 纯棉', '<img alt="模特实拍 身高170" src="a.jpg">', '<span title="尺码 160/84A">尺码</span>'],
  'contact look-alikes': ['企鹅造型抱枕', '蔻蔻色 口红', '绿泡泡水杯', '洞洞鞋 两件 拐角 勾边', '⑴ 款式 ⑵ 颜色', '参数 请看详情'],
  'number lists': ['尺码：155，160，165，170', '价格：138，1234，5678，9999', '编号 5，138，1234，5678', '138，1234', '库存：1380、2345、6789'],
  'letters beside numbers': ['iPhone 15 Pro 128G', 'SOLO 2024', '型号 XL0 1381 2345 678', '货号 O12345678901', '容量 500ml 1000ml', 'lO号 模特 I65cm'],
  'phone-like': ['1381 2345 6789 0123', '1381234567813912345678', '0571-2468', '0755-1234567', '(0571)', '微信支付 支付宝', '客服QQ在线时间 9:00', '扣扣子 纽扣', 'V领 连衣裙', 'VX-200 型号'],
};

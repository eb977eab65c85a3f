import { characters as confusableLetters } from 'confusables';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import { Tokenizer } from 'htmlparser2';
import { givenReadingTables } from './reading-tables.js';

/**
 * The one normalisation layer of listing text (SPEC section 10): text as a
 * buyer reads it, for the term automaton and the contact scanner, with every
 * position mapped back to the characters the seller wrote.
 *
 * Two parts, so clean text costs no copy:
 * - per-UTF-16-unit tables (`MATCH_FOLD`, `GAP`, `DIGIT_VALUE`), built once
 *   at module load and read by the scanners as they go: NFKC (full-width
 *   forms, Kangxi radicals, circled and styled digits), Latin case,
 *   Traditional to Simplified (OpenCC's character dictionaries), confusable
 *   Latin/Cyrillic/Greek letters; which characters are gaps between the
 *   characters of a term; the value of a digit of any script;
 * - `readAsBuyer`, a copy with an offset map, made only for text whose
 *   reading changes its length: HTML descriptions (tags dropped, entities
 *   decoded by htmlparser2's tokenizer), NFKC expansions (`№` is `No`, `⑩` is
 *   `10`) and characters outside the BMP (`𝟏` is `1`). The scanners then run
 *   on the copy and map their spans back through `from`/`to`.
 */

/** A unit that is part of what a buyer reads as a word: letters, digits, ideographs. */
export const CONTENT = 0;
/** A gap skipped between the characters of a term: spaces of every kind, symbols, emoji, invisible and format characters. */
export const SOFT_GAP = 1;
/** A clause break (。，！？；、 and block HTML tags): skipped too, but a short term across it must stand apart (see `acrossBreakStandsApart`). */
export const CLAUSE_BREAK = 2;

/**
 * Clause breaks: a buyer reads 本店商品全。网购放心 as two phrases. Full
 * stops and commas of both widths, and the paragraph break that block HTML
 * tags read as; `.` stays a plain gap (decimals, `NO.1`), and so do line
 * breaks and tabs, which sellers slip inside a word (全\n网最低).
 */
const CLAUSE_BREAKS = '。，！？；、,;!?\u2029';

/** Look-alikes that NFKC and OpenCC leave alone (katakana long vowel and the CJK stroke for 一, the variant 卋); dashes stay dashes (phone separators). */
const CJK_LOOKALIKES: Record<string, string> = { '\u30fc': '一', '\uff70': '一', '\u31d0': '一', 卋: '世' };

/**
 * Characters sellers write as a separator that Unicode calls letters or
 * expands into letters: 丨 and 丶 (radicals used as `|` and `、` in titles:
 * 连衣裙丨新款) and the trade mark signs ™ ℠, which NFKC reads as `tm`/`sm`
 * and so glued the letters of a term apart (全™网最低).
 */
const SEPARATOR_LOOKALIKES = '\u4e28\u4e36\u2122\u2120';

/**
 * Digits in a bracket or circle that NFKC spells with the bracket (⑴ is
 * `(1)`, ㈠ is `(一)`) or leaves alone (〡 to 〩, the Suzhou numerals of
 * shop receipts): read as the digit itself, so a phone number written with
 * them is one run of digits. Each entry: first code unit, reading of 1..9.
 */
const BRACKETED_DIGITS: readonly [number, string][] = [
  [0x2474, '123456789'], // ⑴ .. ⑼
  [0x3220, '一二三四五六七八九'], // ㈠ .. ㈨
  [0x3021, '一二三四五六七八九'], // 〡 .. 〩
];

/** Numerals a seller spells a phone number with that are not on the digit list by their Simplified form: Traditional 參 (叁), and the radio readings 洞 0, 两 2, 拐 7, 勾 9 (幺 1 is on the list). */
const EXTRA_DIGITS: Record<string, number> = { 參: 3, 洞: 0, 两: 2, 兩: 2, 拐: 7, 勾: 9 };

/** Scripts whose letters may be folded onto a Latin look-alike (CJK shapes such as 山 for W are not). */
const CONFUSABLE_SOURCE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Cherokee}]$/u;

// built here, or taken from the thread that built them (reading-tables.ts)
const tables = givenReadingTables() ?? buildTables();
/** Unit -> the unit the automaton matches on (1:1; expansions are left to `readAsBuyer`). */
export const MATCH_FOLD: Uint16Array = tables.fold;
/** Unit -> CONTENT, SOFT_GAP or CLAUSE_BREAK, for the folded character. */
export const GAP: Uint8Array = tables.gap;
/** Unit -> digit value 0-9 as a buyer reads it in a phone number (any script, 壹, 一, 幺, ①, ❶), or -1. */
export const DIGIT_VALUE: Int8Array = tables.digit;
/** Unit -> 1 when reading it needs the copying pass (an NFKC expansion or a surrogate that may fold). */
const NEEDS_COPY: Uint8Array = tables.needsCopy;

/** This thread's tables (all but the contact scanner's separators), to hand to another thread. */
export function readAsBuyerTables(): { fold: Uint16Array; gap: Uint8Array; digit: Int8Array; needsCopy: Uint8Array } {
  return { fold: MATCH_FOLD, gap: GAP, digit: DIGIT_VALUE, needsCopy: NEEDS_COPY };
}

/**
 * The tables, built at module load from Unicode properties (the regular
 * expression engine walks one string of every BMP character, so only the
 * characters that change are looked at one by one: a few milliseconds).
 */
function buildTables() {
  const t2s = traditionalToSimplified();
  const confusable = confusableMap();
  const fold = new Uint16Array(0x10000);
  const gap = new Uint8Array(0x10000);
  const digit = new Int8Array(0x10000).fill(-1);
  const needsCopy = new Uint8Array(0x10000);
  const contentRe = /[\p{L}\p{N}]/u;
  // Every BMP unit once; surrogates stand in as `a` and are set apart below.
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    fold[c] = c;
    units[c] = c >= 0xd800 && c <= 0xdfff ? 0x61 : c;
  }
  const all = new TextDecoder('utf-16le').decode(units);
  // A character as read once NFKC and case folding are done: Traditional to
  // Simplified, then look-alikes.
  // Look-alikes are looked up before case folding: capital Greek Ν reads as N, small ν as v.
  const settle = (nfkc: string): string => {
    const like = confusable.get(nfkc);
    if (like) return like;
    const f = nfkc.toLowerCase();
    if (f.length !== 1) return f;
    const simplified = t2s.get(f) ?? f;
    return CJK_LOOKALIKES[simplified] ?? confusable.get(simplified) ?? simplified;
  };
  for (const [f] of [...t2s, ...confusable, ...Object.entries(CJK_LOOKALIKES)]) fold[f.charCodeAt(0)] = settle(f).charCodeAt(0);
  // Letters and digits are content; everything else is a gap.
  for (const m of all.matchAll(/[^\p{L}\p{N}]+/gu)) gap.fill(SOFT_GAP, m.index, m.index + m[0].length);
  for (const m of all.matchAll(/\p{Changes_When_NFKC_Casefolded}/gu)) {
    const c = m.index;
    const nfkc = m[0].normalize('NFKC');
    const f = nfkc.length === 1 ? settle(nfkc) : nfkc.toLowerCase();
    if (f.length === 1) {
      const read = f;
      fold[c] = read.charCodeAt(0);
      gap[c] = contentRe.test(read) ? CONTENT : SOFT_GAP;
    } else if (f.length > 1) {
      // An expansion (№ -> No, ⑩ -> 10, … -> ...): copied only when a buyer reads a letter or digit in it.
      const content = contentRe.test(f);
      if (content) needsCopy[c] = 1;
      gap[c] = content ? CONTENT : [...f].some((x) => CLAUSE_BREAKS.includes(x)) ? CLAUSE_BREAK : SOFT_GAP;
    }
  }
  // A symbol that reads as a letter (㇐ as 一) is content.
  for (let c = 0; c < 0x10000; c++) if (gap[c] === SOFT_GAP && fold[c] !== c && gap[fold[c]!] === CONTENT && needsCopy[c] === 0) gap[c] = CONTENT;
  for (const m of all.matchAll(/\p{Default_Ignorable_Code_Point}+/gu)) gap.fill(SOFT_GAP, m.index, m.index + m[0].length);
  const isBreak = new Uint8Array(0x10000);
  for (const ch of CLAUSE_BREAKS) isBreak[ch.charCodeAt(0)] = 1;
  for (let c = 0; c < 0x10000; c++) if (gap[c] !== CONTENT && isBreak[fold[c]!] === 1) gap[c] = CLAUSE_BREAK;
  // Decimal digits come in runs of ten, 0 to 9, in every script; other characters that read as one ASCII digit (①, ¹) too.
  for (const m of all.matchAll(/\p{Nd}+/gu)) for (let k = 0; k < m[0].length; k++) digit[m.index + k] = k % 10;
  for (let c = 0; c < 0x10000; c++) if (fold[c]! >= 0x30 && fold[c]! <= 0x39 && c !== fold[c]) digit[c] = fold[c]! - 0x30;
  // Dingbat and double circled digits (❶ ➀ ➊ ⓵, ⓿): no decomposition, read as digits, in terms too (第⓵).
  for (const base of [0x2776, 0x2780, 0x278a, 0x24f5]) {
    for (let k = 0; k < 9; k++) {
      digit[base + k] = k + 1;
      fold[base + k] = 0x31 + k;
    }
  }
  digit[0x24ff] = 0;
  fold[0x24ff] = 0x30;
  // Chinese numerals sellers spell numbers with, financial forms included (Traditional ones fold onto these).
  const chinese = ['〇零', '一幺壹', '二贰', '三叁', '四肆', '五伍', '六陆', '七柒', '八捌', '九玖'];
  chinese.forEach((chars, value) => {
    for (const ch of chars) digit[ch.charCodeAt(0)] = value;
  });
  for (let c = 0x3000; c < 0x10000; c++) if (digit[c] === -1 && fold[c] !== c && digit[fold[c]!]! >= 0) digit[c] = digit[fold[c]!]!;
  for (const [ch, value] of Object.entries(EXTRA_DIGITS)) digit[ch.charCodeAt(0)] = value;
  for (const [first, readings] of BRACKETED_DIGITS) {
    [...readings].forEach((read, k) => {
      fold[first + k] = read.charCodeAt(0);
      gap[first + k] = CONTENT;
      needsCopy[first + k] = 0;
      digit[first + k] = k + 1;
    });
  }
  for (const ch of SEPARATOR_LOOKALIKES) {
    const c = ch.charCodeAt(0);
    fold[c] = c;
    gap[c] = SOFT_GAP;
    needsCopy[c] = 0;
  }
  // Surrogates: a high surrogate of a block that folds (math letters and
  // digits U+1D400-1D7FF, enclosed alphanumerics U+1F100) needs the copy;
  // emoji and other symbols are gaps, read through in place. Every low
  // surrogate reads as a gap: it only ever follows the high surrogate that decided.
  for (let c = 0xd800; c <= 0xdbff; c++) {
    const block = ((c - 0xd800) << 10) + 0x10000;
    // (a high surrogate stands for 1,024 code points: U+1F100-1F1FF, the
    // squared and circled letters, are in the block from U+1F000)
    if ((block >= 0x1d400 && block < 0x1d800) || block === 0x1f000) needsCopy[c] = 1;
    if (block >= 0x1d400 && block < 0x1d800) gap[c] = CONTENT;
    else if (block >= 0x1f000 && block < 0x20000) gap[c] = SOFT_GAP; // emoji, pictographs, symbols
    else if (block >= 0xe0000 && block < 0xf0000) gap[c] = SOFT_GAP; // tags, variation selectors supplement
    else gap[c] = block >= 0x20000 && block < 0x40000 ? CONTENT : SOFT_GAP;
  }
  for (let c = 0xdc00; c <= 0xdfff; c++) gap[c] = SOFT_GAP;
  return { fold, gap, digit, needsCopy };
}

/** OpenCC's Traditional -> Simplified characters, HK and TW variant forms first brought to OpenCC's standard. */
function traditionalToSimplified(): Map<string, string> {
  const parse = (dict: string) => {
    const map = new Map<string, string>();
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && from.length === 1 && to.length === 1) map.set(from, to);
    }
    return map;
  };
  const ts = parse(TS_CHARACTERS);
  for (const variants of [parse(HK_VARIANTS_REV), parse(TW_VARIANTS_REV)]) {
    for (const [variant, standard] of variants) {
      // 峯 -> 峰 via 峯's standard form; a Simplified character that is also a
      // variant source (么 -> 幺) keeps its own reading when the chain ends nowhere new.
      const simplified = ts.get(standard);
      if (simplified && simplified !== variant && !ts.has(variant)) ts.set(variant, simplified);
    }
  }
  return ts;
}

/** Latin/Greek/Cyrillic look-alikes of ASCII letters (the `confusables` package's table), after NFKC, case kept (Ν is N, ν is v). */
function confusableMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [target, sources] of confusableLetters) {
    if (!/^[A-Za-z]$/.test(target)) continue;
    for (const source of sources) {
      if (!CONFUSABLE_SOURCE.test(source)) continue;
      const key = source.normalize('NFKC');
      if (key.length !== 1 || /^[A-Za-z]$/.test(key)) continue;
      map.set(key, target.toLowerCase());
    }
  }
  return map;
}

/**
 * Text as read, and where each of its units came from: `from[i]`/`to[i]` are
 * the original offsets of the character that produced unit i, so a match
 * [s, e) in `text` is [from[s], to[e - 1]) in what the seller wrote.
 */
export interface ReadText {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/**
 * The copy to scan instead of `raw`, or null when `raw` reads as written
 * (the common case: no allocation). `html`: the field is HTML (宝贝描述):
 * tags are dropped (block tags read as a line break), entities decoded,
 * script/style contents and comments skipped.
 */
export function readAsBuyer(raw: string, html: boolean): ReadText | null {
  if (!needsReading(raw, html)) return null;
  const out = new Builder(raw.length);
  if (html && (raw.includes('<') || raw.includes('&'))) readHtml(raw, out);
  else out.copy(raw, 0, raw.length);
  return out.done();
}

function needsReading(raw: string, html: boolean): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (NEEDS_COPY[c] === 1 || (html && (c === 0x3c || c === 0x26))) return true;
  }
  return false;
}

class Builder {
  private parts: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.from = new Int32Array(capacity + 8);
    this.to = new Int32Array(capacity + 8);
  }

  /** Append `text` as produced by the original characters [start, end). */
  push(text: string, start: number, end: number): void {
    if (this.length + text.length > this.from.length) {
      const size = Math.max(this.from.length * 2, this.length + text.length);
      const from = new Int32Array(size);
      const to = new Int32Array(size);
      from.set(this.from);
      to.set(this.to);
      this.from = from;
      this.to = to;
    }
    for (let k = 0; k < text.length; k++) {
      this.from[this.length + k] = start;
      this.to[this.length + k] = end;
    }
    this.length += text.length;
    this.parts.push(text);
  }

  /** Append raw[start, end), expanding what reads longer or shorter. */
  copy(raw: string, start: number, end: number): void {
    let plain = start;
    for (let i = start; i < end; i++) {
      const c = raw.charCodeAt(i);
      if (NEEDS_COPY[c] === 0) continue;
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end;
      const ch = pair ? raw.slice(i, i + 2) : raw[i]!;
      const read = readSupplementary(ch);
      if (read === ch) {
        if (pair) i++;
        continue;
      }
      for (let k = plain; k < i; k++) this.push(raw[k]!, k, k + 1);
      this.push(read, i, i + ch.length);
      if (pair) i++;
      plain = i + 1;
    }
    for (let k = plain; k < end; k++) this.push(raw[k]!, k, k + 1);
  }

  done(): ReadText {
    return { text: this.parts.join(''), from: this.from.subarray(0, this.length), to: this.to.subarray(0, this.length) };
  }
}

/**
 * A character as read in the copy: its NFKC form, and for the negative
 * circled and squared capitals (🅐 U+1F150, 🅰 U+1F170), which have no
 * decomposition but read as the letter on every phone screen, the letter.
 * Regional indicators (🇦) are left alone: in pairs they show as flags.
 */
function readSupplementary(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0x1f150 && cp <= 0x1f169) || (cp >= 0x1f170 && cp <= 0x1f189)) return String.fromCharCode(0x61 + ((cp - 0x1f150) % 32));
  return ch.normalize('NFKC');
}

/** Tags a buyer sees as a new line or block: they break a phrase as a full stop does. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/**
 * A style that hides an element's text: filler a seller slips into a term
 * (全<span style="display:none">x</span>网最低) is read apart, after the rest,
 * so the term is read whole. Only the text right after the tag, up to the
 * next tag, counts as hidden: text after a nested or closing tag is read in
 * place (a browser may show it there).
 */
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?![.\d])/i;
/** Elements with no content: a hiding attribute on them hides nothing after them. */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose text no buyer sees. */
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/**
 * Attributes whose text a buyer sees or hears: an image's `alt` (shown where
 * the image does not load, read by screen readers), a tooltip's `title`, an
 * input's `placeholder` and `aria-label`. Each is read as a block of its own.
 * Other attributes (`class`, `style`, `src`, `href`, `data-*`) show nothing
 * and are not read.
 */
const VISIBLE_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label']);

/** HTML through htmlparser2's tokenizer (no regular expressions): text and decoded entities with their source offsets. */
function readHtml(raw: string, out: Builder): void {
  let cursor = 0; // end of what has been consumed
  let hidden = '';
  let tagName = '';
  // the visible attribute being read: where its value's next character is (-1: none)
  let attribute = -1;
  // the open tag being read hides its text (hidden, display:none ...); `style` collects its style attribute
  let hides = false;
  let style: string | null = null;
  // the text right after such a tag, up to the next tag, is not shown: it is
  // read after the rest (`later`), behind a wall no term or number crosses,
  // so the filler does not split the text around it and is still read itself
  // (a platform that strips styles shows it)
  let unseen = false;
  const later: [text: string, start: number, end: number][] = [];
  const blockBreak = (start: number, end: number) => out.push('\u2029', start, end);
  const tokenizer = new Tokenizer(
    { decodeEntities: true, xmlMode: false },
    {
      ontext(start, end) {
        if (unseen && !hidden) later.push([raw.slice(start, end), start, end]);
        else if (!hidden) out.copy(raw, start, end);
        cursor = end;
      },
      ontextentity(codepoint, end) {
        if (unseen && !hidden) later.push([String.fromCodePoint(codepoint).normalize('NFKC'), cursor, end]);
        else if (!hidden) {
          const ch = String.fromCodePoint(codepoint);
          const read = ch.normalize('NFKC');
          out.push(read, cursor, end);
        }
        cursor = end;
      },
      onopentagname(start, end) {
        unseen = false;
        hides = false;
        tagName = raw.slice(start, end).toLowerCase();
        if (HIDDEN_TAGS.has(tagName)) hidden = tagName;
        else if (!hidden && BLOCK_TAGS.has(tagName)) blockBreak(start - 1, end);
      },
      onopentagend(end) {
        unseen = hides && !VOID_TAGS.has(tagName);
        cursor = end + 1;
      },
      onselfclosingtag(end) {
        hides = false;
        if (hidden === tagName) hidden = '';
        cursor = end + 1;
      },
      onclosetag(start, end) {
        unseen = false;
        const name = raw.slice(start, end).toLowerCase();
        if (hidden === name) hidden = '';
        else if (!hidden && BLOCK_TAGS.has(name)) blockBreak(start - 2, end + 1);
        cursor = end + 1;
      },
      onattribname(start, end) {
        // most attributes are src, class, style: their length rules them out before a copy of the name is made
        const length = end - start;
        const visible = !hidden && (length === 3 || length === 5 || length === 10 || length === 11) && VISIBLE_ATTRIBUTES.has(raw.slice(start, end).toLowerCase());
        attribute = visible ? valueStart(raw, end) : -1;
        if (attribute >= 0) blockBreak(start, end);
        if (length === 6 && raw.slice(start, end).toLowerCase() === 'hidden') hides = true;
        style = length === 5 && raw.slice(start, end).toLowerCase() === 'style' ? '' : null;
      },
      onattribdata(start, end) {
        if (style !== null) style += raw.slice(start, end);
        if (attribute < 0) return;
        out.copy(raw, start, end);
        attribute = end;
      },
      onattribentity(codepoint) {
        if (attribute < 0) return;
        // the tokenizer gives no offsets for an entity in an attribute: it is the `&...;` at the cursor
        const end = entityEnd(raw, attribute);
        out.push(String.fromCodePoint(codepoint).normalize('NFKC'), attribute, end);
        attribute = end;
      },
      onattribend(_quote, end) {
        if (attribute >= 0) blockBreak(end, end);
        attribute = -1;
        if (style !== null && HIDING_STYLE.test(style)) hides = true;
        style = null;
      },
      oncdata(_start, end, offset) {
        cursor = end + offset;
      },
      oncomment(_start, end, offset) {
        cursor = end + offset;
      },
      ondeclaration(_start, end) {
        cursor = end + 1;
      },
      onprocessinginstruction(_start, end) {
        cursor = end + 1;
      },
      onend() {},
    },
  );
  tokenizer.write(raw);
  tokenizer.end();
  let previousEnd = -1;
  for (const [text, start, end] of later) {
    if (start !== previousEnd) out.push(WALL, raw.length, raw.length);
    if (text.length === end - start && text === raw.slice(start, end)) out.copy(raw, start, end);
    else out.push(text, start, end);
    previousEnd = end;
  }
}

/** A letter no term and no number contains (U+01C2, a click letter): what stands between the text and the hidden filler read after it. */
const WALL = '\u01c2';

/** Where an attribute's value starts after its name ends at `i` (past `=`, spaces and the opening quote). */
function valueStart(raw: string, i: number): number {
  while (i < raw.length && (raw[i] === '=' || raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\n' || raw[i] === '\r')) i++;
  return raw[i] === '"' || raw[i] === "'" ? i + 1 : i;
}

/** The end of the character reference starting at `i` (`&#32593;`, `&amp;`, `&#x7f51` without its `;`). */
function entityEnd(raw: string, i: number): number {
  let j = raw[i] === '&' ? i + 1 : i;
  if (raw[j] === '#') j++;
  if (raw[j] === 'x' || raw[j] === 'X') j++;
  while (j < raw.length && j - i < 40 && /[0-9A-Za-z]/.test(raw[j]!)) j++;
  return raw[j] === ';' ? j + 1 : j;
}

/**
 * A term or a matched text in the form the automaton stores: each character
 * read (NFKC, case, Traditional, look-alikes) and every gap dropped. Also the
 * normalised form of a finding's text in a baseline fingerprint, so `全-网`
 * and `全网` are the same finding.
 */
export function searchForm(text: string): string {
  const read = readAsBuyer(text, false)?.text ?? text;
  let out = '';
  for (let i = 0; i < read.length; i++) {
    const c = read.charCodeAt(i);
    if (GAP[c] === CONTENT) out += String.fromCharCode(MATCH_FOLD[c]!);
    else if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return out;
}

/** Chinese numerals a seller swaps for a digit in a term (第1, 唯1, 独1无2), and Latin letters for a digit (T0P1, N0.1). */
const CJK_DIGIT_SWAPS: Record<string, readonly string[]> = {
  一: ['1', '壹'], 二: ['2', '贰'], 三: ['3', '叁'], 四: ['4'], 五: ['5'], 六: ['6'], 七: ['7'], 八: ['8'], 九: ['9'], 十: ['10'],
};
const LATIN_DIGIT_SWAPS: Record<string, readonly string[]> = { o: ['0'], l: ['1'], i: ['1'], '1': ['l', 'i'] };
const MAX_VARIANTS = 16;

/**
 * The ways a term is written with its numerals or look-alike letters swapped
 * (第一 -> 第1; TOP1 -> T0P1, TOPl): patterns for the automaton, so the text
 * itself is never rewritten (第1 in 第12期 stays silent: a Latin-edged
 * pattern needs a word boundary). At most 16 per term. `form` is a `searchForm`.
 */
export function termVariants(form: string): string[] {
  const swapTable = /^[\x00-\x7f]*$/.test(form) ? LATIN_DIGIT_SWAPS : CJK_DIGIT_SWAPS;
  let variants = [''];
  for (const ch of form) {
    const swaps = swapTable[ch];
    const next: string[] = [];
    for (const v of variants) {
      next.push(v + ch);
      if (swaps && variants.length * (swaps.length + 1) <= MAX_VARIANTS) for (const s of swaps) next.push(v + s);
    }
    variants = next.length > MAX_VARIANTS ? next.slice(0, MAX_VARIANTS) : next;
  }
  return variants;
}

/** How buyers and sellers write 微信 and QQ: a contact keyword with either word is also matched with each of these. */
export const WECHAT_SPELLINGS: readonly string[] = ['微信', '威信', '薇信', '徽信', '维信', '卫信', '喂信', '溦信', '魏信', 'v信', 'wei信', '微x', '薇x', 'vx', 'wx', 'weixin', 'wechat'];
export const QQ_SPELLINGS: readonly string[] = ['qq', '扣扣', '企鹅', 'q号', '抠抠', '寇寇'];

/** Every spelling of a contact keyword (加微信 -> 加薇信, 加vx ...; 加我QQ -> 加我扣扣 ...). `form` is a `searchForm`. */
export function contactVariants(form: string): string[] {
  const out = new Set([form]);
  for (const [word, spellings] of [['微信', WECHAT_SPELLINGS], ['qq', QQ_SPELLINGS]] as const) {
    if (!form.includes(word)) continue;
    for (const spelling of spellings) out.add(form.split(word).join(searchForm(spelling)));
  }
  return [...out];
}

/**
 * Whether a match [start, end) of a term of `length` characters that crosses
 * a clause break counts. A term of three or more characters read across
 * punctuation is an evasion (全，网最低价): honest text does not put a whole
 * term's characters in a row across a comma. A two-character term across a
 * break counts only when it stands apart from the words around it on at
 * least one side (a gap or the text's edge right before or right after it):
 * 最，好 and 极。品 alone are found, while 终极。品质 (极品 glued to 终 and 质) and
 * 月销过万，能放心购买 (万能) are two phrases and stay silent.
 */
export function acrossBreakStandsApart(text: string, start: number, end: number, length: number): boolean {
  if (length >= 3) return true;
  let crosses = false;
  for (let i = start; i < end && !crosses; i++) crosses = GAP[text.charCodeAt(i)] === CLAUSE_BREAK;
  if (!crosses) return true;
  return start === 0 || end >= text.length || GAP[text.charCodeAt(start - 1)] !== CONTENT || GAP[text.charCodeAt(end)] !== CONTENT;
}

import { CLAUSE_BREAK, CONTENT, DIGIT_VALUE, GAP, MATCH_FOLD, SOFT_GAP } from './read-as-buyer.js';
import { givenReadingTables } from './reading-tables.js';

/**
 * Hand-written linear scanners for contact details (no regular expressions,
 * so no input can make them slow). Each function looks at a bounded window
 * and returns the end offset of what it found, or -1. They read characters
 * through the tables of read-as-buyer.ts: digits of every script, look-alike
 * letters and every kind of gap.
 */

/** Words after which a WeChat id is expected; compiled into the shared automaton (with its gaps: 微.信, w x). */
export const WECHAT_TRIGGERS: readonly string[] = [
  '微信', '威信', '薇信', '徽信', '维信', '卫信', '喂信', '溦信', '微x', '威x', '薇x', 'v信', 'wei信', '加v', '加薇', '加威', '加微', '加维',
  'vx', 'wx', 'weixin', 'wechat', '卫星号', '魏信', '绿泡泡',
];
/** Short or common words that name WeChat only with a colon after them: V：abc123, 薇：abc123. */
export const WECHAT_COLON_TRIGGERS: readonly string[] = ['v', 'w', '薇', '威', '微', '维'];
/** Words after which a QQ number is expected (QQ群 too: 群 is a gap after them). */
export const QQ_TRIGGERS: readonly string[] = ['qq', '扣扣', 'q号', '企鹅', 'q群', '扣群', '加q', '加扣', '抠抠', '寇寇', '蔻蔻'];
/** Short or common words that name QQ only with a colon after them: 扣：12345678, 群：12345678. */
export const QQ_COLON_TRIGGERS: readonly string[] = ['q', '扣', '群'];

/** Digit value by code unit (-1: not a digit), so the phone scan is one load per character. */
const DIGIT: Int8Array = DIGIT_VALUE;

/** Digit value of a code unit: digits of every script and form, and the Chinese numerals sellers spell numbers with. */
export function digitValue(c: number): number {
  return DIGIT[c]!;
}

/**
 * Separators a seller puts between digit groups: spaces of every width, `.
 * / _ ~ · -`, dashes, emoji and invisible characters (every gap of
 * read-as-buyer.ts except brackets, quotes, currency signs and `: % @ # &`,
 * which say the digits are something else). Clause breaks are not.
 */
const SEPARATOR: Uint8Array = givenReadingTables()?.separator ?? buildSeparatorTable();

/** This thread's separator table, to hand to another thread (reading-tables.ts). */
export function separatorTable(): Uint8Array {
  return SEPARATOR;
}

function buildSeparatorTable(): Uint8Array {
  // one pass of the regular expression over every BMP unit (surrogates stand
  // in as `a`), rather than two tests per unit: a thread's start-up cost
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x61 : c;
  const notSeparator = new Uint8Array(0x10000);
  for (const m of new TextDecoder('utf-16le').decode(units).matchAll(/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Sc}:%@#&+=<>]/gu)) notSeparator[m.index] = 1;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (GAP[c] !== SOFT_GAP) continue;
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (surrogate || (notSeparator[c] === 0 && notSeparator[MATCH_FOLD[c]!] === 0)) table[c] = 1;
  }
  return table;
}

function isSeparator(c: number): boolean {
  return SEPARATOR[c] === 1;
}

/** How many code units of separators may stand between two digit groups (138 - 1234, 138🔥1234, a ZWSP beside a dash). */
const MAX_SEPARATOR_RUN = 4;

/** Where the digit after the separators at `i` is, or -1 when none follows within `MAX_SEPARATOR_RUN` units. */
function digitAfterSeparators(text: string, i: number, arabicOnly: boolean): number {
  const n = text.length;
  let j = i;
  while (j < n && j - i < MAX_SEPARATOR_RUN && isSeparator(text.charCodeAt(j))) j++;
  if (j === i || j >= n) return -1;
  const c = text.charCodeAt(j);
  if (DIGIT[c]! < 0 || (arabicOnly && !isAsciiDigitLike(c))) return -1;
  return j;
}

/**
 * A mobile number whose 3-4-4 groups stand on their own lines or between
 * commas (138，1234，5678; 138<br>1234<br>5678; 138、1234、5678), which
 * `nextPhone` leaves alone because a clause break ends its runs. Only this
 * exact shape counts: three groups of 3, 4 and 4 digits, the first 1[3-9],
 * each gap at most 4 units of separators and clause breaks with a clause
 * break among them, and no digit group right before or after (a list of
 * numbers). Returns the next one's [start, end) in `span` and true, or false.
 */
export function nextSplitMobile(text: string, from: number, span: Int32Array): boolean {
  if (from === 0 && !splitHint) return false;
  const n = text.length;
  let i = from;
  while (i < n) {
    while (i < n && DIGIT[text.charCodeAt(i)]! < 0) i++;
    if (i >= n) return false;
    const start = i;
    let j = start;
    while (j < n && DIGIT[text.charCodeAt(j)]! >= 0) j++;
    // the run [start, j) must be the first group: 3 digits, 1[3-9], no digit group just before
    if (j - start === 3 && DIGIT[text.charCodeAt(start)] === 1 && DIGIT[text.charCodeAt(start + 1)]! >= 3 && !digitGroupBefore(text, start)) {
      splitBreaks = 0;
      const second = splitGroupAt(text, j, 4);
      const third = second > 0 ? splitGroupAt(text, second, 4) : -1;
      if (third > 0 && splitBreaks > 0 && !digitGroupAfter(text, third)) {
        span[0] = start;
        span[1] = third;
        return true;
      }
    }
    i = j;
  }
  return false;
}

/**
 * Set by `nextPhone` when a run of digits it read ends at a clause break (a
 * few separators away): only then can the text hold a split mobile number,
 * so `nextSplitMobile` does not read every text a second time. Cleared by
 * `nextPhone` from offset 0, the start of each text.
 */
let splitHint = false;

function clauseBreakAfter(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < MAX_SEPARATOR_RUN && isSeparator(text.charCodeAt(j))) j++;
  return j < text.length && GAP[text.charCodeAt(j)] === CLAUSE_BREAK;
}

/**
 * Latin and Cyrillic letters a buyer reads as a digit inside a phone number
 * (138 1234 567O, l38 l234 5678, 1З8...): O and o as 0, l and I as 1, З and
 * з as 3, in every width.
 */
const LETTER_DIGIT: Int8Array = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  for (const [chars, value] of [['OoОоＯｏ', 0], ['lIｌＩ', 1], ['Зз', 3]] as const) for (const ch of chars) table[ch.charCodeAt(0)] = value;
  return table;
})();

/**
 * Set by `nextPhone` when a run of digits it read has such a letter right
 * before it, right after it or after the separators that follow it: only
 * then is `lettersAsDigits` worth a copy. Cleared from offset 0.
 */
let letterHint = false;

/** Whether `nextPhone` saw a letter that may be a digit of a number (see `lettersAsDigits`). */
export function letterDigitHint(): boolean {
  return letterHint;
}

function letterDigitNear(text: string, start: number, end: number): boolean {
  if (start > 0 && LETTER_DIGIT[text.charCodeAt(start - 1)]! >= 0) return true;
  let j = end;
  while (j < text.length && j - end < MAX_SEPARATOR_RUN && isSeparator(text.charCodeAt(j))) j++;
  return j < text.length && LETTER_DIGIT[text.charCodeAt(j)]! >= 0;
}

/**
 * `text` with each letter that stands for a digit written as that digit: a
 * letter of LETTER_DIGIT with a digit on one side and no Latin letter on
 * either (so SOLO1, iPhone and NO.1 keep their letters). Same length, so
 * every offset still points at the seller's character; null when no letter
 * changes.
 */
export function lettersAsDigits(text: string): string | null {
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const value = LETTER_DIGIT[text.charCodeAt(i)]!;
    if (value < 0) continue;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    if (isLatinLetter(before) || isLatinLetter(after)) continue;
    if (DIGIT[before]! < 0 && DIGIT[after]! < 0) continue;
    out ??= [...text];
    out[i] = String.fromCharCode(0x30 + value);
  }
  return out && out.join('');
}

function isLatinLetter(c: number): boolean {
  const f = MATCH_FOLD[c]!;
  return (f >= 0x61 && f <= 0x7a) || LETTER_DIGIT[c]! >= 0;
}

/** How many of the gaps `splitGroupAt` crossed held a clause break. */
let splitBreaks = 0;

/** After a gap at `i`, a group of exactly `length` digits: its end, or -1 (a gap with a clause break counts in `splitBreaks`). */
function splitGroupAt(text: string, i: number, length: number): number {
  const n = text.length;
  let j = i;
  let breaks = 0;
  while (j < n && j - i < MAX_SEPARATOR_RUN && (isSeparator(text.charCodeAt(j)) || GAP[text.charCodeAt(j)] === CLAUSE_BREAK)) {
    if (GAP[text.charCodeAt(j)] === CLAUSE_BREAK) breaks++;
    j++;
  }
  if (j === i) return -1;
  const start = j;
  while (j < n && DIGIT[text.charCodeAt(j)]! >= 0) j++;
  if (j - start !== length) return -1;
  if (breaks > 0) splitBreaks++;
  return j;
}

/** A digit right before `i`, or a digit behind a short gap before it (a list of numbers). */
function digitGroupBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - 1 - j < MAX_SEPARATOR_RUN && (isSeparator(text.charCodeAt(j)) || GAP[text.charCodeAt(j)] === CLAUSE_BREAK)) j--;
  return j >= 0 && DIGIT[text.charCodeAt(j)]! >= 0;
}

/** A digit right after `i`, or after a short gap (the list goes on). */
function digitGroupAfter(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && j - i < MAX_SEPARATOR_RUN && (isSeparator(text.charCodeAt(j)) || GAP[text.charCodeAt(j)] === CLAUSE_BREAK)) j++;
  return j < text.length && DIGIT[text.charCodeAt(j)]! >= 0;
}

/** What `nextPhone` found: a mobile number. */
export const MOBILE = 1;
/** What `nextPhone` found: a fixed-line number (0571-86668888) or a 400/800 service hotline. */
export const LANDLINE = 2;

/**
 * Scan `text` from `from` for the next phone number, and return its kind
 * (`MOBILE` or `LANDLINE`) with [start, end) in `span`, or 0 at the end of text.
 * Call it again from span[1] for the next one.
 *
 * A run of digits (ASCII, full-width or Chinese numerals) with single spaces
 * or dashes between groups is one candidate:
 * - mobile: the whole run is 11 digits 1[3-9]xxxxxxxxx (or 13 with a leading
 *   86), grouped all in single digits or all in groups of 3+; or the run
 *   starts with one, up to a separator, written compact, 3-4-4 or in single
 *   digits (13812345678 13912345678, 138-1234-5678-0571-86668888,
 *   13812345678 2): 11 single digits then one more single digit are one
 *   spelt-out number of 12+, and a compact run (1381234567813912345678) has
 *   no separator to split at, so neither is a mobile;
 * - landline: an area code (010, 02x or 0[3-9]xx) and a local number of 7-8
 *   digits starting 2-9: compact (057186668888), spelt out in single digits,
 *   the area code as its own group and the local number as one group or two
 *   of 3+ (0571-86668888, 010 8888 6666), the area code in brackets
 *   ((0571)86668888, （021）6234 5678) or after a +86 group;
 * - 400/800 hotline: 10 digits, compact or grouped 3-3-4, 3-4-3 or 3-7.
 * What follows a number in its run (an extension, -123, a quantity, or the
 * next number) is left out of its span and checked on its own. Sizes
 * (175/92A), prices (199.00), dates (2026-11-11), order numbers (13+ digits),
 * bar codes and model numbers (SC..., GB/T 18401-2010, 0571-2023A) do not
 * qualify: the digit count, grouping or neighbours are wrong. No allocation:
 * a run's groups go to scratch arrays.
 */
export function nextPhone(text: string, from: number, span: Int32Array): number {
  const n = text.length;
  let i = from;
  if (from === 0) {
    splitHint = false;
    letterHint = false;
  }
  if (from === resumeAt && text === resumeText) {
    // Right after a number found inside a longer run (0571-86668888 0571-...,
    // 一件13812345678一件...): carry on through that run rather than read all
    // of its rest again, so a long run of numbers stays linear. The rest as a
    // whole first (read only as far as it could still hold a number at its
    // start), then, in a mixed run, its Arabic parts.
    const runEnd = resumeEnd;
    const mixed = resumeMixed;
    numberEnd = from;
    let j = from;
    while (j < runEnd && DIGIT[text.charCodeAt(j)]! < 0) j++;
    if (j < runEnd) {
      scanRun(text, j, false, span, true);
      if (span[0]! >= 0) {
        resumeAt = span[1]! < runEnd ? span[1]! : -1;
        return foundKind;
      }
      if (mixed) {
        const kind = retryArabic(text, j, runEnd, span);
        if (kind !== 0) return kind;
      }
    }
    i = runEnd;
  }
  resumeText = null;
  resumeAt = -1;
  numberEnd = -1;
  while (i < n) {
    if (DIGIT[text.charCodeAt(i)]! < 0) {
      i++;
      continue;
    }
    const end = scanRun(text, i, false, span, false);
    if (span[0]! >= 0) {
      // A number ends before its run does: 0571-86668888 13812345678,
      // 13812345678 13912345678.
      if (span[1]! < matchRunEnd) remember(text, span[1]!, matchRunEnd, matchRunMixed);
      return foundKind;
    }
    if (!splitHint) splitHint = clauseBreakAfter(text, end);
    if (!letterHint) letterHint = letterDigitNear(text, i, end);
    // 一件13812345678: a Chinese numeral word glued to a number. Retry the
    // Arabic-digit parts of a mixed run on their own.
    if (runMixed) {
      const kind = retryArabic(text, i, end, span);
      if (kind !== 0) return kind;
    }
    i = end;
  }
  return 0;
}

/** The Arabic-digit parts of the mixed run [from, end) as runs of their own; remembers where to resume. */
function retryArabic(text: string, from: number, end: number, span: Int32Array): number {
  for (let j = from; j < end; ) {
    if (!isAsciiDigitLike(text.charCodeAt(j))) {
      j++;
      continue;
    }
    const subEnd = scanRun(text, j, true, span, false);
    if (span[0]! >= 0) {
      remember(text, span[1]!, end, true);
      return foundKind;
    }
    j = Math.max(subEnd, j + 1);
  }
  return 0;
}

/** Where the next call resumes inside a run, where that run ends, and whether it is mixed. */
function remember(text: string, at: number, end: number, mixed: boolean): void {
  resumeText = text;
  resumeAt = at;
  resumeEnd = end;
  resumeMixed = mixed;
}

/** Whether the last `scanRun` mixed Arabic digits and Chinese numerals. */
let runMixed = false;
/** The kind of number the last `scanRun` found (when span[0] >= 0), and the end and mix of the run it lies in. */
let foundKind = 0;
let matchRunEnd = 0;
let matchRunMixed = false;
let resumeText: string | null = null;
/** Where the number found last ends, while the run it lies in is being carried on through (else -1). */
let numberEnd = -1;
let resumeAt = -1;
let resumeEnd = 0;
let resumeMixed = false;

// The last run read by `readRun`: its digit values (the first DIGITS_KEPT),
// its groups' lengths and end offsets (the first GROUPS_KEPT), and counts.
// Module-level scratch, so reading a run allocates nothing.
const DIGITS_KEPT = 16;
/** 8 6 and eleven single digits, then the group after them (`mobileAtStart`), fit. */
const GROUPS_KEPT = 16;
const runDigit = new Int8Array(DIGITS_KEPT);
const groupLength = new Int32Array(GROUPS_KEPT);
const groupEnd = new Int32Array(GROUPS_KEPT);
let runDigits = 0;
let runGroups = 0;
/** Groups of one digit (1 3 8 ...) and of three or more (138-1234-5678). */
let runShortGroups = 0;
let runLongGroups = 0;
let runArabic = 0;
/** The last `readRun(..., capped)` stopped early: the run is too long to be one number. */
let runCapped = false;

/**
 * Read one run of digits and single separators from `start` into the scratch
 * arrays; returns where it ends. `capped`: stop once the first group has 14+
 * digits, or the run 6+ groups and 14+ digits: the run is then no mobile (at
 * most 13 digits), and a landline at its start (at most 12 digits in its
 * first group, 5 groups with +86) is already in the scratch.
 */
function readRun(text: string, start: number, arabicOnly: boolean, capped: boolean): number {
  const n = text.length;
  let i = start;
  let digits = 0;
  let groups = 0;
  let group = 0;
  let shortGroups = 0;
  let longGroups = 0;
  let arabic = 0;
  let end = i;
  let next = -1;
  runCapped = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const d = DIGIT[c]!;
    const isArabic = d >= 0 && isAsciiDigitLike(c);
    if (d >= 0 && (!arabicOnly || isArabic)) {
      if (capped && groups === 0 && group >= 13) {
        runCapped = true;
        break;
      }
      if (digits < DIGITS_KEPT) runDigit[digits] = d;
      if (isArabic) arabic++;
      digits++;
      group++;
      i++;
      end = i;
    } else if (group > 0 && isSeparator(c) && (next = digitAfterSeparators(text, i, arabicOnly)) > 0) {
      if (capped && groups >= 4 && digits > 13) {
        runCapped = true;
        break;
      }
      if (groups < GROUPS_KEPT) {
        groupLength[groups] = group;
        groupEnd[groups] = i;
      }
      groups++;
      if (group === 1) shortGroups++;
      else if (group >= 3) longGroups++;
      group = 0;
      i = next;
    } else break;
  }
  if (groups < GROUPS_KEPT) {
    groupLength[groups] = group;
    groupEnd[groups] = end;
  }
  groups++;
  if (group === 1) shortGroups++;
  else if (group >= 3) longGroups++;
  runDigits = digits;
  runGroups = groups;
  runShortGroups = shortGroups;
  runLongGroups = longGroups;
  runArabic = arabic;
  return end;
}

/**
 * Read one run from `start`; returns where it ends and sets `span` to the
 * phone number it is (and `foundKind`), or span[0] = -1.
 */
function scanRun(text: string, start: number, arabicOnly: boolean, span: Int32Array, capped: boolean): number {
  span[0] = -1;
  const end = readRun(text, start, arabicOnly, capped);
  const digits = runDigits;
  const groups = runGroups;
  runMixed = runArabic > 0 && runArabic < digits;
  matchRunEnd = end;
  matchRunMixed = runMixed;
  const first = runDigit[0]!;
  const second = digits > 1 ? runDigit[1]! : -1;
  // Groups are either all single digits (1 3 8 ...) or all of 3+ (138-1234-5678).
  // A leading country code group "86" or "0086" (+86 138 ..., 0086-138-...) does not count.
  const prefix = digits >= 4 && first === 0 && second === 0 && runDigit[2] === 8 && runDigit[3] === 6 ? 4 : first === 8 && second === 6 ? 2 : 0;
  const countryCode = groups > 1 && prefix > 0 && groupLength[0] === prefix ? 1 : 0;
  const countryLong = countryCode === 1 && prefix >= 3 ? 1 : 0;
  const grouping = groups === 1 || runShortGroups === groups - countryCode || runLongGroups - countryLong === groups - countryCode;
  const glued = start > 0 && isAsciiDigitLike(text.charCodeAt(start - 1));
  if (!glued) {
    const mobile11 = digits === 11 && first === 1 && second >= 3;
    const mobilePrefixed = prefix > 0 && digits === 11 + prefix && runDigit[prefix] === 1 && runDigit[prefix + 1]! >= 3;
    const mobileEnd = grouping && !runCapped && (mobile11 || mobilePrefixed) ? end : mobileAtStart();
    if (mobileEnd >= 0) {
      span[0] = start;
      span[1] = mobileEnd;
      foundKind = MOBILE;
      return end;
    }
  }
  if (first === 0 || first === 4 || first === 8) matchLandline(text, start, end, arabicOnly, span);
  return end;
}

/**
 * A mobile number the run just read starts with, ending at a separator with
 * more of the run after it: returns the offset after the mobile, or -1.
 * After an optional 86 (its own group, or compact 8613812345678), the 11
 * digits 1[3-9]... are one group, three of 3-4-4 or eleven single digits;
 * single digits must not go on as single digits (1 3 8 ... 7 8 9 is one
 * spelt-out number of 12 digits). Looser groupings (1381 2345 678 9, price
 * lists such as 1399 1599 199 99) are left alone: only a whole run of 11
 * digits is trusted with them. Reads the scratch of `readRun`.
 */
function mobileAtStart(): number {
  const groups = runGroups < GROUPS_KEPT ? runGroups : GROUPS_KEPT;
  if (groups < 2) return -1;
  const length0 = groupLength[0]!;
  if (length0 === 13) return runDigit[0] === 8 && runDigit[1] === 6 && runDigit[2] === 1 && runDigit[3]! >= 3 ? groupEnd[0]! : -1;
  if (length0 === 15) return runDigit[0] === 0 && runDigit[1] === 0 && runDigit[2] === 8 && runDigit[3] === 6 && runDigit[4] === 1 && runDigit[5]! >= 3 ? groupEnd[0]! : -1;
  // g: the group the 11 digits start in, after 86 (one group of 2, or 8 6) or 0086 (one group of 4).
  let g = 0;
  let at = 0;
  if (runDigit[0] === 8 && runDigit[1] === 6) {
    if (length0 === 2) g = 1;
    else if (length0 === 1 && groupLength[1] === 1) g = 2;
    else return -1;
    at = 2;
  } else if (runDigit[0] === 0 && runDigit[1] === 0 && runDigit[2] === 8 && runDigit[3] === 6 && length0 === 4) {
    g = 1;
    at = 4;
  }
  if (runDigit[at] !== 1 || runDigit[at + 1]! < 3) return -1;
  const length = groupLength[g]!;
  let last = -1;
  if (length === 11 && g < 2) last = g;
  else if (length === 3 && g < 2) last = groupLength[g + 1] === 4 && groupLength[g + 2] === 4 ? g + 2 : -1;
  else if (length === 1) {
    let k = g;
    while (k < g + 11 && k < groups && groupLength[k] === 1) k++;
    last = k === g + 11 && k < groups && groupLength[k] !== 1 ? k - 1 : -1;
  }
  return last >= 0 && last + 1 < groups ? groupEnd[last]! : -1;
}

/**
 * The run just read (from `start` to `end`) as a landline or a 400/800
 * hotline: sets `span` and `foundKind`, or leaves span[0] = -1. Reads the
 * scratch of `readRun`, and for a bracketed area code the run after it.
 */
function matchLandline(text: string, start: number, end: number, arabicOnly: boolean, span: Int32Array): void {
  if (gluedBefore(text, start)) return;
  const digits = runDigits;
  const groups = runGroups;
  const allSingle = groups > 1 && runShortGroups === groups;
  const first = runDigit[0]!;
  let found = -1;
  if (first === 0) {
    const area = areaLength(0, digits);
    if (area < 0) return;
    if (groups === 1 && digits === area) {
      // (0571)86668888, （021）6234 5678: the local number is the next run.
      if (start === 0 || end >= text.length || MATCH_FOLD[text.charCodeAt(start - 1)] !== 0x28 || MATCH_FOLD[text.charCodeAt(end)] !== 0x29) return;
      found = bracketedLocal(text, end + 1, arabicOnly);
      if (found < 0) return;
      span[0] = start - 1;
      span[1] = found;
      foundKind = LANDLINE;
      return;
    }
    if (allSingle) found = (digits === area + 7 || digits === area + 8) && localFirst(runDigit[area]!) ? end : -1;
    else found = fixedLine(0, 0, area);
  } else if (digits >= 10 && runDigit[1] === 0 && runDigit[2] === 0) {
    // 400 / 800 hotlines.
    if (allSingle) found = digits === 10 ? end : -1;
    else if (groupLength[0] === 10) found = groupEnd[0]!;
    else if (groups >= 2 && groupLength[0] === 3 && groupLength[1] === 7) found = groupEnd[1]!;
    else if (groups >= 3 && groupLength[0] === 3 && groupLength[1]! + groupLength[2]! === 7 && (groupLength[1] === 3 || groupLength[1] === 4)) found = groupEnd[2]!;
  } else if (first === 8 && groups >= 2 && groupLength[0] === 2 && runDigit[1] === 6) {
    // +86 571 86668888, +86-10-8888-6666, +86 0571 86668888: the country
    // code as its own group, then the area code with or without its 0.
    const area = areaLength(2, digits);
    if (area >= 0) found = fixedLine(1, 2, area);
  }
  if (found < 0 || gluedAfter(text, found)) return;
  span[0] = start;
  span[1] = found;
  foundKind = LANDLINE;
}

/**
 * Digits of the area code starting at digit `at` of the run, its leading 0
 * included when written: 010 and 02x have 3, 0[3-9]xx 4 (one less each
 * without the 0, after +86). -1 when the digits cannot start an area code
 * (00, 011, 013...). The caller checks the run is long enough.
 */
function areaLength(at: number, digits: number): number {
  const zero = runDigit[at] === 0 ? 1 : 0;
  if (digits < at + zero + 2) return -1;
  const a = runDigit[at + zero]!;
  let length: number;
  if (a === 1) length = runDigit[at + zero + 1] === 0 ? 2 : -1;
  else if (a === 2) length = 2;
  else if (a >= 3) length = 3;
  else length = -1;
  return length < 0 ? -1 : zero + length;
}

/**
 * Area code then local number in the run's groups, starting at group `g`
 * (digit `at`): compact (057186668888), or the area code as its own group and
 * the local number as one group of 7-8 or two groups of 3+ (8666 8888).
 * Returns the offset after the local number, or -1.
 */
function fixedLine(g: number, at: number, area: number): number {
  const whole = groupLength[g]!;
  if (whole === area + 7 || whole === area + 8) return localFirst(runDigit[at + area]!) ? groupEnd[g]! : -1;
  if (whole !== area || g + 1 >= runGroups || !localFirst(runDigit[at + area]!)) return -1;
  const local = groupLength[g + 1]!;
  if (local === 7 || local === 8) return groupEnd[g + 1]!;
  if (local < 3 || g + 2 >= runGroups) return -1;
  const rest = groupLength[g + 2]!;
  return rest >= 3 && (local + rest === 7 || local + rest === 8) ? groupEnd[g + 2]! : -1;
}

/**
 * After `(0571)` at `from`: an optional space or dash, then a local number
 * of 7-8 digits starting 2-9, as one group or two of 3+. Returns its end, or -1.
 */
function bracketedLocal(text: string, from: number, arabicOnly: boolean): number {
  let i = from;
  if (i < text.length && isSeparator(text.charCodeAt(i))) i++;
  if (i >= text.length || DIGIT[text.charCodeAt(i)]! < 0 || (arabicOnly && !isAsciiDigitLike(text.charCodeAt(i)))) return -1;
  matchRunEnd = readRun(text, i, arabicOnly, false);
  matchRunMixed = runArabic > 0 && runArabic < runDigits;
  if (!localFirst(runDigit[0]!)) return -1;
  const local = groupLength[0]!;
  let found = -1;
  if (local === 7 || local === 8) found = groupEnd[0]!;
  else if (local >= 3 && runGroups >= 2) {
    const rest = groupLength[1]!;
    if (rest >= 3 && (local + rest === 7 || local + rest === 8)) found = groupEnd[1]!;
  }
  return found >= 0 && !gluedAfter(text, found) ? found : -1;
}

/** Local numbers start 2-9 (0 is the trunk prefix, 1 the service numbers and mobiles). */
function localFirst(d: number): boolean {
  return d >= 2;
}

/**
 * Part of a code rather than a number on its own: a Latin letter or digit
 * right before it (SC0571..., AB0571), or one behind `.`, `/`, `-`, `_`
 * (Q/0571, V2.0571, 12-0571). A dash right after a number already found is
 * no such glue: 13812345678-0571-86668888 is two numbers.
 */
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false;
  const f = MATCH_FOLD[text.charCodeAt(start - 1)]!;
  if (isAsciiAlnumFolded(f)) return true;
  if ((f === 0x2e || f === 0x2f || f === 0x2d || f === 0x5f) && start > 1) return start - 1 !== numberEnd && isAsciiAlnumFolded(MATCH_FOLD[text.charCodeAt(start - 2)]!);
  return false;
}

/** A Latin letter right after the number (0571-20231234A, 4008208820kg), or a decimal point and digit. */
function gluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const f = MATCH_FOLD[text.charCodeAt(end)]!;
  if ((f >= 0x61 && f <= 0x7a) || f === 0x5f) return true;
  return f === 0x2e && end + 1 < text.length && isAsciiDigitLike(text.charCodeAt(end + 1));
}

function isAsciiAlnumFolded(f: number): boolean {
  return (f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a);
}

/** Digits written as digits (any script, full-width, circled, styled) rather than Chinese numerals. */
const ARABIC: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const cjk = c === 0x3007 || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
    if (DIGIT[c]! >= 0 && !cjk) table[c] = 1;
  }
  return table;
})();

/** A digit glued before the run means it is part of a longer number (an order number). */
function isAsciiDigitLike(c: number): boolean {
  return ARABIC[c] === 1;
}

/** Characters allowed between a trigger word and the id: `微信号：abc`, `VX: abc`, `加微信 abc`, `QQ群：123`, `QQ号码：123`, emoji and invisibles. */
function isGap(c: number): boolean {
  return GAP[c] !== CONTENT || TRIGGER_WORDS[c] === 1;
}

/** Characters of the words sellers put between the keyword and the id: 号, 号码, 是, 网名, 群, 账号, 帐号, 名, 搜索, 添加, 关注. */
const TRIGGER_WORDS = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of '号码是网群账帐名搜索添加关注') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Invisible characters (zero-width, bidi, soft hyphen...): a buyer does not see them inside an id, so they do not end it. */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * A gap character that says "here comes the id" as a colon does after a
 * short trigger: a colon, or a symbol or emoji sellers put in its place
 * (V❤gardenia888, 扣☞12345678).
 */
function colonLike(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (MATCH_FOLD[c] === 0x3a) return true;
  if (c >= 0xd800 && c <= 0xdbff) return true; // an emoji
  return /^\p{So}$/u.test(text[i]!);
}

function isIdChar(f: number): boolean {
  return (f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a) || f === 0x5f || f === 0x2d;
}

/**
 * After a WeChat trigger ending at `from`: an id of 6-20 letters, digits, `_`
 * or `-` starting with a letter (WeChat's own rule), a few gap characters
 * away (a colon among them when `colon`). Returns the id's end offset, or -1.
 */
export function wechatIdEnd(text: string, from: number, colon = false): number {
  let i = skipGap(text, from, colon);
  if (i < 0) return -1;
  const f0 = MATCH_FOLD[text.charCodeAt(i)]!;
  if (!(f0 >= 0x61 && f0 <= 0x7a)) return -1;
  let length = 0;
  let end = i;
  while (i < text.length && length <= 20) {
    if (isIdChar(MATCH_FOLD[text.charCodeAt(i)]!)) {
      length++;
      end = ++i;
    } else if (INVISIBLE.test(text[i]!) && i + 1 < text.length && isIdChar(MATCH_FOLD[text.charCodeAt(i + 1)]!)) i++;
    else break;
  }
  return length >= 6 && length <= 20 ? end : -1;
}

/**
 * After a QQ trigger: 5-11 digits not starting with 0, in any script, single
 * separators between them allowed (123 456 789). Returns the end offset, or -1.
 */
export function qqNumberEnd(text: string, from: number, colon = false): number {
  let i = skipGap(text, from, colon);
  if (i < 0) return -1;
  if (digitValue(text.charCodeAt(i)) <= 0) return -1;
  let digits = 0;
  let end = i;
  while (i < text.length && digits <= 11) {
    if (digitValue(text.charCodeAt(i)) >= 0) {
      digits++;
      end = ++i;
    } else if (isSeparator(text.charCodeAt(i)) && i + 1 < text.length && digitValue(text.charCodeAt(i + 1)) >= 0) i++;
    else break;
  }
  return digits >= 5 && digits <= 11 && !gluedAfter(text, end) ? end : -1;
}

/** Where the id starts after the gap at `from`, or -1 (also when `colon` and no colon was among the gap). */
function skipGap(text: string, from: number, colon: boolean): number {
  let i = from;
  let sawColon = false;
  for (;;) {
    while (i < text.length && i - from < 6 && isGap(text.charCodeAt(i))) {
      if (colon && colonLike(text, i)) sawColon = true;
      i++;
    }
    // `ID` between (微信ID：abc123), when a gap follows it: `idol2024` is the id itself
    if (i + 2 < text.length && MATCH_FOLD[text.charCodeAt(i)] === 0x69 && MATCH_FOLD[text.charCodeAt(i + 1)] === 0x64 && GAP[text.charCodeAt(i + 2)] !== CONTENT) i += 2;
    else break;
  }
  if (colon && !sawColon) return -1;
  return i < text.length ? i : -1;
}

import { FOLD } from './fold.js';

/**
 * Hand-written linear scanners for contact details (no regular expressions,
 * so no input can make them slow). Each function looks at a bounded window
 * and returns the end offset of what it found, or -1.
 */

/** Words after which a WeChat id is expected; compiled into the shared automaton. */
export const WECHAT_TRIGGERS: readonly string[] = ['微信', '威信', '薇信', '徽信', '微x', 'v信', '加v', 'vx', 'wx', 'weixin', 'wechat', '卫星号'];
/** Words after which a QQ number is expected. */
export const QQ_TRIGGERS: readonly string[] = ['qq', '扣扣', 'q号', '企鹅号'];

/** Digit value by code unit (-1: not a digit), so the phone scan is one load per character. */
const DIGIT: Int8Array = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  for (let c = 0; c < 0x10000; c++) table[c] = slowDigitValue(c);
  return table;
})();

/** Digit value of a code unit: ASCII and full-width digits, and the Chinese numerals sellers spell numbers with. */
export function digitValue(c: number): number {
  return DIGIT[c]!;
}

function slowDigitValue(c: number): number {
  const f = FOLD[c]!;
  if (f >= 0x30 && f <= 0x39) return f - 0x30;
  switch (c) {
    case 0x3007: // 〇
    case 0x96f6: // 零
      return 0;
    case 0x4e00: // 一
    case 0x5e7a: // 幺
      return 1;
    case 0x4e8c: // 二
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
}

function isSeparator(c: number): boolean {
  const f = FOLD[c]!;
  return f === 0x20 || f === 0x2d || c === 0x2014 || c === 0x2013; // space, -, dashes
}

/**
 * Scan `text` from `from` for the next mobile number: 11 digits 1[3-9]xxxxxxxxx
 * (or 13 with a leading 86), in ASCII, full-width or Chinese numerals, with
 * spaces or dashes between groups. Sizes (175/92A), prices (199.00), dates
 * (2026-11-11), order numbers (18+ digits) and model numbers do not qualify
 * because the digit count or grouping is wrong. Writes [start, end) into
 * `span` and returns true, or returns false at the end of text.
 */
export function nextPhone(text: string, from: number, span: Int32Array): boolean {
  const n = text.length;
  let i = from;
  while (i < n) {
    if (DIGIT[text.charCodeAt(i)]! < 0) {
      i++;
      continue;
    }
    const end = scanRun(text, i, false, span);
    if (span[0]! >= 0) return true;
    // 一件13812345678: a Chinese numeral word glued to a number. Retry the
    // Arabic-digit parts of a mixed run on their own.
    if (runMixed) {
      for (let j = i; j < end; ) {
        if (!isAsciiDigitLike(text.charCodeAt(j))) {
          j++;
          continue;
        }
        const subEnd = scanRun(text, j, true, span);
        if (span[0]! >= 0) return true;
        j = Math.max(subEnd, j + 1);
      }
    }
    i = end;
  }
  return false;
}

/** Whether the last `scanRun` mixed Arabic digits and Chinese numerals. */
let runMixed = false;

/**
 * Read one run of digits and single separators from `start`; returns where it
 * ends and sets `span` to the phone number it is, or span[0] = -1.
 */
function scanRun(text: string, start: number, arabicOnly: boolean, span: Int32Array): number {
  const n = text.length;
  let i = start;
  let digits = 0;
  let first = -1;
  let second = -1;
  let third = -1;
  let groups = 0;
  let group = 0;
  let shortGroups = 0;
  let longGroups = 0;
  let firstGroup = 0;
  let arabic = 0;
  let end = i;
  span[0] = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    const d = DIGIT[c]!;
    const isArabic = d >= 0 && isAsciiDigitLike(c);
    if (d >= 0 && (!arabicOnly || isArabic)) {
      if (digits === 0) first = d;
      else if (digits === 1) second = d;
      else if (digits === 2) third = d;
      if (isArabic) arabic++;
      digits++;
      group++;
      i++;
      end = i;
    } else if (isSeparator(c) && i + 1 < n && DIGIT[text.charCodeAt(i + 1)]! >= 0 && group > 0 && (!arabicOnly || isAsciiDigitLike(text.charCodeAt(i + 1)))) {
      groups++;
      if (groups === 1) firstGroup = group;
      if (group === 1) shortGroups++;
      else if (group >= 3) longGroups++;
      group = 0;
      i++;
    } else break;
  }
  runMixed = arabic > 0 && arabic < digits;
  groups++;
  if (group === 1) shortGroups++;
  else if (group >= 3) longGroups++;
  // Groups are either all single digits (1 3 8 ...) or all of 3+ (138-1234-5678).
  // A leading country code group "86" (+86 138 ...) does not count.
  const countryCode = groups > 1 && firstGroup === 2 && first === 8 && second === 6 ? 1 : 0;
  const grouping = groups === 1 || shortGroups === groups - countryCode || longGroups === groups - countryCode;
  const glued = start > 0 && isAsciiDigitLike(text.charCodeAt(start - 1));
  if (grouping && !glued) {
    const mobile11 = digits === 11 && first === 1 && second >= 3;
    const mobile86 = digits === 13 && first === 8 && second === 6 && third === 1;
    if (mobile11 || mobile86) {
      span[0] = start;
      span[1] = end;
    }
  }
  return end;
}

/** A digit glued before the run means it is part of a longer number (an order number). */
function isAsciiDigitLike(c: number): boolean {
  const f = FOLD[c]!;
  return f >= 0x30 && f <= 0x39;
}

/** Characters allowed between a trigger word and the id: `微信号：abc`, `VX: abc`, `加微信 abc`. */
function isGap(c: number): boolean {
  const f = FOLD[c]!;
  return f === 0x20 || f === 0x3a || f === 0x2b || c === 0x53f7 /* 号 */ || c === 0x662f /* 是 */ || c === 0x3001 || f === 0x2c || c === 0x7f51 /* 网 (微信网名) */;
}

function isIdChar(f: number): boolean {
  return (f >= 0x30 && f <= 0x39) || (f >= 0x61 && f <= 0x7a) || f === 0x5f || f === 0x2d;
}

/**
 * After a WeChat trigger ending at `from`: an id of 6-20 letters, digits, `_`
 * or `-` starting with a letter (WeChat's own rule), at most 4 gap characters
 * away. Returns the id's end offset, or -1.
 */
export function wechatIdEnd(text: string, from: number): number {
  let i = skipGap(text, from);
  if (i < 0) return -1;
  const f0 = FOLD[text.charCodeAt(i)]!;
  if (!(f0 >= 0x61 && f0 <= 0x7a)) return -1;
  const start = i;
  while (i < text.length && i - start <= 20 && isIdChar(FOLD[text.charCodeAt(i)]!)) i++;
  const length = i - start;
  return length >= 6 && length <= 20 ? i : -1;
}

/** After a QQ trigger: 5-11 digits not starting with 0. Returns the end offset, or -1. */
export function qqNumberEnd(text: string, from: number): number {
  let i = skipGap(text, from);
  if (i < 0) return -1;
  if (digitValue(text.charCodeAt(i)) <= 0) return -1;
  const start = i;
  while (i < text.length && i - start <= 11 && digitValue(text.charCodeAt(i)) >= 0) i++;
  const length = i - start;
  return length >= 5 && length <= 11 ? i : -1;
}

function skipGap(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < 4 && isGap(text.charCodeAt(i))) i++;
  return i < text.length ? i : -1;
}

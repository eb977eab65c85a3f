// What reading a catalogue or price history says when it cannot, in both languages (see i18n.ts).
import { countOf, pluralForm } from '@storepolicy/schema/core';
import type { z } from 'zod';
import { defineMessages, type Message } from '../i18n.js';
import { FORMAT_TEXT } from './rows.js';

/** Which input: the catalogue (prices, costs, categories) or the price history. */
type What = 'catalogue' | 'price history';
const WHAT_ZH: Record<What, string> = { catalogue: '商品目录', 'price history': '价格历史' };

const en = {
  unknownFormat: (p: { file: string }) => `${p.file}: unknown catalogue format; use .csv, .ndjson or .jsonl`,
  linkOut: (p: { file: string; what: What; target: string; root: string }) =>
    `${p.file}: path/not-allowed: the ${p.what} ${p.target ? `is a symbolic link to ${p.target}, outside the repository ${p.root}` : `is outside the repository ${p.root}`}; policy inputs are read only from inside the repository: copy the file into the store folder`,
  cannotRead: (p: { file: string; what: What; code: string }) =>
    `${p.file}: cannot read the ${p.what} (${p.code})${p.code === 'ENOENT' ? `; export it there or pass --${p.what === 'catalogue' ? 'catalog' : 'history'} FILE` : ''}`,
  notRegular: (p: { file: string; what: What; kind: string }) => `${p.file}: the ${p.what} is ${p.kind || 'not readable'}, not a regular file`,
  tooLarge: (p: { file: string; what: What; gb: number }) => `${p.file}: the ${p.what} is over ${p.gb} GB; split it`,
  notUtf8: (p: { file: string; what: What }) => `${p.file}: the ${p.what} is not UTF-8; export it as UTF-8 (Excel: "CSV UTF-8")`,
  emptyFile: () => 'the file is empty: expected a header row',
  fieldCount: (p: { found: number; expected: number }) =>
    `not valid CSV: ${countOf(p.found, 'field', 'fields')} where the header has ${p.expected}; quote values that contain commas`,
  openQuote: () => 'not valid CSV: a quoted field is never closed (a " is missing)',
  afterQuote: () => 'not valid CSV: text after a closing quote; write "" for a quote inside a quoted field',
  duplicateSku: (p: { sku: string; line: number }) => `SKU ${p.sku} is already on line ${p.line}; one row per SKU`,
  duplicateDay: (p: { sku: string; date: string; line: number }) => `${p.sku} on ${p.date} is already on line ${p.line}; one row per SKU and day`,
  headerLacks: (p: { missing: string; required: string; found: string }) => `the header lacks ${p.missing}; expected columns ${p.required} (found ${p.found})`,
  /** `detail`: why, in check listing's words (listing/input) */
  notJsonObject: (p: { detail: Message }) => `not a JSON object: ${p.detail}`,
  required: () => 'is empty; a value is required',
  skuFormat: (): string => FORMAT_TEXT.sku,
  categoryFormat: (): string => FORMAT_TEXT.category,
  dateFormat: (): string => FORMAT_TEXT.date,
  /** `value` as written in the file; `quoted` for text, bare for a JSON number */
  money: (p: { value: string; quoted: boolean }) => (p.quoted ? `"${p.value}" ${FORMAT_TEXT.money} (write 199, 199.9 or 199.90)` : `${p.value} ${FORMAT_TEXT.money}`),
  /** zod's own words for what it refused (a JSON type, a missing key) */
  invalid: (p: { detail: string }) => p.detail,
  /** the located issues follow, one per line */
  errors: (p: { count: number; more: boolean; issues: Message }) =>
    `the catalogue has ${countOf(p.count, 'error', 'errors', `${p.count}${p.more ? '+' : ''}`)}; fix ${p.more ? 'them' : pluralForm(p.count, 'it', 'them')} and run again\n${p.issues}`,
};

const zh: typeof en = {
  unknownFormat: (p) => `${p.file}：无法识别的商品目录格式；请用 .csv、.ndjson 或 .jsonl`,
  linkOut: (p) =>
    `${p.file}：path/not-allowed：${WHAT_ZH[p.what]}${p.target ? `是指向仓库 ${p.root} 之外 ${p.target} 的符号链接` : `在仓库 ${p.root} 之外`}；策略输入只从仓库内读取：请把文件复制到店铺目录中`,
  cannotRead: (p) =>
    `${p.file}：无法读取${WHAT_ZH[p.what]}（${p.code}）${p.code === 'ENOENT' ? `；请导出到该位置，或用 --${p.what === 'catalogue' ? 'catalog' : 'history'} 指定文件` : ''}`,
  notRegular: (p) => `${p.file}：${WHAT_ZH[p.what]}不是普通文件`,
  tooLarge: (p) => `${p.file}：${WHAT_ZH[p.what]}超过 ${p.gb} GB；请拆分`,
  notUtf8: (p) => `${p.file}：${WHAT_ZH[p.what]}不是 UTF-8 编码；请导出为 UTF-8（Excel：“CSV UTF-8”）`,
  emptyFile: () => '文件为空：应有一行表头',
  fieldCount: (p) => `不是有效的 CSV：有 ${p.found} 个字段，而表头有 ${p.expected} 个；含逗号的值请加引号`,
  openQuote: () => '不是有效的 CSV：引号字段没有闭合（缺少一个 "）',
  afterQuote: () => '不是有效的 CSV：闭合引号后还有文字；引号字段中的引号请写成 ""',
  duplicateSku: (p) => `SKU ${p.sku} 已在第 ${p.line} 行出现；每个 SKU 只能有一行`,
  duplicateDay: (p) => `${p.sku} 在 ${p.date} 的记录已在第 ${p.line} 行出现；每个 SKU 每天只能有一行`,
  headerLacks: (p) => `表头缺少 ${p.missing}；应有列 ${p.required}（实际为 ${p.found}）`,
  notJsonObject: (p) => `不是 JSON 对象：${p.detail}`,
  required: () => '为空；此项必填',
  skuFormat: () => 'SKU 由字母、数字、点、短横线或下划线组成（最多 64 个字符），以字母或数字开头',
  categoryFormat: () => '类目 id 由小写字母、数字、短横线或下划线组成，与 store.yaml 中一致',
  dateFormat: () => '日期格式为 YYYY-MM-DD（店铺时区）',
  money: (p) => `${p.quoted ? `"${p.value}"` : p.value} 不是以元为单位、最多两位小数的金额${p.quoted ? '（例如 199、199.9 或 199.90）' : ''}`,
  invalid: (p) => `取值无效：${p.detail}`,
  errors: (p) => `商品目录有 ${p.count}${p.more ? '+' : ''} 个错误；请修正后再运行\n${p.issues}`,
};

export const catalogMessages = defineMessages('catalog', { en, zh });

/** The field a zod issue is about: the last key of its path (`history.0.date` -> `date`). */
function fieldOf(issue: z.core.$ZodIssue): string {
  for (let i = issue.path.length - 1; i >= 0; i--) if (typeof issue.path[i] === 'string') return issue.path[i] as string;
  return '';
}

/**
 * What zod refused in a catalogue row, as a message of this table: the
 * formats rows.ts words (FORMAT_TEXT) are said in both languages; anything
 * else zod says (a JSON type, an unknown shape) is shown in zod's words.
 * `value` is the cell as written, when there is one.
 */
export function zodIssueMessage(issue: z.core.$ZodIssue, value: unknown): Message {
  const m = catalogMessages;
  if (issue.message === FORMAT_TEXT.sku) return m.skuFormat();
  if (issue.message === FORMAT_TEXT.category) return m.categoryFormat();
  if (issue.message === FORMAT_TEXT.date) return m.dateFormat();
  if (issue.code === 'custom' && issue.message.includes(FORMAT_TEXT.money) && MONEY_FIELDS.has(fieldOf(issue))) {
    return m.money({ value: String(value), quoted: typeof value === 'string' });
  }
  return m.invalid({ detail: issue.message });
}

const MONEY_FIELDS = new Set(['list_price', 'cost', 'lowest_transaction_price']);

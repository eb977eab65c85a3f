// What reading a catalogue or price history says when it cannot, in both languages (see i18n.ts).
import { countOf, pluralForm } from '@storepolicy/schema/core';
import { defineMessages } from '../i18n.js';

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
  /** the located issues follow, one per line, as the catalogue reader words them */
  errors: (p: { count: number; more: boolean; issues: string }) =>
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
  errors: (p) => `商品目录有 ${p.count}${p.more ? '+' : ''} 个错误；请修正后再运行\n${p.issues}`,
};

export const catalogMessages = defineMessages('catalog', { en, zh });

// What `check listing` says when its input cannot be read, in both languages (see i18n.ts).
import { countOf, pluralForm } from '@storepolicy/schema/core';
import { defineMessages, type Message } from '../i18n.js';

const FIELDS =
  'sku, title, category, price, reference_price, lowest_price_7d, description, attributes, attributes.<name>, images, images.real_shot, ship_within_hours, inserts, size_chart, after_sales.seven_day_return, after_sales.reason, qualifications.<type>';

const en = {
  noStoreDir: (p: { dir: string }) => `--store ${p.dir}: no such directory`,
  policyErrors: (p: { dir: string; count: number; at: string; code: string }) =>
    `${p.dir}: ${countOf(p.count, 'policy error', 'policy errors')}, first at ${p.at} (${p.code}); run \`storepolicy validate ${p.dir}\` and fix ${pluralForm(p.count, 'it', 'them')} before checking listings`,
  noSuchStore: (p: { dir: string; id: string; found: string }) => `${p.dir}: no policies of store "${p.id}" (stores found: ${p.found || 'none'})`,
  notOneStore: (p: { dir: string; found: string }) => `${p.dir}: expected the policies of one store, found: ${p.found || 'none'}; point --store at one store's folder`,
  /** the first finding of the law gate, already in the run's language */
  lawMissing: (p: { at: string; code: string; message: string; more: number; hint: string; dir: string }) =>
    `${p.at}: ${p.code} ${p.message}${p.more > 0 ? ` (+${p.more} more)` : ''}\n` +
    (p.hint ? `  hint: ${p.hint}\n` : '') +
    `  no listing was checked: the law cannot be checked without the store's baseline; run \`storepolicy validate ${p.dir}\``,
  ambiguousStore: (p: { input: string; near: string; far: string }) =>
    `${p.input}: both ${p.near}/store.yaml and ${p.far}/store.yaml lie above it, so which store's policies apply is not clear; name the store with --store ${p.far}`,
  inFile: (p: { file: string; cause: Message }) => `${p.file}: ${p.cause}`,
  emptyCsv: (p: { file: string }) => `${p.file}: the file is empty; expected a header row and listings`,
  baselineUnreadable: (p: { file: string; code: string }) => `--baseline ${p.file}: cannot read (${p.code}); write one with --write-baseline`,
  baselineNotJson: (p: { file: string; detail: string }) => `--baseline ${p.file}: not JSON (${p.detail})`,
  baselineShape: (p: { file: string }) => `--baseline ${p.file}: not a storepolicy listing baseline (expected {"version": 1, "findings": [...]})`,
  baselineEntry: (p: { file: string; index: number }) => `--baseline ${p.file}: findings[${p.index}] needs string sku, code, field and text`,
  baselineWrite: (p: { file: string; code: string }) => `--write-baseline ${p.file}: cannot write (${p.code})`,
  unknownEncoding: (p: { value: string }) => `--encoding ${p.value}: unknown encoding; use utf8, gb18030 or gbk`,
  utf16: (p: { file: string }) => `${p.file}: the file is UTF-16; save it as UTF-8 (or CSV GB18030) and check it again`,
  notUtf8: (p: { file: string; line: number }) =>
    `${p.file}: not valid UTF-8 (line ${p.line}); exports from Chinese seller tools are often GB18030/GBK: add --encoding gb18030`,
  notEncoding: (p: { file: string; encoding: string; line: number }) => `${p.file}: not valid ${p.encoding} (near line ${p.line}); check --encoding`,
  cutShort: (p: { file: string; encoding: string }) => `${p.file}: ends in the middle of a character; the file is cut short or not ${p.encoding}`,
  stdinTwice: () => '- (stdin) can be named only once',
  unknownExtension: (p: { file: string; ext: string }) =>
    `${p.file}: cannot tell the format from "${p.ext || 'no extension'}"; name it .csv, .ndjson/.jsonl or .yaml`,
  notListing: (p: { file: string; kind: string }) => `${p.file}: holds a ${p.kind || 'document without kind'}, not a Listing; check listings only`,
  noColumnFor: (p: { missing: string; columns: string; example: string }) =>
    `no column maps to ${p.missing} (columns: ${p.columns}); name the columns with --columns, e.g. --columns "${p.example}"`,
  columnsEntry: (p: { part: string }) => `--columns "${p.part}": expected column=field, e.g. 宝贝名称=title`,
  mapShape: (p: { source: string }) => `${p.source}: expected a mapping of column name to field, e.g. 宝贝名称: title`,
  mapValue: (p: { source: string; header: string; got: string }) => `${p.source}: column "${p.header}" must map to a field name, got ${p.got}`,
  notAField: (p: { source: string; field: string }) => `${p.source}: "${p.field}" is not a listing field (one of ${FIELDS})`,
  /** the terminal's progress line; `bar` is the drawn bar and percentage, or empty when the size is unknown */
  progress: (p: { bar: string; rows: string; rate: string }) => `${p.bar}${p.rows} listings checked, ${p.rate}/s`,
  baselineWritten: (p: { file: string; count: number }) => `wrote baseline ${p.file}: ${p.count} known findings`,
  /** `files`: each CSV file with its unread columns, "file: a, b" joined by "; " */
  notChecked: (p: { files: string }) => `not checked: ${p.files}`,
};

const zh: typeof en = {
  noStoreDir: (p) => `--store ${p.dir}：目录不存在`,
  policyErrors: (p) => `${p.dir}：策略有 ${p.count} 个错误，第一个在 ${p.at}（${p.code}）；请先运行 \`storepolicy validate ${p.dir}\` 修正，再检查商品`,
  noSuchStore: (p) => `${p.dir}：没有店铺 "${p.id}" 的策略（找到的店铺：${p.found || '无'}）`,
  notOneStore: (p) => `${p.dir}：应只含一个店铺的策略，实际找到：${p.found || '无'}；请让 --store 指向某一个店铺的目录`,
  lawMissing: (p) =>
    `${p.at}：${p.code} ${p.message}${p.more > 0 ? `（另有 ${p.more} 条）` : ''}\n` +
    (p.hint ? `  修改建议：${p.hint}\n` : '') +
    `  未检查任何商品：缺少店铺的法规基线就无法检查法规要求；请运行 \`storepolicy validate ${p.dir}\``,
  ambiguousStore: (p) =>
    `${p.input}：上级目录中同时有 ${p.near}/store.yaml 和 ${p.far}/store.yaml，无法确定适用哪个店铺的策略；请用 --store ${p.far} 指定店铺`,
  inFile: (p) => `${p.file}：${p.cause}`,
  emptyCsv: (p) => `${p.file}：文件为空；应有一行表头和若干商品行`,
  baselineUnreadable: (p) => `--baseline ${p.file}：无法读取（${p.code}）；可用 --write-baseline 生成`,
  baselineNotJson: (p) => `--baseline ${p.file}：不是合法的 JSON（${p.detail}）`,
  baselineShape: (p) => `--baseline ${p.file}：不是 storepolicy 的商品基线文件（应为 {"version": 1, "findings": [...]}）`,
  baselineEntry: (p) => `--baseline ${p.file}：findings[${p.index}] 的 sku、code、field 和 text 都必须是字符串`,
  baselineWrite: (p) => `--write-baseline ${p.file}：无法写入（${p.code}）`,
  unknownEncoding: (p) => `--encoding ${p.value}：未知编码；可用 utf8、gb18030 或 gbk`,
  utf16: (p) => `${p.file}：文件是 UTF-16 编码；请另存为 UTF-8（或 GB18030 的 CSV）后再检查`,
  notUtf8: (p) => `${p.file}：不是有效的 UTF-8（第 ${p.line} 行）；国内卖家工具导出的文件常为 GB18030/GBK：请加 --encoding gb18030`,
  notEncoding: (p) => `${p.file}：不是有效的 ${p.encoding}（第 ${p.line} 行附近）；请检查 --encoding`,
  cutShort: (p) => `${p.file}：文件在一个字符中间结束；文件不完整，或不是 ${p.encoding} 编码`,
  stdinTwice: () => '- （标准输入）只能指定一次',
  unknownExtension: (p) => `${p.file}：无法从扩展名 "${p.ext || '（无）'}" 判断格式；请命名为 .csv、.ndjson/.jsonl 或 .yaml`,
  notListing: (p) => `${p.file}：内容是 ${p.kind || '没有 kind 的文档'}，不是 Listing；这里只检查商品`,
  noColumnFor: (p) => `没有列对应 ${p.missing}（现有列：${p.columns}）；请用 --columns 指定，例如 --columns "${p.example}"`,
  columnsEntry: (p) => `--columns "${p.part}"：应为 列名=字段，例如 宝贝名称=title`,
  mapShape: (p) => `${p.source}：应为列名到字段的映射，例如 宝贝名称: title`,
  mapValue: (p) => `${p.source}：列 "${p.header}" 必须对应一个字段名，实际是 ${p.got}`,
  notAField: (p) => `${p.source}："${p.field}" 不是商品字段（可用：${FIELDS}）`,
  progress: (p) => `${p.bar}已检查 ${p.rows} 个商品，每秒 ${p.rate} 个`,
  baselineWritten: (p) => `已写入基线 ${p.file}：${p.count} 条已知问题`,
  notChecked: (p) => `未检查的列：${p.files.split('; ').join('；')}`,
};

export const listingMessages = defineMessages('listing', { en, zh });

import type { RuleMeta } from '../../rule.js';

/**
 * A catalogue row (CSV record or NDJSON line) the bulk checker could not
 * read as a listing. Reported by `storepolicy check listing` in the row's
 * place; the run goes on with the next row.
 */
export const input: RuleMeta = {
  code: 'listing/input',
  severity: 'error',
  summary: {
    en: 'A catalogue row could not be read as a listing (bad JSON, bad CSV record, a missing or malformed field).',
    zh: '商品导出中的某一行无法读取为商品（JSON 或 CSV 格式错误、字段缺失或格式不对）。',
  },
  messages: {
    // why a line is not JSON, by kind (apps/checker/src/listing/json-error.ts): the parser's own English never reaches a report
    json: {
      message: { en: 'Row {row} is not valid JSON.', zh: '第 {row} 行不是合法的 JSON。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonChar: {
      message: { en: 'Row {row} is not valid JSON: {char} cannot appear here.', zh: '第 {row} 行不是合法的 JSON：此处不能出现 {char}。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonKey: {
      message: { en: 'Row {row} is not valid JSON: a key in double quotes is expected here (a comma too many, or a key without quotes?).', zh: '第 {row} 行不是合法的 JSON：此处应为带双引号的键名（多了一个逗号，或键名没加引号？）。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonValue: {
      message: { en: 'Row {row} is not valid JSON: a value is expected here (text in double quotes, a number, true, false, null, an object or a list).', zh: '第 {row} 行不是合法的 JSON：此处应为一个值（带双引号的文本、数字、true、false、null、对象或列表）。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonEnd: {
      message: { en: 'Row {row} is not valid JSON: the line ends where a value is expected (is it cut short?).', zh: '第 {row} 行不是合法的 JSON：该行在应出现值的位置结束（是否被截断？）。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonNumber: {
      message: { en: 'Row {row} is not valid JSON: this number is not written as JSON writes numbers (no leading zeros, no + sign, digits after a point).', zh: '第 {row} 行不是合法的 JSON：此数字不符合 JSON 的写法（不能有前导零或 + 号，小数点后须有数字）。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonColon: {
      message: { en: 'Row {row} is not valid JSON: a ":" is expected after the key.', zh: '第 {row} 行不是合法的 JSON：键名后应为 ":"。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonComma: {
      message: { en: 'Row {row} is not valid JSON: a "," is expected between two items.', zh: '第 {row} 行不是合法的 JSON：两项之间应为 ","。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonClose: {
      message: { en: 'Row {row} is not valid JSON: a "," or the closing "{close}" is expected here (is the line cut short?).', zh: '第 {row} 行不是合法的 JSON：此处应为 "," 或闭合的 "{close}"（该行是否被截断？）。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonTrailing: {
      message: { en: 'Row {row} is not valid JSON: more text follows the end of the object.', zh: '第 {row} 行不是合法的 JSON：对象结束后还有多余内容。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonComment: {
      message: { en: 'Row {row} is not valid JSON: JSON has no comments.', zh: '第 {row} 行不是合法的 JSON：JSON 不允许注释。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonString: {
      message: { en: 'Row {row} is not valid JSON: the text in quotes is not closed with a double quote.', zh: '第 {row} 行不是合法的 JSON：引号中的文本没有以双引号结束。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },
    jsonEscape: {
      message: { en: 'Row {row} is not valid JSON: this escape is not one JSON knows (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX).', zh: '第 {row} 行不是合法的 JSON：此转义不是 JSON 支持的写法（\\"、\\\\、\\/、\\b、\\f、\\n、\\r、\\t 或 \\uXXXX）。' },
      hint: { en: 'Each line of an NDJSON file must be one complete JSON object.', zh: 'NDJSON 文件的每一行必须是一个完整的 JSON 对象。' },
    },

    duplicateKey: {
      message: {
        en: 'Row {row} writes the key "{key}" twice: the checker would read one value and an importer may publish the other, so the row is not checked.',
        zh: '第 {row} 行把键 "{key}" 写了两次：检查器只读到其中一个值，而导入平台可能发布另一个，因此这一行未被检查。',
      },
      hint: { en: 'Keep one "{key}" per object.', zh: '每个对象中 "{key}" 只保留一个。' },
    },
    notObject: {
      message: { en: 'Row {row} is a JSON {got}, not an object with the listing fields.', zh: '第 {row} 行是 JSON {got}，而不是包含商品字段的对象。' },
      hint: { en: 'Write one object per line: {"sku": "...", "title": "...", "category": "...", "price": 199}.', zh: '每行写一个对象：{"sku": "...", "title": "...", "category": "...", "price": 199}。' },
    },
    encoding: {
      message: { en: 'Row {row} is not valid {encoding} text, so it cannot be read.', zh: '第 {row} 行不是合法的 {encoding} 文本，无法读取。' },
      hint: { en: 'NDJSON is UTF-8; re-export the row, or pass --encoding gb18030 if the whole file is GB18030.', zh: 'NDJSON 应为 UTF-8；请重新导出该行，或在整个文件为 GB18030 时加 --encoding gb18030。' },
    },
    tooLong: {
      message: { en: 'Row {row} is {bytes} bytes long, above the limit of {limit} bytes per line, so it was not read.', zh: '第 {row} 行长 {bytes} 字节，超过每行 {limit} 字节的上限，未读取。' },
      hint: { en: 'A line this long is usually a file without line breaks or a pasted blob; one listing is a few KB.', zh: '如此长的行通常是缺少换行的文件或粘贴的大段内容；一个商品通常只有几 KB。' },
    },
    csv: {
      message: { en: 'Row {row} is not a readable CSV record: {detail}.', zh: '第 {row} 行不是可读取的 CSV 记录：{detail}。' },
      hint: { en: 'Look for a stray quote or a comma inside an unquoted field; quote fields that contain commas.', zh: '检查是否有多余的引号，或未加引号的字段中含逗号；含逗号的字段应加引号。' },
    },
    missing: {
      message: { en: 'Row {row}: required field {field} is missing or empty, so the listing cannot be checked.', zh: '第 {row} 行：缺少必填字段 {field}，无法检查该商品。' },
      hint: { en: 'Every listing needs sku, title, category and price.', zh: '每个商品都需要 sku、title、category 和 price。' },
    },
    sku: {
      message: { en: 'Row {row}: {field} "{value}" is not a SKU code.', zh: '第 {row} 行：{field} "{value}" 不是合法的商家编码。' },
      hint: { en: 'Use letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit).', zh: '只用字母、数字、"."、"_" 或 "-"（最多 64 个，以字母或数字开头）。' },
    },
    money: {
      message: { en: 'Row {row}: {field} "{value}" is not an amount in yuan with at most two decimals.', zh: '第 {row} 行：{field} "{value}" 不是最多两位小数的人民币金额。' },
      hint: { en: 'Write 199, 199.9 or 199.90 (a leading ¥ or a trailing 元 is accepted in CSV).', zh: '写成 199、199.9 或 199.90（CSV 中可带 ¥ 前缀或“元”后缀）。' },
    },
    hours: {
      message: { en: 'Row {row}: {field} "{value}" is not a number of hours to ship within (0 to 2160).', zh: '第 {row} 行：{field} "{value}" 不是有效的发货时限小时数（0 到 2160）。' },
      hint: { en: 'Write hours as 48, 48小时 or 48小时内, or days as 2天.', zh: '小时写作 48、48小时 或 48小时内，天数写作 2天。' },
    },
    returnPromise: {
      message: { en: 'Row {row}: {field} "{value}" is not a seven-day return promise the checker knows.', zh: '第 {row} 行：{field} "{value}" 不是可识别的七天无理由退货承诺。' },
      hint: { en: 'Use yes (支持), exempt_statutory (不支持 / 法定不支持) or exempt_confirmed (确认不支持); listing/return-promise then checks the exemption against the law.', zh: '使用 yes（支持）、exempt_statutory（不支持 / 法定不支持）或 exempt_confirmed（确认不支持）；之后由 listing/return-promise 按法律核对例外。' },
    },
    flag: {
      message: { en: 'Row {row}: {field} "{value}" is neither yes nor no.', zh: '第 {row} 行：{field} "{value}" 既不是“是”也不是“否”。' },
      hint: { en: 'Write 是/否, yes/no, true/false or 1/0.', zh: '写作 是/否、yes/no、true/false 或 1/0。' },
    },
    shape: {
      message: { en: 'Row {row}: {field} has the wrong type ({value}); expected {expected}.', zh: '第 {row} 行：{field} 类型不对（{value}），应为 {expected}。' },
      hint: { en: 'See the Listing schema (schemas/listing.schema.json) for the shape of each field.', zh: '各字段的格式见 Listing 模式（schemas/listing.schema.json）。' },
    },
  },
};

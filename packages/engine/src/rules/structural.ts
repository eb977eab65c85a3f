import type { RuleMeta } from '../rule.js';

const SYNTAX_HINT = {
  en: 'Check indentation (spaces only, no tabs), closing quotes and the colon after each key.',
  zh: '检查缩进（只用空格，不用制表符）、引号是否闭合、每个键后是否有冒号。',
};

/** A kind of YAML syntax error: the parser's sentence in English, ours in Chinese. */
function syntaxKind(zh: string): RuleMeta['messages'][string] {
  return { message: { en: 'YAML syntax error: {detail}', zh: `YAML 语法错误：${zh}` }, hint: SYNTAX_HINT };
}

/**
 * Findings of the YAML and JSON Schema layers (produced in @storepolicy/schema).
 * Their metadata and messages live here so every code has one doc page and one
 * message table, like the engine's own rules.
 */
export const structuralMetas: RuleMeta[] = [
  {
    code: 'yaml/syntax',
    severity: 'error',
    summary: { en: 'The file is not valid YAML 1.2.', zh: '文件不是合法的 YAML 1.2。' },
    messages: {
      // One message per kind of parser error (packages/schema/src/load-yaml.ts, YAML_ERROR_KINDS). English
      // quotes the parser's own precise sentence; Chinese says the same in our words, so no English
      // parser text appears inside a Chinese report.
      error: { message: { en: 'YAML syntax error: {detail}', zh: 'YAML 语法错误（解析器代码 {yamlCode}）' }, hint: SYNTAX_HINT },
      unclosedQuote: syntaxKind('引号没有闭合，此处开始的文本一直读到了文件末尾'),
      missingChar: syntaxKind('此处缺少必要的字符（逗号、冒号、空格、短横线或文档分隔行）'),
      unexpectedToken: syntaxKind('此处出现了不该出现的内容'),
      badIndent: syntaxKind('缩进不对（同一层的项必须从同一列开始），或 [ / { 没有闭合'),
      tabIndent: syntaxKind('缩进中用了制表符，YAML 只允许空格'),
      keyLayout: syntaxKind('键的写法不对：键必须写在一行内，值不能在同一行里再嵌套 "键: 值"'),
      blockInFlow: syntaxKind('[ ] 或 { } 里不能再用换行缩进的写法'),
      badEscape: syntaxKind('双引号文本中的转义写法不对（可用 \\\\、\\"、\\n、\\t、\\uXXXX 等）'),
      reservedStart: syntaxKind('不加引号的值不能以 @ 或 ` 开头，请给值加上引号'),
      badAlias: syntaxKind('别名（*名称）引用了不存在的锚点（&名称）'),
      badProps: syntaxKind('锚点（&）或标签（!）的写法不对（重复或位置不对）'),
      longKey: syntaxKind('键超过 1024 个字符'),
      badDirective: syntaxKind('文档指令或文档分隔行（---）的写法不对'),
      unknownTag: syntaxKind('无法识别的标签（!）'),
      warning: {
        message: { en: 'YAML warning: {detail}', zh: 'YAML 警告（解析器代码 {yamlCode}）' },
      },
    },
  },
  {
    code: 'yaml/duplicate-key',
    severity: 'error',
    summary: { en: 'A mapping names the same key twice.', zh: '同一映射中出现重复的键。' },
    messages: {
      duplicate: {
        message: {
          en: 'Key "{key}" is set twice in one mapping (first on line {firstLine}): only one of the two values would count.',
          zh: '键 "{key}" 在同一映射中出现两次（第一次在第 {firstLine} 行）：两个值只有一个会生效。',
        },
        hint: { en: 'Keep one of the two "{key}" lines and delete the other.', zh: '保留一行 "{key}"，删除另一行。' },
      },
      first: {
        message: { en: '"{key}" is first set here', zh: '"{key}" 第一次出现在此' },
      },
    },
  },
  {
    code: 'yaml/alias-limit',
    severity: 'error',
    summary: {
      en: 'Alias expansion is bounded, so a "billion laughs" file fails fast.',
      zh: '别名展开有上限，"十亿笑声"式文件会立即失败。',
    },
    messages: {
      exceeded: {
        message: {
          en: 'Too many alias expansions (more than {max}): the file would expand without bound.',
          zh: '别名展开次数过多（超过 {max}）：文件会无限膨胀。',
        },
        hint: { en: 'Write the repeated values out instead of nesting aliases.', zh: '把重复内容直接写出，不要层层嵌套别名。' },
      },
    },
  },
  {
    code: 'yaml/encoding',
    severity: 'error',
    summary: { en: 'Policy files must be UTF-8.', zh: '策略文件必须是 UTF-8 编码。' },
    messages: {
      notUtf8: {
        message: {
          en: 'The file is not UTF-8 (byte {offset} is invalid; it looks like {guess}).',
          zh: '文件不是 UTF-8 编码（第 {offset} 字节无效，疑似 {guess}）。',
        },
        hint: {
          en: 'Save the file as UTF-8, e.g. `iconv -f GB18030 -t UTF-8 in.yaml > out.yaml`.',
          zh: '请另存为 UTF-8，例如 `iconv -f GB18030 -t UTF-8 in.yaml > out.yaml`。',
        },
      },
    },
  },
  {
    code: 'yaml/too-large',
    severity: 'error',
    summary: { en: 'Policy files are size-limited.', zh: '策略文件有大小上限。' },
    messages: {
      tooLarge: {
        message: { en: 'The file is {size}, above the {max} limit for a policy file.', zh: '文件大小 {size}，超过策略文件上限 {max}。' },
        hint: { en: 'Split it into several files, or raise --max-file-size.', zh: '拆分为多个文件，或调大 --max-file-size。' },
      },
    },
  },
  {
    code: 'path/not-allowed',
    severity: 'error',
    summary: {
      en: 'A path leads outside the repository, or to something that is not a regular file; it is not read.',
      zh: '路径指向仓库之外或非普通文件，不会读取。',
    },
    messages: {
      outside: {
        message: {
          en: '{path} resolves outside the repository ({root}); policy files are read only inside it, so it was not read.',
          zh: '{path} 解析到仓库（{root}）之外；策略文件只在仓库内读取，因此未读取该文件。',
        },
        hint: {
          en: 'Point it at a file inside the repository, e.g. the law baseline policies/_base/cn-regulations.yaml.',
          zh: '请指向仓库内的文件，例如法规基线 policies/_base/cn-regulations.yaml。',
        },
      },
      symlinkOutside: {
        message: {
          en: '{path} is a symbolic link to {target}, outside the repository ({root}); it is not followed, so it was not checked.',
          zh: '{path} 是指向仓库（{root}）之外 {target} 的符号链接；不跟随该链接，因此未检查。',
        },
        hint: {
          en: 'Commit the file itself into the repository instead of a link to it.',
          zh: '请把文件本身提交到仓库，而不是指向它的链接。',
        },
      },
      notRegular: {
        message: {
          en: '{path} is {what}, not a regular file; only regular files are read, so it was not checked.',
          zh: '{path} 是{what}，不是普通文件；只读取普通文件，因此未检查。',
        },
        hint: {
          en: 'Policy files, listings and test inputs must be ordinary files in the repository.',
          zh: '策略文件、商品和测试输入必须是仓库中的普通文件。',
        },
      },
    },
  },
  {
    code: 'schema/type',
    severity: 'error',
    summary: { en: 'A value has the wrong type.', zh: '值的类型错误。' },
    messages: {
      type: {
        message: { en: '{field} must be {expected}, but is {actual}.', zh: '{field} 应为 {expected}，实际为 {actual}。' },
        hint: { en: '{description}', zh: '{description}' },
      },
      notMapping: {
        message: { en: 'A policy document must be a mapping with apiVersion, kind, metadata and spec.', zh: '策略文档必须是包含 apiVersion、kind、metadata、spec 的映射。' },
      },
    },
  },
  {
    code: 'schema/required',
    severity: 'error',
    summary: { en: 'A required key is missing.', zh: '缺少必填的键。' },
    messages: {
      required: {
        message: { en: '{field} is missing the required key "{key}".', zh: '{field} 缺少必填键 "{key}"。' },
        hint: { en: 'Add `{key}:` here.', zh: '在此处添加 `{key}:`。' },
      },
    },
  },
  {
    code: 'schema/unknown-key',
    severity: 'error',
    summary: { en: 'A key is not part of the schema (often a typo).', zh: '键不在模式定义中（常见于拼写错误）。' },
    messages: {
      unknown: {
        message: { en: 'Unknown key "{key}" in {field}.', zh: '{field} 中有未知的键 "{key}"。' },
        hint: { en: 'Allowed keys: {allowed}.', zh: '允许的键：{allowed}。' },
      },
      didYouMean: {
        message: { en: 'Unknown key "{key}" in {field}: did you mean "{suggestion}"?', zh: '{field} 中有未知的键 "{key}"：是否想写 "{suggestion}"？' },
        hint: { en: 'Rename it to "{suggestion}".', zh: '改名为 "{suggestion}"。' },
      },
      unknownPastLimit: {
        message: {
          en: 'Unknown key "{key}" in {field}. This document has {total} unknown keys; suggestions are given for the first {limit} only.',
          zh: '{field} 中有未知的键 "{key}"。本文档共有 {total} 个未知的键，仅为前 {limit} 个给出拼写建议。',
        },
        hint: { en: 'Allowed keys: {allowed}.', zh: '允许的键：{allowed}。' },
      },
    },
  },
  {
    code: 'schema/enum',
    severity: 'error',
    summary: { en: 'A value is not one of the allowed values.', zh: '值不在允许的取值范围内。' },
    messages: {
      enum: {
        message: { en: '{field} is "{value}", which is not one of: {allowed}.', zh: '{field} 为 "{value}"，不是以下取值之一：{allowed}。' },
        hint: { en: '{suggestion}', zh: '{suggestion}' },
      },
    },
  },
  {
    code: 'schema/range',
    severity: 'error',
    summary: { en: 'A number, text or list is out of its allowed range.', zh: '数值、文本长度或列表长度超出允许范围。' },
    messages: {
      range: {
        message: { en: '{field} is {value}; it must be {comparison} {limit}.', zh: '{field} 为 {value}，必须 {comparison} {limit}。' },
        hint: { en: '{description}', zh: '{description}' },
      },
      decimals: {
        message: { en: '{field} is {value}: at most two decimals are allowed.', zh: '{field} 为 {value}：最多保留两位小数。' },
        hint: { en: '{description}', zh: '{description}' },
      },
    },
  },
  {
    code: 'schema/format',
    severity: 'error',
    summary: { en: 'A string is not in the required format.', zh: '字符串格式不符合要求。' },
    messages: {
      format: {
        message: { en: '{field} "{value}" is not a valid {expected}.', zh: '{field} "{value}" 不是有效的 {expected}。' },
        hint: { en: '{description}', zh: '{description}' },
      },
    },
  },
];

import type { RuleMeta } from '../../rule.js';

/**
 * SPEC section 9 "Unknown references are errors, not skips": a CSV column
 * that maps to no listing field (宝贝详情 in an export the built-in table does
 * not know) is text nobody scans. Reported by `storepolicy check listing`
 * (apps/checker/src/listing) once per file and column, at its header;
 * `--strict-columns` makes it an error.
 */
export const uncheckedColumn: RuleMeta = {
  code: 'listing/unchecked-column',
  severity: 'warning',
  summary: {
    en: 'A CSV column maps to no listing field (or repeats one already filled), so its cells are not checked.',
    zh: 'CSV 中的某列没有对应的商品字段（或重复了已填写的字段），其内容未被检查。',
  },
  messages: {
    unmapped: {
      message: {
        en: 'Column "{column}" maps to no listing field: its cells are not checked.',
        zh: '列 "{column}" 没有对应的商品字段：其内容未被检查。',
      },
      hint: {
        en: 'Map it with --columns "{column}=description" (or attributes.{column} to scan it as text); --strict-columns makes this an error.',
        zh: '用 --columns "{column}=description" 映射（或映射为 attributes.{column} 作为文本检查）；加 --strict-columns 时此项为错误。',
      },
    },
    duplicate: {
      message: {
        en: 'Column "{column}" is a second column for {field}, which an earlier column already fills: its cells are not checked.',
        zh: '列 "{column}" 是 {field} 的第二列，该字段已由前面的列填写：其内容未被检查。',
      },
      hint: {
        en: 'Remove one of the two columns, or map this one elsewhere with --columns "{column}=attributes.{column}".',
        zh: '删除其中一列，或用 --columns "{column}=attributes.{column}" 把它映射到别处。',
      },
    },
  },
};

import type { RuleMeta } from '../../rule.js';

const FIX = {
  en: 'Either the policy change broke a behaviour the store relies on (fix the policy), or the behaviour changed on purpose (update this expectation in the same pull request).',
  zh: '要么是策略修改破坏了店铺依赖的行为（请修正策略），要么是有意改变了行为（请在同一个合并请求中更新此预期）。',
};

/**
 * `test/failed`: a PolicyTest case whose expectation does not hold. One
 * finding per broken expectation, located at that expectation in the test
 * file, so CI annotations land on the line to look at. Raised by
 * `storepolicy test` (packages/engine/src/policy-test).
 */
export const failedMeta: RuleMeta = {
  code: 'test/failed',
  severity: 'error',
  summary: { en: 'A PolicyTest case does not hold.', zh: '策略测试用例未通过。' },
  messages: {
    expectedValid: {
      message: {
        en: 'Case "{name}" expected the store to be valid, but it has {count, plural, one {# error} other {# errors}}: {codes}.',
        zh: '用例"{name}"预期店铺策略有效，但出现 {count} 个错误：{codes}。',
      },
      hint: FIX,
    },
    expectedInvalid: {
      message: {
        en: 'Case "{name}" expected at least one error, but the store is valid.',
        zh: '用例"{name}"预期至少出现一个错误，但店铺策略有效。',
      },
      hint: FIX,
    },
    missingCode: {
      message: {
        en: 'Case "{name}" expected {code} to be reported, but it was not (reported: {actual}).',
        zh: '用例"{name}"预期报告 {code}，但没有（实际报告：{actual}）。',
      },
      hint: FIX,
    },
    missingCodeAt: {
      message: {
        en: 'Case "{name}" expected {code} at {pointer}, but it was not reported there (reported: {actual}).',
        zh: '用例"{name}"预期在 {pointer} 报告 {code}，但该处没有（实际报告：{actual}）。',
      },
      hint: FIX,
    },
    unexpectedCode: {
      message: {
        en: 'Case "{name}" expected no {code}, but it was reported at {where}.',
        zh: '用例"{name}"预期不出现 {code}，但在 {where} 报告了。',
      },
      hint: FIX,
    },
    priceMismatch: {
      message: {
        en: 'Case "{name}": the {field} price of {sku} for tier {tier} is {actual} yuan, expected {expected} yuan.',
        zh: '用例"{name}"：{sku} 在 {tier} 等级的 {field} 价格为 {actual} 元，预期 {expected} 元。',
      },
      hint: FIX,
    },
    missingPrice: {
      message: {
        en: 'Case "{name}": the dry-run computed no price for {sku} and tier {tier}{promotion}.',
        zh: '用例"{name}"：试算没有得出 {sku} 在 {tier} 等级的价格{promotion}。',
      },
      hint: {
        en: 'Check that the case has a Promotion input covering this SKU, that the SKU is in the catalogue and the tier in MemberTiers.',
        zh: '检查用例是否有覆盖该 SKU 的 Promotion 输入、该 SKU 是否在商品目录中、该等级是否在会员等级中。',
      },
    },
    inputFileMissing: {
      message: {
        en: 'Case "{name}" cannot run: its input_file {file} cannot be read.',
        zh: '用例"{name}"无法运行：input_file {file} 无法读取。',
      },
      hint: { en: 'input_file is relative to the test file; check the path.', zh: 'input_file 相对于测试文件所在目录，请检查路径。' },
    },
    wrongStore: {
      message: {
        en: 'Case "{name}" cannot run: an input document belongs to store {other}, but this test is for store {store}.',
        zh: '用例"{name}"无法运行：输入文档属于店铺 {other}，而此测试属于店铺 {store}。',
      },
      hint: { en: 'Leave metadata.store out of inputs (it defaults to the test\'s store) or move the test.', zh: '输入文档可省略 metadata.store（默认为测试所属店铺），或把测试移到对应店铺。' },
    },
    nothingToMerge: {
      message: {
        en: 'Case "{name}" cannot run: it merges into the {kind} of store {store}, but the store has none.',
        zh: '用例"{name}"无法运行：它要合并到店铺 {store} 的 {kind}，但该店铺没有此文档。',
      },
      hint: { en: 'Drop `merge: true` and write the whole document, or add the document to the store.', zh: '去掉 `merge: true` 并写出完整文档，或先为店铺添加该文档。' },
    },
    noCatalog: {
      message: {
        en: 'Case "{name}" expects prices, but store {store} has no catalogue (catalog.csv next to store.yaml) to price from.',
        zh: '用例"{name}"预期价格，但店铺 {store} 没有可用于试算的商品目录（store.yaml 旁的 catalog.csv）。',
      },
      hint: { en: 'Add catalog.csv with sku, category, list_price and cost.', zh: '添加包含 sku、category、list_price、cost 列的 catalog.csv。' },
    },
  },
};

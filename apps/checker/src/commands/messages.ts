// What the commands say when the user asked for something they cannot do, in both languages (see i18n.ts).
import { countOf, pluralForm } from '@storepolicy/schema/core';
import type { PricingProblem } from '@storepolicy/engine';
import { defineMessages, type Message } from '../i18n.js';

const en = {
  /** an option value zod refused; `detail` is zod's own words */
  invalidOption: (p: { option: string; detail: string }) => `invalid option${p.option ? ` ${p.option}` : ''}: ${p.detail}`,
  invalidValue: (p: { option: string }) => `invalid option ${p.option}`,
  badOption: (p: { option: string; detail: string }) => `${p.option}: ${p.detail}`,
  ndjsonForYaml: () => '--format ndjson writes one line per CSV/NDJSON row; check Listing YAML files with another format',
  whichStore: () => "which store's policies apply? add --store <dir>, e.g. --store policies/demo-apparel",
  mapUnreadable: (p: { file: string; code: string }) => `--map ${p.file}: cannot read (${p.code})`,
  mapNotYaml: (p: { at: string; code: string }) => `--map ${p.at}: not readable YAML/JSON (${p.code})`,
  jobs: (p: { value: string }) => `--jobs ${p.value}: expected a whole number of threads from 0 to 64`,
  notPromotion: (p: { file: string; kind: string }) => `${p.file}: a ${p.kind || 'document without kind'} is not a Promotion; pass promotion files only`,
  noStoreDir: (p: { dir: string }) => `--store ${p.dir}: no such directory; point it at the store's policy folder (policies/<store>)`,
  noPoliciesOfStore: (p: { dir: string; store: string }) => `${p.dir}: no policies of store ${p.store || '(unknown)'} found; check --store and metadata.store`,
  wrongStore: (p: { file: string; store: string; dir: string; actual: string }) =>
    `${p.file}: the proposal is for store ${p.store}, but ${p.dir} holds store ${p.actual}`,
  proposalStore: () => 'cannot tell which store the proposal belongs to; pass --store policies/<store>',
  unknownTier: (p: { tiers: string; known: string }) => `--tier ${p.tiers}: no such member tier (known: ${p.known || 'none'})`,
  unknownSku: (p: { skus: string; file: string }) => `--sku ${p.skus}: not in ${p.file}`,
  noPolicyFilesAt: (p: { targets: string; base: string; head: string }) => `no policy files (*.yaml) under ${p.targets} in ${p.base} or ${p.head}`,
  noCommits: () => 'the repository has no commits yet: commit the policies once, or pass --base',
  noRevision: (p: { flag: string; ref: string; fetch: string }) => `${p.flag} ${p.ref}: no such revision (fetch it first, e.g. \`git fetch origin ${p.fetch}\`)`,
  skuNotInCatalog: (p: { sku: string; file: string }) => `SKU ${p.sku} is not in ${p.file}`,
  noTiers: (p: { dir: string }) => `${p.dir} has no member tiers; pass --tier`,
  // why the engine cannot price (PricingInputError's problem; see pricingMessage below)
  pricingTimezone: (p: { zone: string }) => `store timezone "${p.zone}" is not an IANA timezone (e.g. Asia/Shanghai)`,
  pricingUnknownTiers: (p: { tiers: string; known: string }) => `unknown tier ${p.tiers} (known: ${p.known})`,
  pricingUnknownSkus: (p: { skus: string }) => `SKU ${p.skus} is not in the catalogue`,
  pricingUnknownTier: (p: { tier: string; known: string }) => `tier "${p.tier}" is not defined (known: ${p.known})`,
  pricingUnknownPromotion: (p: { promotion: string; known: string }) => `promotion "${p.promotion}" is neither proposed nor in the calendar (known: ${p.known})`,
  pricingOutOfScope: (p: { sku: string; tier: string }) => `no proposed promotion applies to SKU "${p.sku}" for tier "${p.tier}"`,
  noPromotionForAnyTier: (p: { sku: string; tiers: string }) =>
    `no proposed promotion applies to SKU "${p.sku}" for any tier (tried ${p.tiers}); pass --tier to see one`,
  nothingPrices: (p: { sku: string }) => `nothing prices SKU ${p.sku}`,
  filter: (p: { filter: string }) => `--filter ${p.filter}: no test case name contains this text`,
  emptyTemplate: (p: { dir: string }) => `${p.dir} holds no policy documents to copy`,
  templateYaml: (p: { at: string; code: string }) => `template ${p.at} is not valid YAML (${p.code}); fix the template first`,
  initConflicts: (p: { files: string; count: number }) =>
    `${p.files} ${pluralForm(p.count, 'already exists', 'already exist')}; init never overwrites a file, so nothing was written`,
  initNotAFolder: (p: { target: string }) => `${p.target} exists and is not a folder; nothing was written`,
  initAppeared: (p: { target: string }) => `${p.target} appeared while init was writing; nothing was written`,
  storeId: (p: { id: string }) =>
    `"${p.id}" is not a valid store id: use lower-case letters, digits, "-" or "_", starting with a letter (at most 64), e.g. acme-shoes`,
  noPoliciesDir: (p: { dir: string }) => `${p.dir}: no such folder (pass --dir to name the policies folder)`,
  noTemplate: (p: { template: string; dir: string; stores: string }) =>
    `template store ${p.template} not found${p.stores ? `; stores in ${p.dir}: ${p.stores}` : ''}`,
  scaffoldInvalid: (p: { at: string; code: string; template: string }) =>
    `the scaffold would not validate (${p.at} ${p.code}); run \`storepolicy validate ${p.template}\` and fix the template first. Nothing was written`,
  socketPort: (p: { value: string }) => `--socket ${p.value}: expected a TCP port number`,
  socketConnect: (p: { port: string; code: string }) => `--socket ${p.port}: cannot connect (${p.code})`,
  unknownRule: (p: { code: string; suggestions: string }) =>
    `unknown rule "${p.code}"${p.suggestions ? `; did you mean ${p.suggestions}?` : '; run `storepolicy rules` for the list'}`,
  waiverMaxDays: (p: { value: string }) => `--waiver-max-days ${p.value}: expected a whole number of days, at least 1`,
  rulesHeader: () => '| Rule | Severity | Law | Summary |',
  /** the mark of a rule that enforces the law */
  rulesLaw: () => 'law',
  rulesTail: (p: { count: number }) => `${countOf(p.count, 'rule', 'rules')}; show one with: storepolicy rules <code>`,
  rulesNoDoc: (p: { code: string }) => `(this installation has no doc page docs/rules/${p.code}.md)`,
  initCreated: (p: { target: string; template: string }) => `created ${p.target}/ from ${p.template}/:`,
  initNotCopied: (p: { names: string }) => `not copied (the template's own promotions, waivers, tests and data): ${p.names}`,
  initNext: (p: { command: string }) => `next: edit the files for your store, then run \`${p.command}\``,
};

const zh: typeof en = {
  invalidOption: (p) => `选项${p.option ? ` ${p.option} ` : ''}无效：${p.detail}`,
  invalidValue: (p) => `选项 ${p.option} 的取值无效`,
  badOption: (p) => `选项 ${p.option} 的取值无效：${p.detail}`,
  ndjsonForYaml: () => '--format ndjson 为每个 CSV/NDJSON 行输出一行；检查 Listing YAML 文件请换用其他格式',
  whichStore: () => '适用哪个店铺的策略？请加 --store <目录>，例如 --store policies/demo-apparel',
  mapUnreadable: (p) => `--map ${p.file}：无法读取（${p.code}）`,
  mapNotYaml: (p) => `--map ${p.at}：无法按 YAML/JSON 读取（${p.code}）`,
  jobs: (p) => `--jobs ${p.value}：应为 0 到 64 之间的整数（线程数）`,
  notPromotion: (p) => `${p.file}：${p.kind || '没有 kind 的文档'} 不是 Promotion；这里只接受促销文件`,
  noStoreDir: (p) => `--store ${p.dir}：目录不存在；请指向店铺的策略目录（policies/<店铺>）`,
  noPoliciesOfStore: (p) => `${p.dir}：找不到店铺 ${p.store || '（未知）'} 的策略；请检查 --store 和 metadata.store`,
  wrongStore: (p) => `${p.file}：该方案属于店铺 ${p.store}，但 ${p.dir} 是店铺 ${p.actual} 的目录`,
  proposalStore: () => '无法确定该促销方案属于哪个店铺；请加 --store policies/<店铺>',
  unknownTier: (p) => `--tier ${p.tiers}：没有这个会员等级（已有：${p.known || '无'}）`,
  unknownSku: (p) => `--sku ${p.skus}：不在 ${p.file} 中`,
  noPolicyFilesAt: (p) => `在 ${p.base} 和 ${p.head} 中，${p.targets} 下都没有策略文件（*.yaml）`,
  noCommits: () => '仓库还没有任何提交：请先提交一次策略，或加 --base',
  noRevision: (p) => `${p.flag} ${p.ref}：没有这个版本（请先拉取，例如 \`git fetch origin ${p.fetch}\`）`,
  skuNotInCatalog: (p) => `SKU ${p.sku} 不在 ${p.file} 中`,
  noTiers: (p) => `${p.dir} 没有会员等级；请加 --tier`,
  pricingTimezone: (p) => `店铺时区 "${p.zone}" 不是 IANA 时区（例如 Asia/Shanghai）`,
  pricingUnknownTiers: (p) => `未知会员等级 ${p.tiers}（已有：${p.known}）`,
  pricingUnknownSkus: (p) => `SKU ${p.skus} 不在商品目录中`,
  pricingUnknownTier: (p) => `会员等级 "${p.tier}" 未定义（已有：${p.known}）`,
  pricingUnknownPromotion: (p) => `促销 "${p.promotion}" 既不是拟议方案，也不在促销日历中（已有：${p.known}）`,
  pricingOutOfScope: (p) => `没有拟议促销适用于等级 "${p.tier}" 的 SKU "${p.sku}"`,
  noPromotionForAnyTier: (p) => `没有任何拟议促销适用于 SKU "${p.sku}"（已尝试等级：${p.tiers}）；请加 --tier 查看某一等级`,
  nothingPrices: (p) => `无法为 SKU ${p.sku} 计算价格`,
  filter: (p) => `--filter ${p.filter}：没有测试用例名称包含这段文字`,
  emptyTemplate: (p) => `${p.dir} 中没有可复制的策略文档`,
  templateYaml: (p) => `模板 ${p.at} 不是有效的 YAML（${p.code}）；请先修正模板`,
  initConflicts: (p) => `${p.files} 已存在；init 从不覆盖文件，因此未写入任何内容`,
  initNotAFolder: (p) => `${p.target} 已存在且不是目录；未写入任何内容`,
  initAppeared: (p) => `init 写入期间出现了 ${p.target}；未写入任何内容`,
  storeId: (p) => `"${p.id}" 不是有效的店铺标识：只能用小写字母、数字、"-" 或 "_"，以字母开头（最多 64 个字符），例如 acme-shoes`,
  noPoliciesDir: (p) => `${p.dir}：目录不存在（可用 --dir 指定策略目录）`,
  noTemplate: (p) => `找不到模板店铺 ${p.template}${p.stores ? `；${p.dir} 中的店铺：${p.stores}` : ''}`,
  scaffoldInvalid: (p) => `生成的店铺无法通过校验（${p.at} ${p.code}）；请运行 \`storepolicy validate ${p.template}\` 先修正模板。未写入任何内容`,
  socketPort: (p) => `--socket ${p.value}：应为 TCP 端口号`,
  socketConnect: (p) => `--socket ${p.port}：无法连接（${p.code}）`,
  unknownRule: (p) => `未知规则 "${p.code}"${p.suggestions ? `；是否想输入 ${p.suggestions}？` : '；运行 `storepolicy rules` 查看规则列表'}`,
  waiverMaxDays: (p) => `--waiver-max-days ${p.value}：应为不小于 1 的整数（天数）`,
  rulesHeader: () => '| 规则 | 级别 | 法律 | 说明 |',
  rulesLaw: () => '法律',
  rulesTail: (p) => `共 ${p.count} 条规则；查看某条规则：storepolicy rules <code>`,
  rulesNoDoc: (p) => `（本安装未包含文档页 docs/rules/${p.code}.md）`,
  initCreated: (p) => `已从 ${p.template}/ 创建 ${p.target}/：`,
  initNotCopied: (p) => `未复制（模板自己的促销、豁免、测试和数据）：${p.names}`,
  initNext: (p) => `下一步：按你的店铺修改这些文件，然后运行 \`${p.command}\``,
};

export const commandMessages = defineMessages('commands', { en, zh });

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** The engine's reason it cannot price, as a message of this table. */
export function pricingMessage(problem: PricingProblem): Message {
  const m = commandMessages;
  switch (problem.kind) {
    case 'timezone':
      return m.pricingTimezone({ zone: problem.zone });
    case 'unknownTiers':
      return m.pricingUnknownTiers({ tiers: quoted(problem.tiers), known: problem.known.join(', ') });
    case 'unknownSkus':
      return m.pricingUnknownSkus({ skus: quoted(problem.skus) });
    case 'unknownTier':
      return m.pricingUnknownTier({ tier: problem.tier, known: problem.known.join(', ') });
    case 'unknownPromotion':
      return m.pricingUnknownPromotion({ promotion: problem.promotion, known: problem.known.join(', ') });
    case 'outOfScope':
      return m.pricingOutOfScope({ sku: problem.sku, tier: problem.tier });
  }
}

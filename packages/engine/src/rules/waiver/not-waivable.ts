import type { RuleMeta } from '../../rule.js';

/**
 * `waiver/not-waivable`: a waiver of a rule whose finding means a check did
 * not run, ran on less, or that the law itself is loosened. A waiver is an
 * exception to a check that ran (SPEC section 7); waiving `schema/type` on a
 * MemberTiers file leaves every tier rule unrun on it, and waiving
 * `compliance/loosens-law` accepts a policy the law says must be refused
 * (SPEC sections 2 and 9). It waives nothing; the check runs in `applyWaivers`
 * (packages/engine/src/waivers).
 */
export const notWaivableMeta: RuleMeta = {
  code: 'waiver/not-waivable',
  severity: 'error',
  summary: {
    en: 'A waiver names a rule that cannot be waived (a check that did not run, or the law); it waives nothing.',
    zh: '豁免针对的规则不可豁免（检查未能执行，或属于法律规定）；该豁免不豁免任何问题。',
  },
  messages: {
    gate: {
      message: {
        en: '{rule} cannot be waived: its finding means a check did not run or ran on less ({whyEn}), so waiving it would give a green mark to what was never checked. The waiver waives nothing.',
        zh: '{rule} 不可豁免：该问题意味着检查未执行或只执行了一部分（{whyZh}），豁免它等于给未检查的内容放行。此豁免不豁免任何问题。',
      },
      hint: {
        en: 'Fix the finding itself (`storepolicy validate` says where); then delete this waiver.',
        zh: '请直接修正该问题（`storepolicy validate` 会指出位置），然后删除此豁免。',
      },
    },
    law: {
      message: {
        en: '{rule} cannot be waived: it enforces the law ({whyEn}), and a policy that loosens the law is refused whatever exception is written for it. The waiver waives nothing.',
        zh: '{rule} 不可豁免：它执行的是法律规定（{whyZh}），放宽法律的策略无论写了什么例外都会被拒绝。此豁免不豁免任何问题。',
      },
      hint: {
        en: 'Change the policy so it meets the law; an exception to the law is not the store\'s to grant.',
        zh: '请修改策略使其符合法律；对法律的例外不由店铺批准。',
      },
    },
  },
};

/** Why a rule cannot be waived, by kind (the message to use) and a short reason in both languages. */
export interface NotWaivable {
  kind: 'gate' | 'law';
  why: { en: string; zh: string };
}

const GATE_PREFIXES: Record<string, NotWaivable['why']> = {
  'yaml/': { en: 'the file could not be read as YAML, so none of its rules ran', zh: '文件无法按 YAML 读取，其规则均未执行' },
  'schema/': { en: 'a document that fails its schema is left out of every rule', zh: '不符合结构的文档不参与任何规则' },
  'path/': { en: 'a path outside the repository is never read', zh: '仓库之外的路径不会被读取' },
  'ref/': { en: 'an unresolved or duplicate reference leaves a document or limit out of the checks', zh: '无法解析或重复的引用使文档或限制不参与检查' },
  'compliance/': { en: 'without the law baseline, or with it loosened, the listing checks run on less than the law', zh: '缺少法律基线或基线被放宽时，商品检查少于法律要求' },
  'test/': { en: 'a failed policy test is the check itself', zh: '策略测试失败本身就是检查结果' },
  'waiver/': { en: 'a waiver\'s own problem is what keeps it honest', zh: '豁免自身的问题正是约束豁免的手段' },
};

const GATE_CODES: Record<string, NotWaivable['why']> = {
  'listing/input': { en: 'a row that could not be read was not checked', zh: '无法读取的行未被检查' },
  'listing/not-checked': { en: 'it names checks that did not run', zh: '它列出的是未执行的检查' },
  'listing/unchecked-column': { en: 'the column\'s text was not scanned', zh: '该列文本未被扫描' },
  'listing/unknown-category': { en: 'the category\'s rules could not be chosen', zh: '无法确定该类目适用的规则' },
  'catalog/unknown-category': { en: 'the row drops out of every category-scoped promotion', zh: '该行不参与任何按类目的促销计算' },
  'promotion/stale-history': { en: 'the floor and depth were measured from a guess, not the 7 days before the start', zh: '底价与降价幅度基于过期数据，而非开始前 7 天' },
};

/** Rules SPEC section 4 and 5 mark *(law)* on policy documents: "the checker must refuse a policy that loosens them". */
const LAW_CODES: Record<string, NotWaivable['why']> = {
  'after-sales/return-days': { en: '网络购买商品七日无理由退货暂行办法 art. 10', zh: '网络购买商品七日无理由退货暂行办法 第十条' },
  'after-sales/exemption': { en: '网络购买商品七日无理由退货暂行办法 art. 6-7', zh: '网络购买商品七日无理由退货暂行办法 第六、七条' },
  'after-sales/refund-deadline': { en: '网络购买商品七日无理由退货暂行办法 art. 13', zh: '网络购买商品七日无理由退货暂行办法 第十三条' },
  'packing/forbidden-insert': { en: '网络交易监督管理办法 art. 14', zh: '网络交易监督管理办法 第十四条' },
  'packing/excessive': { en: 'GB 23350-2021', zh: 'GB 23350-2021' },
  'promotion/reference-price': { en: '明码标价和禁止价格欺诈规定 art. 16', zh: '明码标价和禁止价格欺诈规定 第十六条' },
  'promotion/price-raised-before': { en: '明码标价和禁止价格欺诈规定 art. 17', zh: '明码标价和禁止价格欺诈规定 第十七条' },
  'promotion/prize-cap': { en: '反不正当竞争法 art. 10 (top prize at most 50,000 yuan)', zh: '反不正当竞争法 第十条（最高奖不超过五万元）' },
  'promotion/review-inducement': { en: '网络交易监督管理办法 art. 14', zh: '网络交易监督管理办法 第十四条' },
};

/**
 * Whether a finding of `rule` may be waived, and if not, why. Listing rules
 * enforcing the law stay waivable: a listing under legal review keeps its
 * scoped, expiring waiver until it is delisted (docs/guide/listings.md#waivers);
 * a policy that loosens the law is never the store's exception to make.
 */
export function notWaivable(rule: string): NotWaivable | undefined {
  const gate = GATE_CODES[rule] ?? Object.entries(GATE_PREFIXES).find(([prefix]) => rule.startsWith(prefix))?.[1];
  if (gate) return { kind: 'gate', why: gate };
  const law = LAW_CODES[rule];
  return law ? { kind: 'law', why: law } : undefined;
}

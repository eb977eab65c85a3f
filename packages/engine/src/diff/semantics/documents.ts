import type { FieldSemantics } from '../types.js';
import { t, why } from './text.js';

const ruleDocument = (kind: string, en: string, zh: string): FieldSemantics => ({
  id: `document/${kind}`,
  kind,
  path: '',
  label: t(`${en} {name}`, `${zh} {name}`),
  added: 'tightens',
  why: why(
    t("its rules now apply to the store", '其规则开始对店铺生效'),
    t('its rules no longer apply to the store', '其规则不再对店铺生效'),
  ),
});

/** Whole documents appearing or disappearing (path ''). */
export const documentSemantics: FieldSemantics[] = [
  ruleDocument('PromotionPolicy', 'promotion policy', '促销政策'),
  ruleDocument('AfterSalesPolicy', 'after-sales policy', '售后政策'),
  ruleDocument('PackingStandard', 'packing standard', '包装标准'),
  ruleDocument('CompliancePolicy', 'compliance policy', '合规政策'),
  {
    id: 'document/Waiver',
    kind: 'Waiver',
    path: '',
    label: t('waiver {name}', '豁免 {name}'),
    added: 'loosens',
    why: why(
      t('the exception ends: its findings count again', '例外取消：相应问题重新计入'),
      t('a new exception lets matching findings through until it expires', '新的例外在到期前放过相应问题'),
    ),
  },
  {
    id: 'document/PolicyTest',
    kind: 'PolicyTest',
    path: '',
    label: t('policy test {name}', '策略测试 {name}'),
    added: 'tightens',
    why: why(
      t('more intended behaviour is pinned by tests', '更多预期行为由测试锁定'),
      t('behaviour it pinned is no longer tested', '原先由它锁定的行为不再被测试'),
    ),
  },
  {
    id: 'document/Store',
    kind: 'Store',
    path: '',
    label: t('store profile {name}', '店铺档案 {name}'),
    why: { neutral: t("the store's categories and figures that other rules read", '其他规则读取的店铺类目与指标') },
  },
  {
    id: 'document/MemberTiers',
    kind: 'MemberTiers',
    path: '',
    label: t('member tiers {name}', '会员等级 {name}'),
    why: { neutral: t('member prices and benefits: review every tier', '会员价与权益：请逐级审阅') },
  },
  {
    id: 'document/Promotion',
    kind: 'Promotion',
    path: '',
    label: t('promotion {name}', '促销 {name}'),
    why: { neutral: t('the promotion calendar changed', '促销日历有变化') },
  },
];

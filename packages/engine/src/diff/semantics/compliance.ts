import type { FieldSemantics } from '../types.js';
import { collection, scalar, STRICTER_LIMIT, t, why } from './text.js';

const kind = 'CompliancePolicy';
const MORE_CHECKED = [t('more listings are checked', '检查的商品更多'), t('fewer listings are checked', '检查的商品更少')] as [ReturnType<typeof t>, ReturnType<typeof t>];

// Compliance guards legality: more terms, classes and required statements tighten.
export const complianceSemantics: FieldSemantics[] = [
  // SPEC section 9: the law reaches a store only through `extends`. Writing it tightens; removing
  // it or pointing it elsewhere (a home-made `_base` file) loosens, whatever the target holds.
  {
    id: 'compliance/extends',
    kind,
    path: '/spec/extends',
    label: t('law baseline (extends)', '法律基线（extends）'),
    present: 'tightens',
    changed: 'loosens',
    why: why(
      t('the store is checked against the law\'s baseline', '店铺开始按法律基线检查'),
      t('the law\'s baseline no longer applies as shipped: another file, or none, stands in for it', '法律基线不再按官方版本生效：换成了别的文件，或没有基线'),
    ),
  },
  collection(kind, 'compliance/term-sets', '/spec/term_sets', t('term sets', '词库'), 'tightens',
    [t('a new set of terms is checked', '新增一组受检词'), t('a whole set of terms is no longer checked', '整组词不再检查')]),
  collection(kind, 'compliance/terms', '/spec/term_sets/*/terms', t('set {item}', '词库 {item}'), 'tightens',
    [t('listings may not use it', '商品不得再使用该词'), t('listings may use it again', '商品可以再使用该词')], {
      messages: {
        'item-added': t('banned term {value} added to set {item}', '词库 {item} 新增禁用词 {value}'),
        'item-removed': t('banned term {value} removed from set {item}', '词库 {item} 删除禁用词 {value}'),
      },
    }),
  collection(kind, 'compliance/allow', '/spec/term_sets/*/allow', t('allow-list of set {item}', '词库 {item} 的放行词'), 'loosens',
    [t('fewer compounds are let through', '放行的组合词更少'), t('more compounds are let through', '放行的组合词更多')]),
  // Listed after the collections it overrides: `diffPolicySets` picks it for an entry that
  // re-declares an id of the baseline, which overrides that entry field by field.
  ...(['term_sets', 'required_statements', 'qualifications'] as const).map((list): FieldSemantics => ({
    id: `compliance/overrides-base-${list.replace('_', '-')}`,
    kind,
    path: `/spec/${list}`,
    label: t(`${list.replace('_', ' ')}`, list === 'term_sets' ? '词库' : list === 'qualifications' ? '必备资质' : '必备声明'),
    added: 'loosens',
    messages: {
      'item-added': t('{value} re-declared: it overrides the baseline\'s entry of that id', '重新声明 {value}：会逐字段覆盖基线中同 id 的条目'),
      'item-removed': t('override of the baseline\'s {value} removed', '删除对基线 {value} 的覆盖'),
    },
    why: {
      loosens: t('a store entry with a baseline id replaces the law\'s fields (terms, allow list, classes, severity): compliance/loosens-law refuses it', '与基线同 id 的店铺条目会替换法律的字段（词、放行词、类别、级别）：compliance/loosens-law 会拒绝'),
      tightens: t('the baseline\'s entry applies again as the law states it', '基线条目重新按法律原文生效'),
    },
  })),
  collection(kind, 'compliance/legal-classes', '**/legal_classes', t('legal classes of {parent}', '{parent} 适用的法律类别'), 'tightens', MORE_CHECKED),
  collection(kind, 'compliance/except-legal-classes', '**/except_legal_classes', t('legal classes exempt from {parent}', '{parent} 豁免的法律类别'), 'loosens', MORE_CHECKED),
  collection(kind, 'compliance/required-statements', '/spec/required_statements', t('required statements', '必备声明'), 'tightens',
    [t('listings must say more', '商品须写明的声明更多'), t('listings need not say it any more', '商品不再须写明该声明')]),
  collection(kind, 'compliance/statement-fields', '/spec/required_statements/*/fields', t('fields that must carry statement {item}', '须包含声明 {item} 的字段'), 'tightens',
    [t('the statement is required in more places', '须写明声明的位置更多'), t('the statement is required in fewer places', '须写明声明的位置更少')]),
  collection(kind, 'compliance/qualifications', '/spec/qualifications', t('required licences', '必备资质'), 'tightens',
    [t('more listings must show a licence', '更多商品须展示资质'), t('fewer listings must show a licence', '须展示资质的商品更少')]),
  collection(kind, 'compliance/any-of', '/spec/qualifications/*/any_of', t('licences accepted for {item}', '{item} 接受的资质'), 'loosens',
    [t('fewer licences satisfy the rule', '满足要求的资质更少'), t('more licences satisfy the rule', '满足要求的资质更多')]),
  ...(['phone', 'wechat', 'qq'] as const).map((field) =>
    scalar(kind, `compliance/contact-${field}`, `/spec/contact_info/${field}`, t(`${field} contact detection`, `${field} 联系方式检测`), 'tightens',
      [t('more contact details are caught', '能发现更多联系方式'), t('these contact details are no longer caught', '不再检测该类联系方式')], { default: true })),
  scalar(kind, 'compliance/title-width', '/spec/title/max_width', t('title width limit', '标题宽度上限'), 'loosens', STRICTER_LIMIT),
  scalar(kind, 'compliance/min-images', '/spec/images/min_images', t('minimum images', '最少图片数'), 'tightens', STRICTER_LIMIT),
  scalar(kind, 'compliance/main-real-shot', '/spec/images/main_real_shot', t('main image must be a real shot', '主图须为实拍'), 'tightens', STRICTER_LIMIT),
  scalar(kind, 'compliance/require-lowest-price', '/spec/reference_price/require_lowest_price', t('reference price needs the 7-day lowest price', '划线价须注明 7 日最低价'), 'tightens', STRICTER_LIMIT),
];

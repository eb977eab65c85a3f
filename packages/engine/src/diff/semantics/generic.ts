import type { FieldSemantics } from '../types.js';
import { scalar, t } from './text.js';

/**
 * Keys that mean the same in every kind (the rule switches of CompliancePolicy
 * and any later kind that adopts them). Checked after the per-kind tables.
 */
export const genericSemantics: FieldSemantics[] = [
  scalar(undefined, 'generic/enabled', '**/enabled', t('{parent} enabled', '{parent} 启用'), 'tightens',
    [t('the check is switched on', '检查已开启'), t('the check is switched off', '检查已关闭')], { default: true }),
  scalar(undefined, 'generic/law', '**/law', t('{parent} marked as law', '{parent} 标记为法律要求'), 'tightens',
    [t('stores that extend this base can no longer weaken it', '继承此基线的店铺不能再放宽它'), t('stores that extend this base may now weaken it', '继承此基线的店铺可以放宽它')], { default: false }),
  scalar(undefined, 'generic/severity', '**/severity', t('{parent} severity', '{parent} 级别'), 'tightens',
    [t('its findings weigh more', '其问题级别提高'), t('its findings weigh less', '其问题级别降低')], { order: ['off', 'info', 'warning', 'error'] }),
];

/** The fallback for a field no table knows: reported, never guessed. */
export const fallbackSemantics: FieldSemantics = {
  id: 'generic',
  path: '**',
  label: t('{path}', '{path}'),
  why: { neutral: t('no known direction for this field: review it', '该字段没有已知的松紧方向：请人工确认') },
};

/** Whole documents of kinds without their own entry. */
export const fallbackDocument: FieldSemantics = {
  id: 'generic-document',
  path: '',
  label: t('{kind} {name}', '{kind} {name}'),
  why: { neutral: t('review the whole document', '请整体审阅该文档') },
};

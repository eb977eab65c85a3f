import type { CompliancePolicy, PolicyDocument } from '@storepolicy/schema';
import { mergeCompliance } from '../../listing/effective-policy.js';
import { defineRule } from '../../rule.js';
import { weakenings } from './_law-comparisons.js';

const text = (en: string, zh: string) => ({ en, zh });
const keepLaw = text(
  'Remove this override: the base rule comes from the law, so a store may add to it but never weaken it. Put store-specific terms in a term set with a new id.',
  '删除这处覆盖：基线规则来自法律，店铺只能增加不能放宽。店铺自己的用词请放进新 id 的词集。',
);

/**
 * SPEC section 4: a store policy may not remove or weaken a base rule that is
 * marked `law: true`. The merge itself (src/listing/effective-policy.ts) lets
 * a store override anything; this rule is what makes overriding the law an
 * error, reported at the store's line with the base's line as `related`.
 */
export const loosensLaw = defineRule({
  meta: {
    code: 'compliance/loosens-law',
    severity: 'error',
    law: true,
    summary: text(
      'A store CompliancePolicy re-declares, removes or weakens a rule its base marks `law: true` (id reuse, allow entries over law terms, class narrowing, lower severity).',
      '店铺合规策略重新声明、删除或放宽了基线中标记为 `law: true` 的规则（重用 id、放行词覆盖法律禁用词、缩小适用类别、降低级别）。',
    ),
    messages: {
      unmarked: { message: text('"{id}" is law in the base; a store cannot set `law: false` on it.', '"{id}" 在基线中是法律规则，店铺不能改为 `law: false`。'), hint: keepLaw },
      disabled: { message: text('"{id}" is law in the base ({source}); a store cannot switch it off.', '"{id}" 是基线中的法律规则（{source}），店铺不能关闭。'), hint: keepLaw },
      severityLowered: { message: text('"{id}" is law ({source}): its severity cannot go from {from} down to {to}.', '"{id}" 是法律规则（{source}），严重级别不能从 {from} 降为 {to}。'), hint: keepLaw },
      flagOff: { message: text('"{id}" is law ({source}): `{flag}: false` switches part of it off.', '"{id}" 是法律规则（{source}）：`{flag}: false` 关闭了其中一部分。'), hint: keepLaw },
      numberLoosened: { message: text('"{id}" is law ({source}): {field} {from} -> {to} loosens it.', '"{id}" 是法律规则（{source}）：{field} 从 {from} 改为 {to} 放宽了要求。'), hint: keepLaw },
      termRemoved: {
        message: text('This `terms` list replaces the base set "{id}" and drops {count} law terms: {terms} ({source}).', '这份 `terms` 会替换基线词集 "{id}"，删掉了 {count} 个法律禁用词：{terms}（{source}）。'),
        hint: text('Do not repeat a base set to add terms: create a set with a new id for the store\'s own terms.', '不要通过重写基线词集来加词：为店铺自己的用词新建一个 id 不同的词集。'),
      },
      allowCoversTerm: {
        message: text(
          'Allow-listing "{compound}" in "{id}" lets the law term "{term}" through wherever "{compound}" covers it ({source}).',
          '在 "{id}" 中把 "{compound}" 列为允许词，会让法律禁用词 "{term}" 在被它覆盖的地方失效（{source}）。',
        ),
        hint: text(
          'A store cannot allow-list anything that equals, contains or sits inside a law term; the baseline\'s own compounds (第一次, 第一时间) are the law\'s to decide. Ask for a waiver of the one listing instead.',
          '店铺不能放行等于、包含或包含于法律禁用词的词组；基线自带的组合词（第一次、第一时间）由法规基线决定。如确属误报，请为该商品申请豁免。',
        ),
      },
      idReused: {
        message: text(
          'The store re-declares the law rule "{id}" ({source}): a store entry with a law id overrides the law field by field, so it is refused whatever it changes.',
          '店铺重新声明了法律规则 "{id}"（{source}）：与法律规则同 id 的店铺条目会逐字段覆盖法律，因此无论改了什么都不允许。',
        ),
        hint: text(
          'Give the store\'s entry a new id (e.g. "{id}-store"): it is then checked next to the law, which stays as the baseline says.',
          '为店铺条目换一个新 id（如 "{id}-store"）：它会与法律规则并列检查，法律规则保持基线原样。',
        ),
      },
      classDropped: { message: text('"{id}" is law ({source}): it can no longer leave out {legalClass}.', '"{id}" 是法律规则（{source}）：不能去掉 {legalClass}。'), hint: keepLaw },
      classesNarrowed: { message: text('"{id}" is law for every legal class ({source}); limiting it to {classes} loosens it.', '"{id}" 是适用于所有品类的法律规则（{source}）；限定为 {classes} 放宽了要求。'), hint: keepLaw },
      checkChanged: { message: text('"{id}" is law ({source}): moving it from {from} to {to} changes what it enforces.', '"{id}" 是法律规则（{source}）：从 {from} 改为 {to} 会改变它的检查内容。'), hint: keepLaw },
      classExempted: { message: text('"{id}" is law ({source}): exempting {legalClass} from it loosens the law.', '"{id}" 是法律规则（{source}）：豁免 {legalClass} 放宽了法律要求。'), hint: keepLaw },
      typeAdded: { message: text('"{id}" is law ({source}): accepting licence type {type} instead loosens it.', '"{id}" 是法律规则（{source}）：改为接受 {type} 类型资质放宽了要求。'), hint: keepLaw },
      statementChanged: { message: text('"{id}" is law ({source}): the statement must read "{from}", not "{to}".', '"{id}" 是法律规则（{source}）：声明必须为 "{from}"，不能改为 "{to}"。'), hint: keepLaw },
      lawHere: { message: text('the law rule "{id}" is defined here', '法律规则 "{id}" 在此定义') },
      termHere: { message: text('the law term "{term}" is defined here', '法律禁用词 "{term}" 在此定义') },
    },
  },
  check(bundle, context) {
    const store = bundle.compliance;
    const base = bundle.complianceBase;
    if (!store || !base) return;
    const merged = mergeCompliance(store, base);
    const entries = [
      ...merged.termSets,
      ...merged.statements,
      ...merged.qualifications,
      ...Object.entries(merged.single).map(([key, entry]) => ({ ...entry, key })),
    ];
    for (const entry of entries) {
      if (!entry.base || !entry.store || (entry.base.value as { law?: boolean }).law !== true) continue;
      const baseValue = entry.base.value as Record<string, unknown>;
      const id = typeof baseValue.id === 'string' ? baseValue.id : ('key' in entry ? String(entry.key) : '');
      const source = typeof baseValue.source === 'string' ? baseValue.source : id;
      // A list entry (term set, statement, qualification) with a law id: refused as such (SPEC section 9),
      // then each way it weakens the law, so the manager sees what the override would have done.
      if ('id' in baseValue) {
        context.report({
          doc: store as PolicyDocument<CompliancePolicy>,
          pointer: `${entry.store.origin.pointer}/id`,
          messageId: 'idReused',
          params: { id, source },
          related: [{ doc: base, pointer: entry.base.origin.pointer, messageId: 'lawHere', params: { id } }],
        });
      }
      for (const w of weakenings(baseValue, entry.store.value as Record<string, unknown>)) {
        context.report({
          doc: store as PolicyDocument<CompliancePolicy>,
          pointer: `${entry.store.origin.pointer}${w.field}`,
          messageId: w.messageId,
          params: { id, source, ...w.params },
          related: (w.related ?? [{ baseField: w.baseField, messageId: 'lawHere', params: {} }]).map((r) => ({
            doc: base,
            pointer: `${entry.base!.origin.pointer}${r.baseField}`,
            messageId: r.messageId,
            params: { id, ...r.params },
          })),
        });
      }
    }
  },
});

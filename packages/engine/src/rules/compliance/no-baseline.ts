import type { PolicyDocument } from '@storepolicy/schema';
import { resolveExtends } from '../../bundle.js';
import type { StoreBundle } from '../../model.js';
import { defineRule, type FindingInput } from '../../rule.js';
import { baselineGaps } from './_baseline-gaps.js';

const text = (en: string, zh: string) => ({ en, zh });
const extendTheLaw = text(
  'Add `extends: ../_base/cn-regulations.yaml` (relative to this file) and ship `policies/_base/` with the store folder.',
  '添加 `extends: ../_base/cn-regulations.yaml`（相对本文件），并随店铺目录一起提供 `policies/_base/`。',
);

/**
 * SPEC section 9: the law baseline is mandatory. Every store has a
 * CompliancePolicy that `extends` a `_base` CompliancePolicy carrying at
 * least the shipped law (rules/compliance/_law-floor.ts). Without it every
 * banned term, claim rule and licence requirement of the law silently stops
 * applying, and `check listing` would pass what the law forbids, so each way
 * of losing the baseline is an error (and `check listing` refuses to run).
 */
export const noBaseline = defineRule({
  meta: {
    code: 'compliance/no-baseline',
    severity: 'error',
    law: true,
    summary: text(
      'A store has no law baseline: no CompliancePolicy, no `extends`, an `extends` that does not resolve to a `_base` CompliancePolicy, or a baseline lacking law the shipped one has.',
      '店铺缺少法律基线：没有合规策略、没有 `extends`、`extends` 未指向 `_base` 的合规策略，或基线缺少官方基线中的法律规则。',
    ),
    messages: {
      noPolicy: {
        message: text(
          'Store "{store}" has no CompliancePolicy: no law (广告法, 食品安全法, 价格欺诈规定...) would be checked in its listings.',
          '店铺 "{store}" 没有合规策略（CompliancePolicy）：其商品将不会按任何法律（广告法、食品安全法、价格欺诈规定等）检查。',
        ),
        hint: text(
          'Add {dir}/compliance.yaml (kind: CompliancePolicy) with `extends: ../_base/cn-regulations.yaml`.',
          '添加 {dir}/compliance.yaml（kind: CompliancePolicy），写明 `extends: ../_base/cn-regulations.yaml`。',
        ),
      },
      noExtends: {
        message: text(
          'This CompliancePolicy extends no law baseline: only the store\'s own words would be checked, none of the law\'s.',
          '该合规策略没有继承法律基线：只会检查店铺自己的用词，不会检查任何法律规则。',
        ),
        hint: extendTheLaw,
      },
      unresolved: {
        message: text(
          'extends "{target}" ({resolved}) is not loaded: the law baseline is missing, so its rules would not apply.',
          'extends "{target}"（{resolved}）未能加载：法律基线缺失，其规则将不会生效。',
        ),
        hint: text(
          'Write the path relative to this file (e.g. ../_base/cn-regulations.yaml) and ship policies/_base/ wherever the store folder goes (a worker given only the store folder cannot check the law).',
          '请写相对本文件的路径（如 ../_base/cn-regulations.yaml），并在任何使用店铺目录的地方一并提供 policies/_base/（只拿到店铺目录的工作节点无法检查法律）。',
        ),
      },
      notBaseline: {
        message: text(
          'extends "{target}" names a {kind} of store "{store}", not a CompliancePolicy of store _base: it is not the law baseline.',
          'extends "{target}" 指向的是店铺 "{store}" 的 {kind}，而不是 _base 的合规策略：它不是法律基线。',
        ),
        hint: extendTheLaw,
      },
      incomplete: {
        message: text(
          'The baseline "{target}" lacks or weakens {count, plural, one {# law rule} other {# law rules}} of the shipped baseline: {gaps}.',
          '基线 "{target}" 缺少或放宽了官方基线中的 {count} 条法律规则：{gaps}。',
        ),
        hint: text(
          'Extend the shipped policies/_base/cn-regulations.yaml; a baseline may add law, never leave any out.',
          '请继承官方的 policies/_base/cn-regulations.yaml；基线只能增加法律规则，不能遗漏。',
        ),
      },
      gapHere: { message: text('the law rule "{rule}" falls short here ({detail})', '法律规则 "{rule}" 在此不完整（{detail}）') },
      found: { message: text('this is what "{target}" names', '"{target}" 指向的是此处') },
    },
  },
  check(bundle, context) {
    const problem = baselineProblem(bundle);
    if (problem) context.report(problem);
  },
});

/**
 * The one `compliance/no-baseline` finding of a store, or undefined when its
 * baseline is in place. Shared by the rule and by `check listing`, which
 * refuses to run without a baseline.
 */
export function baselineProblem(bundle: StoreBundle): FindingInput | undefined {
  const compliance = bundle.compliance;
  if (!compliance) {
    // the schema finding says what to fix; without a Store document ref/unresolved speaks
    if (bundle.invalidKinds.has('CompliancePolicy') || !bundle.store) return undefined;
    const dir = bundle.store.file.includes('/') ? bundle.store.file.slice(0, bundle.store.file.lastIndexOf('/')) : '.';
    return { doc: bundle.store, pointer: '/metadata/store', messageId: 'noPolicy', params: { store: bundle.id, dir } };
  }
  const target = (compliance.value.spec as { extends?: unknown } | undefined)?.extends;
  if (typeof target !== 'string') return { doc: compliance, pointer: '/spec', atKey: true, messageId: 'noExtends' };
  const base = bundle.complianceBase;
  if (!base) {
    const other = bundle.complianceExtendsOther;
    if (other) {
      const store = (other.value as { metadata?: { store?: unknown } }).metadata?.store;
      return {
        doc: compliance,
        pointer: '/spec/extends',
        messageId: 'notBaseline',
        params: { target, kind: other.kind ?? 'document', store: typeof store === 'string' ? store : '?' },
        related: [{ doc: other, pointer: '/metadata/store', messageId: 'found', params: { target } }],
      };
    }
    return { doc: compliance, pointer: '/spec/extends', messageId: 'unresolved', params: { target, resolved: resolveExtends(compliance.file, target) } };
  }
  const gaps = baselineGaps(base);
  if (gaps.length === 0) return undefined;
  return {
    doc: compliance,
    pointer: '/spec/extends',
    messageId: 'incomplete',
    params: { target, count: new Set(gaps.map((g) => g.rule)).size, gaps: gaps.map((g) => `${g.rule} (${g.detail})`).join('; ') },
    related: gaps.map((g) => ({ doc: base as PolicyDocument, pointer: g.pointer, messageId: 'gapHere', params: { rule: g.rule, detail: g.detail } })),
  };
}


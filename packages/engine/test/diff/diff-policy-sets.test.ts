import { loadYaml, type PolicyDocument } from '@storepolicy/schema';
import { describe, expect, it } from 'vitest';
import { describeChange, diffPolicySets, type PolicyChange } from '../../src/diff/index.js';

function docs(files: Record<string, string>): PolicyDocument[] {
  return Object.entries(files).flatMap(([file, text]) => {
    const loaded = loadYaml(file, text);
    if (loaded.diagnostics.length > 0) throw new Error(JSON.stringify(loaded.diagnostics));
    return loaded.documents;
  });
}

const envelope = (kind: string, name: string, store = 'demo') =>
  `apiVersion: storepolicy/v1\nkind: ${kind}\nmetadata:\n  store: ${store}\n  name: ${name}\n`;

const tiers = (svip: number, order = ['vip', 'svip']) =>
  envelope('MemberTiers', 'member-tiers') +
  'spec:\n  metric: spend\n  tiers:\n' +
  order
    .map((id) =>
      id === 'vip'
        ? '    - id: vip\n      qualify: {spend: 1000}\n      benefits:\n        price_percent: 95\n'
        : `    - id: svip\n      qualify: {spend: 5000}\n      benefits:\n        price_percent: ${svip}\n`,
    )
    .join('');

const afterSales = (days: number) =>
  envelope('AfterSalesPolicy', 'after-sales') + `spec:\n  no_reason_returns:\n    days: ${days}\n  refund_within_days: 7\n`;

const compliance = (terms: string[], extra = '') =>
  envelope('CompliancePolicy', 'compliance') +
  `spec:\n  term_sets:\n    - id: ad-law-absolute\n      check: banned-term\n${extra}      terms: [${terms.join(', ')}]\n`;

const promotionPolicy = (depth: number) =>
  envelope('PromotionPolicy', 'promotion-policy') + `spec:\n  limits:\n    max_depth: ${depth}\n    lead_time_hours: 72\n`;

function describeAll(changes: PolicyChange[], lang: 'en' | 'zh' = 'en') {
  return changes.map((c) => {
    const { message, why } = describeChange(c, lang);
    return { type: c.type, class: c.class, message, why, side: c.location.side, file: c.location.file, line: c.location.line, column: c.location.column };
  });
}

describe('diffPolicySets', () => {
  it('finds nothing when both sides are the same', () => {
    const files = { 'p/demo/member-tiers.yaml': tiers(90), 'p/demo/after-sales.yaml': afterSales(7) };
    expect(diffPolicySets(docs(files), docs(files))).toEqual([]);
  });

  it('classes a deeper member discount as loosening the price floor, located on the head side', () => {
    const changes = diffPolicySets(docs({ 'p/demo/member-tiers.yaml': tiers(90) }), docs({ 'p/demo/member-tiers.yaml': tiers(85) }));
    expect(describeAll(changes)).toEqual([
      {
        type: 'value-changed',
        class: 'loosens',
        message: 'svip pays 85% instead of 90%',
        why: 'deeper member discount (loosens the price floor by 5 points)',
        side: 'head',
        file: 'p/demo/member-tiers.yaml',
        line: 16,
        column: 24,
      },
    ]);
    expect(changes[0]).toMatchObject({ pointer: '/spec/tiers/1/benefits/price_percent', path: 'tiers[svip].benefits.price_percent', before: 90, after: 85 });
    expect(describeChange(changes[0]!, 'zh')).toEqual({ message: 'svip 支付 85%（原为 90%）', why: '会员折扣加深（价格底线放宽 5 个百分点）' });
  });

  it('classes a shallower discount as tightening', () => {
    const [change] = diffPolicySets(docs({ 'a.yaml': tiers(85) }), docs({ 'a.yaml': tiers(90) }));
    expect(change?.class).toBe('tightens');
  });

  it('pairs list items by id: a reordering is one neutral change, not every field', () => {
    const changes = diffPolicySets(docs({ 'a.yaml': tiers(90) }), docs({ 'a.yaml': tiers(90, ['svip', 'vip']) }));
    expect(describeAll(changes).map(({ type, class: cls, message }) => ({ type, class: cls, message }))).toEqual([
      { type: 'reordered', class: 'neutral', message: 'member tiers reordered: [vip, svip] -> [svip, vip]' },
    ]);
  });

  it('classes a longer return window as tightening the store obligations', () => {
    const changes = diffPolicySets(docs({ 'a.yaml': afterSales(7) }), docs({ 'a.yaml': afterSales(15) }));
    expect(describeAll(changes)).toMatchObject([
      {
        class: 'tightens',
        message: 'no-reason return window 7 -> 15 days',
        why: "more generous to buyers (tightens the store's obligations)",
        line: 8,
        column: 11,
      },
    ]);
    expect(describeAll(changes, 'zh')[0]).toMatchObject({ message: '七天无理由退货期 7 -> 15 天', why: '对买家更宽厚（店铺义务收紧）' });
  });

  it('reports a removed banned term as loosening, located on the base side', () => {
    const changes = diffPolicySets(docs({ 'c.yaml': compliance(['最佳', '第一']) }), docs({ 'c.yaml': compliance(['第一']) }));
    expect(describeAll(changes)).toEqual([
      {
        type: 'item-removed',
        class: 'loosens',
        message: 'banned term 最佳 removed from set ad-law-absolute',
        why: 'listings may use it again',
        side: 'base',
        file: 'c.yaml',
        line: 10,
        column: 15,
      },
    ]);
  });

  it('marks a change inside a rule marked law: true with the law it cites', () => {
    const law = '      law: true\n      source: 广告法 第九条第三项\n';
    const changes = diffPolicySets(docs({ 'c.yaml': compliance(['最佳', '第一'], law) }), docs({ 'c.yaml': compliance(['第一'], law) }));
    expect(changes.map((c) => [c.class, c.law])).toEqual([['loosens', { source: '广告法 第九条第三项' }]]);
    const plain = diffPolicySets(docs({ 'c.yaml': compliance(['最佳']) }), docs({ 'c.yaml': compliance([]) }));
    expect(plain[0]?.law).toBeUndefined();
  });

  it('reports an added banned term as tightening', () => {
    const changes = diffPolicySets(docs({ 'c.yaml': compliance(['第一']) }), docs({ 'c.yaml': compliance(['第一', '顶级']) }));
    expect(describeAll(changes)).toMatchObject([{ type: 'item-added', class: 'tightens', message: 'banned term 顶级 added to set ad-law-absolute', side: 'head', line: 10, column: 19 }]);
  });

  it('reads a newly written `enabled: false` against its default of true: the check is switched off', () => {
    const changes = diffPolicySets(
      docs({ 'c.yaml': compliance(['第一']) }),
      docs({ 'c.yaml': compliance(['第一'], '      enabled: false\n') }),
    );
    expect(describeAll(changes)).toMatchObject([
      { type: 'value-added', class: 'loosens', message: 'term_sets[ad-law-absolute] enabled set to false', why: 'the check is switched off' },
    ]);
  });

  it('classes a deeper allowed cut as loosening', () => {
    const changes = diffPolicySets(docs({ 'p.yaml': promotionPolicy(50) }), docs({ 'p.yaml': promotionPolicy(60) }));
    expect(describeAll(changes)).toMatchObject([
      { class: 'loosens', message: 'max_depth 50 -> 60%', why: 'promotions may cut deeper (10 points)', line: 8, column: 16 },
    ]);
  });

  it('compares clock times: a later cut-off ships more orders the same day', () => {
    const packing = (cutoff: string) => envelope('PackingStandard', 'packing') + `spec:\n  dispatch:\n    cutoff: "${cutoff}"\n    ship_within_hours: 48\n`;
    const changes = diffPolicySets(docs({ 'k.yaml': packing('16:00') }), docs({ 'k.yaml': packing('17:30') }));
    expect(changes.map((c) => [c.class, describeChange(c, 'en').message])).toEqual([['tightens', 'same-day dispatch cut-off 16:00 -> 17:30']]);
  });

  it('pairs lists of objects by a key such as `kind`: dropping a forbidden insert loosens', () => {
    const packing = (forbidden: string[]) =>
      envelope('PackingStandard', 'packing') + `spec:\n  inserts:\n    forbidden:\n${forbidden.map((k) => `      - kind: ${k}\n`).join('')}`;
    const changes = diffPolicySets(
      docs({ 'k.yaml': packing(['review_cashback_card', 'off_platform_contact_card']) }),
      docs({ 'k.yaml': packing(['off_platform_contact_card']) }),
    );
    expect(describeAll(changes)).toMatchObject([
      { type: 'item-removed', class: 'loosens', message: 'review_cashback_card removed from forbidden inserts', side: 'base', line: 9, column: 9 },
    ]);
  });

  it('reports a field without a known direction as neutral, never guessed', () => {
    const store = (tz: string) => envelope('Store', 'store') + `spec:\n  timezone: ${tz}\n`;
    const changes = diffPolicySets(docs({ 's.yaml': store('Asia/Shanghai') }), docs({ 's.yaml': store('Asia/Urumqi') }));
    expect(describeAll(changes)).toMatchObject([
      { class: 'neutral', message: 'timezone Asia/Shanghai -> Asia/Urumqi', why: 'no known direction for this field: review it' },
    ]);
  });

  it('reports added and removed documents with the direction of their kind', () => {
    const waiver = envelope('Waiver', 'sale-depth') + 'spec:\n  rule: promotion/depth\n';
    const changes = diffPolicySets(
      docs({ 'p/demo/compliance.yaml': compliance(['第一']) }),
      docs({ 'p/demo/waivers/sale-depth.yaml': waiver }),
    );
    expect(describeAll(changes).map(({ type, class: cls, message, side, file, line }) => ({ type, class: cls, message, side, file, line }))).toEqual([
      { type: 'document-removed', class: 'loosens', message: 'compliance policy compliance removed (p/demo/compliance.yaml)', side: 'base', file: 'p/demo/compliance.yaml', line: 1 },
      { type: 'document-added', class: 'loosens', message: 'waiver sale-depth added (p/demo/waivers/sale-depth.yaml)', side: 'head', file: 'p/demo/waivers/sale-depth.yaml', line: 1 },
    ]);
  });

  it('reports a moved file as a rename, with its field changes', () => {
    const changes = diffPolicySets(docs({ 'p/demo/tiers.yaml': tiers(90) }), docs({ 'p/demo/member-tiers.yaml': tiers(85) }));
    expect(changes.map((c) => [c.type, c.class, describeChange(c, 'en').message])).toEqual([
      ['document-renamed', 'neutral', 'member tiers member-tiers moved: p/demo/tiers.yaml -> p/demo/member-tiers.yaml'],
      ['value-changed', 'loosens', 'svip pays 85% instead of 90%'],
    ]);
  });

  it('pairs a document whose name changed inside a file git saw renamed', () => {
    const before = docs({ 'p/demo/old.yaml': envelope('Waiver', 'old-name') + 'spec:\n  rule: promotion/depth\n' });
    const after = docs({ 'p/demo/new.yaml': envelope('Waiver', 'new-name') + 'spec:\n  rule: promotion/depth\n' });
    expect(diffPolicySets(before, after).map((c) => c.type)).toEqual(['document-added', 'document-removed']);
    const changes = diffPolicySets(before, after, { renames: new Map([['p/demo/old.yaml', 'p/demo/new.yaml']]) });
    expect(changes.map((c) => [c.type, c.class])).toEqual([
      ['document-renamed', 'neutral'],
      ['value-changed', 'neutral'],
    ]);
  });

  it('leaves out documents without an envelope', () => {
    expect(diffPolicySets(docs({ 'x.yaml': 'just: data\n' }), [])).toEqual([]);
  });
});

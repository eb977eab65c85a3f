export interface PackingParts {
  dispatch?: string;
  allowed?: string;
  excessive?: string;
  categories?: string[];
}

/**
 * A PackingStandard with fixed positions: dispatch line 5, allowed inserts
 * line 8, excessive_packaging line 10, `categories:` line 12 and category
 * rule i on line 13 + i.
 */
export function packingYaml(parts: PackingParts = {}): string {
  const categories = parts.categories ?? [];
  return [
    'apiVersion: storepolicy/v1',
    'kind: PackingStandard',
    'metadata: {store: s, name: packing}',
    'spec:',
    `  dispatch: ${parts.dispatch ?? '{cutoff: "16:00", ship_within_hours: 24}'}`,
    '  qa_checks: [sku_matches_order, no_damage]',
    '  inserts:',
    `    allowed: ${parts.allowed ?? '[{kind: thank_you_card}]'}`,
    '    forbidden: [{kind: review_cashback_card}]',
    `  excessive_packaging: ${parts.excessive ?? '{}'}`,
    '  # categories follow',
    categories.length === 0 ? '  categories: []' : '  categories:',
    ...categories.map((c) => `    - ${c}`),
    '',
  ].join('\n');
}

/** Store categories: index i on line 10 + i. */
export function storeYaml(timezone = 'Asia/Shanghai'): string {
  return [
    'apiVersion: storepolicy/v1',
    'kind: Store',
    'metadata: {store: s, name: store}',
    'spec:',
    '  id: s',
    '  display_name: {zh: 测试店}',
    '  platform: tmall',
    `  timezone: ${timezone}`,
    '  categories:',
    '    - {id: rice, name: {zh: x}, legal_class: food, packaging_group: grain}',
    '    - {id: mooncak, name: {zh: x}, legal_class: food, packaging_group: mooncake}',
    '    - {id: nuts, name: {zh: x}, legal_class: food}',
    '    - {id: cream, name: {zh: x}, legal_class: cosmetics}',
    '    - {id: dresses, name: {zh: x}, legal_class: apparel}',
    '    - {id: giftbox, name: {zh: x}, legal_class: food, fragile: true}',
    '    - {id: vase, name: {zh: x}, legal_class: general, fragile: true}',
    '',
  ].join('\n');
}

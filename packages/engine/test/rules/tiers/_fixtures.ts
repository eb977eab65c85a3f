/** A MemberTiers document whose tiers are one flow-style line each (tier i is on line 8 + i). */
export function tiersYaml(metric: string, tiers: string[], extra = ''): string {
  return [
    'apiVersion: storepolicy/v1',
    'kind: MemberTiers',
    'metadata: {store: s, name: member-tiers}',
    'spec:',
    `  metric: ${metric}`,
    '  evaluation_window_days: 365',
    ...(extra ? [extra] : []),
    '  tiers:',
    ...tiers.map((t) => `    - ${t}`),
    '',
  ].join('\n');
}

export function storeYaml(aov: number): string {
  return [
    'apiVersion: storepolicy/v1',
    'kind: Store',
    'metadata: {store: s, name: store}',
    'spec:',
    '  id: s',
    '  display_name: {zh: 测试店}',
    '  platform: taobao',
    '  categories:',
    '    - {id: dresses, name: {zh: 连衣裙}, legal_class: apparel}',
    '  metrics:',
    `    average_order_value: ${aov}`,
    '',
  ].join('\n');
}

export interface AfterSalesParts {
  days?: number;
  statutory?: string;
  confirmed?: string;
  refundDays?: number;
  byReason?: string;
  tierBenefits?: string;
}

/**
 * An AfterSalesPolicy with every line always present, so positions are fixed:
 * days line 6, statutory line 7, confirmed line 8, refund line 9,
 * by_reason line 11, tier_benefits line 12.
 */
export function afterSalesYaml(parts: AfterSalesParts = {}): string {
  return [
    'apiVersion: storepolicy/v1',
    'kind: AfterSalesPolicy',
    'metadata: {store: s, name: after-sales}',
    'spec:',
    '  no_reason_returns:',
    `    days: ${parts.days ?? 7}`,
    `    statutory_exemptions: ${parts.statutory ?? '[]'}`,
    `    buyer_confirmed_exemptions: ${parts.confirmed ?? '[]'}`,
    `  refund_within_days: ${parts.refundDays ?? 3}`,
    '  return_shipping:',
    `    by_reason: ${parts.byReason ?? '{quality: seller, no_reason: buyer}'}`,
    `    tier_benefits: ${parts.tierBenefits ?? '[]'}`,
    '  service_levels: {first_response_minutes: 3, refund_processing_hours: 24}',
    '',
  ].join('\n');
}

/** A Store with categories on lines 9-13 (index i on line 9 + i), legal_class value at column 50. */
export const storeYaml = [
  'apiVersion: storepolicy/v1',
  'kind: Store',
  'metadata: {store: s, name: store}',
  'spec:',
  '  id: s',
  '  display_name: {zh: 测试店}',
  '  platform: taobao',
  '  categories:',
  '    - {id: dresses, name: {zh: x}, legal_class: apparel}',
  '    - {id: tailor1, name: {zh: x}, legal_class: custom_made}',
  '    - {id: seafood, name: {zh: x}, legal_class: fresh}',
  '    - {id: mooncak, name: {zh: x}, legal_class: food}',
  '    - {id: supplem, name: {zh: x}, legal_class: health_food}',
  '',
].join('\n');

/** Tier i on line 8 + i; tiers named in `freeReturn` promise free return shipping. */
export function tiersYaml(ids: string[], freeReturn: string[] = []): string {
  return [
    'apiVersion: storepolicy/v1',
    'kind: MemberTiers',
    'metadata: {store: s, name: member-tiers}',
    'spec:',
    '  metric: spend',
    '  evaluation_window_days: 365',
    '  tiers:',
    ...ids.map((id, i) => `    - {id: ${id}, name: {zh: ${id}}, qualify: {spend: ${i * 1000}}, benefits: {price_percent: 100${freeReturn.includes(id) ? ', free_return_shipping: true' : ''}}}`),
    '',
  ].join('\n');
}

/** Small, schema-shaped policy documents for diff tests. */
const envelope = (kind: string, name: string, store = 'demo') =>
  `apiVersion: storepolicy/v1\nkind: ${kind}\nmetadata:\n  store: ${store}\n  name: ${name}\n`;

export function memberTiers(svipPercent: number): string {
  return (
    envelope('MemberTiers', 'member-tiers') +
    `spec:
  metric: spend
  evaluation_window_days: 365
  tiers:
    - id: vip
      name: {zh: 会员, en: Member}
      qualify: {spend: 1000}
      benefits:
        price_percent: 95
    - id: svip
      name: {zh: 超级会员, en: Super member}
      qualify: {spend: 5000}
      benefits:
        price_percent: ${svipPercent}
        free_shipping: true
`
  );
}

export function afterSales(days: number): string {
  return envelope('AfterSalesPolicy', 'after-sales') + `spec:
  no_reason_returns:
    days: ${days}
  refund_within_days: 7
  return_shipping:
    by_reason: {quality: seller, no_reason: buyer}
  service_levels: {first_response_minutes: 30, refund_processing_hours: 24}
`;
}

export function compliance(terms: string[]): string {
  return (
    envelope('CompliancePolicy', 'compliance') +
    `spec:
  term_sets:
    - id: ad-law-absolute
      check: banned-term
      source: 广告法 第九条第三项
      law: true
      severity: error
      terms: [${terms.join(', ')}]
`
  );
}

export function waiver(name: string): string {
  return envelope('Waiver', name) + `spec:\n  rule: promotion/depth\n  target: {promotion: double11}\n  reason: launch week\n  approved_by: ops@example.com\n  expires: "2026-12-31"\n`;
}

import type { Diagnostic } from '@storepolicy/schema';

/** A Waiver document; `spec` lines are given as written (two-space indented under spec). */
export function waiverYaml(name: string, specLines: string[], store = 's'): string {
  return ['apiVersion: storepolicy/v1', 'kind: Waiver', `metadata: {store: ${store}, name: ${name}}`, 'spec:', ...specLines.map((l) => `  ${l}`), ''].join('\n');
}

/** The usual waiver: rule, target, reason, approver and an expiry (spec lines 5-9). */
export function waiver(name: string, rule: string, target: string, expires: string | undefined, store = 's'): string {
  return waiverYaml(
    name,
    [
      `rule: ${rule}`,
      `target: ${target}`,
      'reason: {zh: 清仓, en: clearance of last season}',
      'approved_by: li.na@example.com',
      ...(expires === undefined ? [] : [`expires: ${expires}`]),
    ],
    store,
  );
}

/** A finding as another layer would have produced it. */
export function finding(code: string, file: string, pointer: string, params: Diagnostic['params'] = {}): Diagnostic {
  return { code, severity: 'error', messageId: `${code}.x`, params, file, pointer, related: [], docs: `docs/rules/${code}.md`, line: 1, column: 1, endLine: 1, endColumn: 2 };
}

export function storeYaml(store: string, timezone?: string): string {
  return [
    'apiVersion: storepolicy/v1',
    'kind: Store',
    `metadata: {store: ${store}, name: store}`,
    'spec:',
    `  id: ${store}`,
    '  display_name: {zh: 测试店}',
    '  platform: taobao',
    ...(timezone ? [`  timezone: ${timezone}`] : []),
    '  categories:',
    '    - {id: dresses, name: {zh: 连衣裙}, legal_class: apparel}',
    '',
  ].join('\n');
}

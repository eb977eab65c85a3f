import { interpolate, type Lang, type MessageCatalog, type Text } from '@storepolicy/schema';
import { allSemantics } from './semantics/index.js';
import { t } from './semantics/text.js';
import type { ChangeClass, ChangeType, FieldSemantics, PolicyChange } from './types.js';

/** Summary templates per change type; `{label}` and `{unit}` come from the field's entry. */
const TEMPLATES: Record<ChangeType, Text> = {
  'value-changed': t('{label} {before} -> {after}{unit}', '{label} {before} -> {after}{unit}'),
  'value-added': t('{label} set to {after}{unit}', '{label} 设为 {after}{unit}'),
  'value-removed': t('{label} removed (was {before}{unit})', '{label} 已删除（原为 {before}{unit}）'),
  'item-added': t('{value} added to {label}', '{label} 新增 {value}'),
  'item-removed': t('{value} removed from {label}', '{label} 删除 {value}'),
  reordered: t('{label} reordered: {before} -> {after}', '{label} 顺序调整：{before} -> {after}'),
  'document-added': t('{label} added ({file})', '新增 {label}（{file}）'),
  'document-removed': t('{label} removed ({file})', '删除 {label}（{file}）'),
  'document-renamed': t('{label} moved: {from} -> {to}', '{label} 已移动：{from} -> {to}'),
};

const DEFAULT_WHY: Record<ChangeClass, Text> = {
  tightens: t('tightens', '收紧'),
  loosens: t('loosens', '放宽'),
  neutral: t('no known direction for this field: review it', '该字段没有已知的松紧方向：请人工确认'),
};

const REORDER_WHY = t('same entries, new order', '条目相同，顺序不同');
const RENAME_WHY = t('same document at a new place', '同一文档换了位置');

export function messageIdFor(entry: FieldSemantics, type: ChangeType): string {
  return `diff/${entry.id}.${type}`;
}

export function whyIdFor(entry: FieldSemantics, type: ChangeType, cls: ChangeClass): string {
  if (cls === 'neutral' && type === 'reordered') return 'diff/reordered.why';
  if (cls === 'neutral' && type === 'document-renamed') return 'diff/renamed.why';
  return `diff/${entry.id}.why.${cls}`;
}

let catalog: MessageCatalog | undefined;

/** Every diff message (`diff/<entry>.<type>` and `diff/<entry>.why.<class>`), both languages. */
export function diffMessages(): MessageCatalog {
  if (catalog) return catalog;
  const built: MessageCatalog = {
    'diff/reordered.why': { message: REORDER_WHY },
    'diff/renamed.why': { message: RENAME_WHY },
  };
  for (const entry of allSemantics) {
    for (const type of Object.keys(TEMPLATES) as ChangeType[]) {
      const template = entry.messages?.[type] ?? TEMPLATES[type];
      built[messageIdFor(entry, type)] = { message: { en: fill(template.en, entry, 'en'), zh: fill(template.zh, entry, 'zh') } };
    }
    for (const cls of ['tightens', 'loosens', 'neutral'] as const) {
      built[whyIdFor(entry, 'value-changed', cls)] = { message: entry.why?.[cls] ?? DEFAULT_WHY[cls] };
    }
  }
  catalog = built;
  return built;
}

function fill(template: string, entry: FieldSemantics, lang: Lang): string {
  return template.replace('{label}', entry.label[lang]).replace('{unit}', entry.unit?.[lang] ?? '');
}

/** A change in words: what changed, and why it tightens or loosens. */
export function describeChange(change: PolicyChange, lang: Lang): { message: string; why: string } {
  const messages = diffMessages();
  const render = (id: string) => {
    const entry = messages[id];
    return entry ? interpolate(entry.message[lang], change.params).replace(/\s+/g, ' ').trim() : id;
  };
  return { message: render(change.messageId), why: render(change.whyId) };
}

import type { Text } from '@storepolicy/schema';
import type { ChangeClass, FieldSemantics } from '../types.js';

/** Bilingual text, English first. */
export function t(en: string, zh: string): Text {
  return { en, zh };
}

/** `why` texts for a field whose two directions read as opposites. */
export function why(tightens: Text, loosens: Text): Partial<Record<ChangeClass, Text>> {
  return { tightens, loosens };
}

export const UNIT = {
  days: t(' days', ' 天'),
  hours: t(' h', ' 小时'),
  minutes: t(' min', ' 分钟'),
  percent: t('%', '%'),
  yuan: t(' yuan', ' 元'),
  points: t(' points', ' 分'),
} as const;

/** A field where a higher value (or true, or later in `order`) has a known direction. */
export function scalar(
  kind: string | undefined,
  id: string,
  path: string,
  label: Text,
  higher: ChangeClass,
  reasons: [tightens: Text, loosens: Text],
  extra: Partial<FieldSemantics> = {},
): FieldSemantics {
  return { id, ...(kind ? { kind } : {}), path, label, higher, why: why(...reasons), ...extra };
}

/** A list where adding an element (or item) has a known direction. */
export function collection(
  kind: string | undefined,
  id: string,
  path: string,
  label: Text,
  added: ChangeClass,
  reasons: [tightens: Text, loosens: Text],
  extra: Partial<FieldSemantics> = {},
): FieldSemantics {
  return { id, ...(kind ? { kind } : {}), path, label, added, why: why(...reasons), ...extra };
}

// Reasons shared by many fields.
export const SLOWER = [t('the team must act sooner', '团队须更快处理'), t('the team may take longer', '团队可以更慢处理')] as [Text, Text];
export const STRICTER_LIMIT = [t('a stricter limit', '限制更严'), t('a more permissive limit', '限制更宽')] as [Text, Text];

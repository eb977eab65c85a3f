import { FOLD } from './fold.js';

/**
 * Built-in, hand-written format checks for licence numbers (no user regex).
 * Deliberately loose where the official formats vary by province and year,
 * strict where they do not (the SC number).
 */
export type QualificationType = 'sc' | 'cosmetics_filing' | 'cosmetics_registration' | 'health_food' | 'medical_device' | 'other';

export const QUALIFICATION_FORMATS: Record<QualificationType, { valid(value: string): boolean; example: string }> = {
  // 食品生产许可证编号: "SC" + 14 digits (食品生产许可管理办法 第二十九条).
  sc: { valid: (v) => prefixedDigits(v.trim(), 'sc', 14), example: 'SC10633010600123' },
  // 国产普通化妆品备案: 省简称 + G妆网备字 + year + serial; 进口: 国妆网备进字 + ...
  cosmetics_filing: { valid: (v) => contains(v, '妆') && contains(v, '备') && digitCount(v) >= 8, example: '浙G妆网备字2023012345' },
  // 特殊化妆品注册证: 国妆特字G / 国妆特进字J + digits.
  cosmetics_registration: { valid: (v) => contains(v, '国妆特') && digitCount(v) >= 6, example: '国妆特字G20230123' },
  // 保健食品: 国食健注G / 国食健字G / 卫食健字 (registration), 食健备G (filing).
  health_food: { valid: (v) => contains(v, '健') && (contains(v, '注') || contains(v, '字') || contains(v, '备')) && digitCount(v) >= 6, example: '国食健注G20230123' },
  // 医疗器械注册证 (械注准/械注进) or 备案凭证 (械备).
  medical_device: { valid: (v) => contains(v, '械') && digitCount(v) >= 6, example: '浙械注准20232140123' },
  other: { valid: (v) => v.trim().length > 0, example: '—' },
};

function prefixedDigits(value: string, prefix: string, digits: number): boolean {
  if (value.length !== prefix.length + digits) return false;
  for (let i = 0; i < prefix.length; i++) if (FOLD[value.charCodeAt(i)] !== prefix.charCodeAt(i)) return false;
  for (let i = prefix.length; i < value.length; i++) {
    const f = FOLD[value.charCodeAt(i)]!;
    if (f < 0x30 || f > 0x39) return false;
  }
  return true;
}

function contains(value: string, part: string): boolean {
  return value.includes(part);
}

function digitCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const f = FOLD[value.charCodeAt(i)]!;
    if (f >= 0x30 && f <= 0x39) count++;
  }
  return count;
}

import { formatFen, parseMoney, type MemberTiers, type PolicyDocument } from '@storepolicy/schema';

/** Defaults of `spec.rules` (SPEC section 4, *configurable*). */
export const DEFAULT_MIN_PRICE_PERCENT = 70;
export const DEFAULT_HIGH_AOV_YUAN = 300;

export type TiersDoc = PolicyDocument<MemberTiers>;
export type Tier = MemberTiers['spec']['tiers'][number];

export function tierPointer(index: number, ...rest: string[]): string {
  return ['/spec/tiers', String(index), ...rest].join('/');
}

/** "3000.00" for messages: money is shown exactly as the checker holds it. */
export function yuan(value: number | string): string {
  return formatFen(parseMoney(value));
}

export function lineOf(doc: PolicyDocument, pointer: string): number {
  return doc.locate(pointer).line;
}

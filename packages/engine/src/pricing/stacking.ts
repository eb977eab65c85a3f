import type { PromotionClass } from '@storepolicy/schema';
import type { Exclusivity } from './classes.js';

/** The stacking facts of one promotion (a compiled one, or the implicit member price). */
export interface Stackable {
  cls: PromotionClass;
  combinesWith: ReadonlySet<PromotionClass>;
  exclusive: Exclusivity;
  allowWithGlobal: ReadonlySet<PromotionClass>;
}

/** Why two promotions cannot apply together, or undefined when they stack. */
export type StackBlock = 'handshake' | 'class-exclusive' | 'global-exclusive';

/** Whether `a`'s exclusivity keeps `b` out. */
export function blockedBy(a: Stackable, b: Stackable): StackBlock | undefined {
  if (a.exclusive === 'global' && !a.allowWithGlobal.has(b.cls)) return 'global-exclusive';
  if (a.exclusive === 'class' && a.cls === b.cls) return 'class-exclusive';
  return undefined;
}

/**
 * The Shopify handshake plus Salesforce-style exclusivity: both sides must
 * list the other's class, and neither may be exclusive against it.
 */
export function stackBlock(a: Stackable, b: Stackable): StackBlock | undefined {
  const exclusive = blockedBy(a, b) ?? blockedBy(b, a);
  if (exclusive) return exclusive;
  if (!a.combinesWith.has(b.cls) || !b.combinesWith.has(a.cls)) return 'handshake';
  return undefined;
}


import { getAtPointer, parsePointer, toPointer } from '@storepolicy/schema';

/**
 * The nearest enclosing rule marked `law: true` (a term set, a required
 * statement...), with its cited source: a reviewer must know when a change
 * touches the law's baseline, not just a store's preference.
 */
export function lawContext(root: unknown, pointer: string): { source: string } | undefined {
  const segments = parsePointer(pointer);
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = getAtPointer(root, toPointer(segments.slice(0, depth)));
    if (node !== null && typeof node === 'object' && !Array.isArray(node) && (node as { law?: unknown }).law === true) {
      const source = (node as { source?: unknown }).source;
      return { source: typeof source === 'string' ? source : '' };
    }
  }
  return undefined;
}

/**
 * JSON merge patch (RFC 7396): mappings merge key by key, anything else
 * (lists, numbers, strings) replaces, and `null` removes the key. This is
 * the `merge: true` semantics of a case input: change one number of a long
 * policy without copying the rest into the test.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isMapping(patch)) return patch;
  const out: Record<string, unknown> = isMapping(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    // defineProperty: a key named __proto__ stays plain data
    else Object.defineProperty(out, key, { value: mergePatch(out[key], value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Counts in English summaries take their plural from Intl.PluralRules: "1 error", never "1 errors".
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

const LISTINGS = fileURLToPath(new URL('../fixtures/listings/', import.meta.url));

describe('check listing summary', () => {
  it('says "1 error" and "1 listing in 1 file" for one bad row', async () => {
    const stdin = '{"sku":"A-1","title":"x","category":"dresses","price":"1" "b":2}\n';
    const result = await runInProcess(['check', 'listing', '-', '--store', 'store'], { cwd: LISTINGS, stdin });
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 listing in 1 file (1 unreadable), 1 failing: 1 error, 0 warnings, 0 infos');
  });
});

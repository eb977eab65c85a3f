// Messages say what is true, in the language asked for, in columns that line up.
import path from 'node:path';
import stringWidth from 'string-width';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DRESSES = 'policies/demo-apparel/proposals/double11-dresses.yaml';
const NOW = ['--now', '2026-11-01T09:00:00+08:00'];

describe('explain --lang zh', () => {
  it('writes every step, the floor and its parts in Chinese (the arithmetic stays as it is)', async () => {
    const result = await runInProcess(['explain', DRESSES, '--sku', 'DRS-001', '--tier', 'svip', '--lang', 'zh', ...NOW], { cwd: ROOT });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/% off|pays \d|worst basket|margin:|depth:|get [\d.]+ off|coupon /);
    expect(result.stdout).toContain('减 15%: 16915 = round(19900 x 85 / 100)');
    expect(result.stdout).toContain('按 90% 付款: 15224 = round(16915 x 90 / 100)');
    expect(result.stdout).toMatch(/9450 = max\(毛利: ceil\(8000 x 110 \/ 100\) = 8800, 折扣深度: ceil\(18900 x 50 \/ 100\) = 9450\)/);
  });
});

describe('aligned tables count display width (string-width), not characters', () => {
  it('check listing --lang zh: the per-rule summary header lines up with its rows', async () => {
    const result = await runInProcess(['check', 'listing', path.join('policies/demo-food/listings'), '--lang', 'zh'], { cwd: ROOT });
    const lines = result.stdout.split('\n');
    const start = lines.findIndex((l) => l.startsWith('规则'));
    expect(start).toBeGreaterThanOrEqual(0);
    const rows = lines.slice(start + 1).filter((l) => /^[a-z-]+\/[a-z-]+ /.test(l));
    const table = [lines[start]!, ...rows];
    expect(table.length).toBeGreaterThan(1);
    // every row of the table ends at the same terminal column as its header
    expect(new Set(table.map((l) => stringWidth(l))).size).toBe(1);
  });
});

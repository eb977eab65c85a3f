import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));

// The README's demo must keep working: every step's exit code is checked by
// the script itself, and the headline findings are checked here.
describe('README demo (scripts/demo.mjs)', () => {
  it('runs every step with the expected exit codes and shows the located findings', async () => {
    const { stdout } = await run(process.execPath, ['scripts/demo.mjs'], { cwd: root, maxBuffer: 1 << 24 });
    expect(stdout).not.toContain('!! expected exit');
    for (const line of [
      'policies/demo-apparel/member-tiers.yaml:37:24  error  tiers/threshold-order',
      'policies/demo-apparel/after-sales.yaml:13:11  error  after-sales/return-days',
      'policies/demo-apparel/packing.yaml:45:15  error  packing/forbidden-insert',
      'policies/demo-apparel/store.yaml:21:7  error  schema/unknown-key',
      'did you mean "size_chart_required"?',
      'error  compliance/loosens-law',
      'error  promotion/reference-price',
      'error  promotion/price-raised-before',
      'error  promotion/review-inducement',
      'error  promotion/prize-cap',
      'error  listing/banned-term',
    ]) {
      expect(stdout).toContain(line);
    }
    expect(stdout).toMatch(/DRS-001\s+svip\s+199\.00\s+152\.24\s+112\.75\s+94\.50/);
  }, 120_000);
});

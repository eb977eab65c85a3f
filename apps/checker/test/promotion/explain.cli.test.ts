import { describe, expect, it } from 'vitest';
import { run } from './cli.js';

const NOW = ['--now', '2026-11-07T10:00:00+08:00'];
const DRESSES = 'policies/demo-apparel/proposals/double11-dresses.yaml';

describe('storepolicy explain', () => {
  it('writes out every step of the worked example, single unit and worst case, and the floor', async () => {
    const result = await run(['explain', DRESSES, '--sku', 'DRS-001', '--tier', 'svip', ...NOW]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('double11-dresses · DRS-001 · svip');
    expect(lines).toContain('     19900  list price (199.00)');
    expect(lines).toContain('->   16915  product_discount:double11-dresses (15% off: 16915 = round(19900 x 85 / 100))');
    expect(lines).toContain('->   15224  member_price:svip (pays 90%: 15224 = round(16915 x 90 / 100))');
    expect(lines).toContain('=    15224  single unit (152.24)');
    expect(lines).toContain(
      '->   13194  threshold_reduction:double11-every-300-off-40 (every 300.00 get 40.00 off, worst basket at the threshold: 13194 = round(15224 x 26000 / 30000))',
    );
    expect(lines).toContain(
      '->   11868  coupon:double11-coupon-20-off-199 (coupon 20.00 off from 199.00, worst basket share round(13194 x 2000 / 19900) = 1326: 11868 = 13194 - 1326)',
    );
    // demo-apparel's svip birthday coupon (50 off 1000) counts in the worst case after the store's coupon
    expect(lines).toContain(
      '->   11275  birthday_coupon:svip (svip birthday coupon 50.00 off from 1000.00, worst basket share round(11868 x 5000 / 100000) = 593: 11275 = 11868 - 593)',
    );
    expect(lines).toContain('=    11275  worst stacked case (112.75)');
    expect(lines.at(-1)).toMatch(/^floor 94\.50 \(9450 = max\(margin: ceil\(8000 x 110 \/ 100\) = 8800, depth: ceil\(18900 x 50 \/ 100\) = 9450\)\): 11275 at or above the floor$/);
  });

  it('explains an approved calendar entry too, adding the gift to the margin floor as the policy says', async () => {
    const result = await run(['explain', 'policies/demo-apparel/promotions/double11-coupon-20-off-199.yaml', '--sku', 'ACC-002', '--tier', 'gold', ...NOW]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-2)).toBe(
      'floor 122.60 (12260 = max(margin: ceil(7600 x 110 / 100) + gift 3900 = 12260, depth: ceil(18600 x 50 / 100) = 9300)): 13853 at or above the floor',
    );
    // the approved calendar's own inversion: gold's 95% member price takes ACC-002 under the coupon's minimum
    expect(lines.at(-1)).toBe(
      'promotion/tier-inversion: gold pays 189.05, more than regular (179.00): its price 189.05 misses the 199.00 minimum spend of double11-coupon-20-off-199 by 9.95, which the regular price reaches',
    );
  });

  it('names the lever that makes a higher tier pay more, in zh too', async () => {
    const zh = await run(['explain', DRESSES, '--sku', 'DRS-012', '--tier', 'silver', '--lang', 'zh', ...NOW]);
    expect(zh.stdout.trimEnd().split('\n').at(-1)).toBe(
      'promotion/tier-inversion: silver 付 279.05，比 regular（245.15）还贵：其价格 299.05 差 0.95 达不到 double11-every-300-off-40 的满 300.00 门槛，而 regular 的价格达得到',
    );
    const json = JSON.parse((await run(['explain', DRESSES, '--sku', 'DRS-012', '--tier', 'svip', '--format', 'json', ...NOW])).stdout);
    expect(json.prices[0].paysMoreThan).toMatchObject({ tier: 'regular', single: 24515, lever: 'threshold', reach: 27464, need: 30000 });
    const regular = await run(['explain', DRESSES, '--sku', 'DRS-012', '--tier', 'regular', ...NOW]);
    expect(regular.stdout).not.toContain('tier-inversion');
  });

  it('says why a step changed nothing', async () => {
    const result = await run(['explain', DRESSES, '--sku', 'DRS-001', '--tier', 'svip', ...NOW]);
    expect(result.stdout).toContain('->   15224  threshold_reduction:double11-every-300-off-40 (applies, but one unit is below the threshold)');
  });

  it('explains every tier when --tier is left out, and gives JSON rows on request', async () => {
    const pretty = await run(['explain', DRESSES, '--sku', 'DRS-001', ...NOW]);
    expect(pretty.stdout.match(/^double11-dresses · DRS-001 · \w+$/gm)).toHaveLength(4);
    const json = JSON.parse((await run(['explain', DRESSES, '--sku', 'DRS-001', '--tier', 'svip', '--format', 'json', ...NOW])).stdout);
    expect(json.prices[0]).toMatchObject({ sku: 'DRS-001', tier: 'svip', single: 15224, worst: 11275, floor: 9450 });
  });

  it('refuses a SKU outside the catalogue or the scope, and an unknown tier (exit 2)', async () => {
    const unknown = await run(['explain', DRESSES, '--sku', 'NOPE-1', ...NOW]);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('SKU NOPE-1 is not in policies/demo-apparel/catalog.csv');
    const outside = await run(['explain', DRESSES, '--sku', 'TOP-001', '--tier', 'svip', ...NOW]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^storepolicy: .*TOP-001/);
    // without --tier every tier is tried: the error names them all, not one the user never gave
    const everyTier = await run(['explain', DRESSES, '--sku', 'TOP-001', ...NOW]);
    expect(everyTier.code).toBe(2);
    expect(everyTier.stderr).toBe(
      'storepolicy: no proposed promotion applies to SKU "TOP-001" for any tier (tried regular, silver, gold, svip); pass --tier to see one\n',
    );
    const tier = await run(['explain', DRESSES, '--sku', 'DRS-001', '--tier', 'platinum', ...NOW]);
    expect(tier.code).toBe(2);
    expect(tier.stderr).toContain('platinum');
  });
});

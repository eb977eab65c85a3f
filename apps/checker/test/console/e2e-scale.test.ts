/// <reference lib="dom" />
// The matrix at scale in Chromium: 12,500 SKUs x 4 tiers = 50,000 rows, of
// which only the rows in view are in the DOM. Waits are for selectors only.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, startServe } from './browser.js';
import { addWholesaleStore, copyPolicies, NOW } from './fixture.js';

const TIMEOUT = 180_000;
let copy: ReturnType<typeof copyPolicies>;
let server: Awaited<ReturnType<typeof startServe>>;
let browser: Browser;
let page: Page;

describe.skipIf(!hasChromium && !process.env.CI)('console matrix at 50,000 rows', () => {
  beforeAll(async () => {
    copy = copyPolicies();
    addWholesaleStore(copy.dir, 12_500);
    server = await startServe(copy.dir, ['--store', 'policies/wholesale']);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(server.url.replace('/#', `/?now=${encodeURIComponent(NOW)}#`));
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    copy?.cleanup();
  });

  it('renders 50,000 rows with virtual scrolling, and reaches the last one', async () => {
    await page.click('#tab-proposal');
    await page.waitForSelector('#price-matrix[aria-rowcount="50001"]', { timeout: TIMEOUT });
    const inDom = await page.locator('#price-matrix .mbody [role="row"]').count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(100);
    await page.locator('#price-matrix .mbody').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await page.waitForSelector('#price-matrix [role="row"][aria-rowindex="50001"]', { timeout: TIMEOUT });
    expect(await page.locator('#price-matrix .mbody [role="row"]').count()).toBeLessThan(100);
  }, TIMEOUT);
});

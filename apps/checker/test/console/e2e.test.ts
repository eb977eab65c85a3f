/// <reference lib="dom" />
// The console in a real browser: Debian's Chromium driven by playwright-core.
// Every wait is for a selector or a response, never for a time.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, hasChromium, launchChromium, startServe } from './browser.js';
import { CONFLICTING, copyPolicies, NOW, repoRoot } from './fixture.js';

const TIMEOUT = 60_000;
let copy: ReturnType<typeof copyPolicies>;
let server: Awaited<ReturnType<typeof startServe>>;
let browser: Browser;
let page: Page;

describe.skipIf(!hasChromium && !process.env.CI)('console in Chromium', () => {
  beforeAll(async () => {
    copy = copyPolicies();
    rmSync(path.join(copy.dir, 'policies/demo-apparel/proposals'), { recursive: true, force: true });
    commitAll(copy.dir);
    server = await startServe(copy.dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${server.url.replace('/#', `/?now=${encodeURIComponent(NOW)}#`)}`);
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    copy?.cleanup();
  });

  it('opens on the store overview, each figure linked to its YAML line', async () => {
    const svip = page.locator('#overview tr[data-tier="svip"]');
    await expect.poll(() => svip.textContent(), { timeout: TIMEOUT }).toContain('90%');
    expect(await svip.locator('a.src').textContent()).toMatch(/member-tiers\.yaml:45:7$/);
    expect(await page.locator('#overview [data-event="double11"]').textContent()).toContain('Eligible');
    expect(await page.locator('#overview tr[data-limit="min_margin"]').textContent()).toContain('10%');
  }, TIMEOUT);

  it('builds the Double 11 dresses proposal in the form and prices DRS-001 svip at 112.75 (birthday coupon included) against 94.50', async () => {
    await page.click('#tab-proposal');
    await page.fill('#field-metadata-name', 'double11-dresses');
    await page.fill('#field-spec-window-start', '2026-11-10T20:00:00+08:00');
    await page.fill('#field-spec-window-end', '2026-11-12T00:00:00+08:00');
    await page.fill('#field-spec-event', 'double11');
    await page.uncheck('#field-spec-scope-all');
    await page.fill('#field-spec-scope-categories', 'dresses');
    await page.press('#field-spec-scope-categories', 'Tab');
    await page.fill('#field-spec-percent_off', '15');
    // the YAML view follows the form
    await expect.poll(() => page.inputValue('#yaml-editor')).toContain('percent_off: 15');
    expect(await page.inputValue('#yaml-editor')).toContain('categories:');
    await page.fill('#matrix-filter', 'DRS-001');
    const row = page.locator('[role="row"][data-sku="DRS-001"][data-tier="svip"]');
    await expect.poll(() => row.locator('.cell-worst').textContent(), { timeout: TIMEOUT }).toBe('112.75');
    expect(await row.locator('.cell-floor').textContent()).toBe('94.50');
    expect(await row.locator('.cell-single').textContent()).toBe('152.24');
    expect(await row.getAttribute('class')).toContain('ok');
    expect(await page.locator('#findings li[data-code="promotion/price-floor"]').count()).toBe(0);
  }, TIMEOUT);

  it('marks the rows where a higher tier pays more than a lower one, right after the breaches (promotion/tier-inversion)', async () => {
    await page.fill('#matrix-filter', '');
    const first = page.locator('#price-matrix [role="row"][data-sku]').first();
    await expect.poll(() => first.getAttribute('data-pays-more-than'), { timeout: TIMEOUT }).not.toBeNull();
    await page.fill('#matrix-filter', 'DRS-012');
    const silver = page.locator('[role="row"][data-sku="DRS-012"][data-tier="silver"]');
    await expect.poll(() => silver.getAttribute('data-pays-more-than'), { timeout: TIMEOUT }).toBe('regular');
    expect(await silver.getAttribute('class')).toContain('inverted');
    expect(await silver.locator('.inverted-tag').textContent()).toBe(' pays more than regular');
    expect(await silver.locator('.cell-single').textContent()).toBe('279.05');
    expect(await silver.locator('.cell-single').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(180, 35, 24)');
    expect(await page.locator('[role="row"][data-sku="DRS-012"][data-tier="regular"]').getAttribute('data-pays-more-than')).toBeNull();
    expect(await page.locator('#findings li[data-code="promotion/tier-inversion"]', { hasText: 'DRS-012: silver pays 279.05' }).count()).toBe(1);
  }, TIMEOUT);

  it('each price cell opens the explain trace of its SKU and tier: by click, and from the keyboard', async () => {
    // the single price of DRS-001 gold, clicked
    await page.fill('#matrix-filter', 'DRS-001');
    await page.click('[role="row"][data-sku="DRS-001"][data-tier="gold"] button.cell-single');
    const dialog = page.locator('#explain-dialog[data-sku="DRS-001"][data-tier="gold"][data-part="single"]');
    await dialog.waitFor({ timeout: TIMEOUT });
    const text = page.locator('#explain-text');
    expect(await text.textContent()).toContain('double11-dresses · DRS-001 · gold');
    expect(await page.locator('#explain-title').textContent()).toContain('Single');
    await page.click('#explain-dialog button');
    expect(await page.locator('#explain-dialog').count()).toBe(0);

    // the worst price of DRS-001 svip, reached with the keyboard: focus it, Enter opens, Escape closes and gives the focus back
    const worst = page.locator('[role="row"][data-sku="DRS-001"][data-tier="svip"] button.cell-worst');
    await worst.focus();
    await page.keyboard.press('Enter');
    await page.locator('#explain-dialog[data-sku="DRS-001"][data-tier="svip"][data-part="worst"]').waitFor({ timeout: TIMEOUT });
    expect(await text.textContent()).toContain('worst stacked case (112.75)');
    expect(await text.textContent()).toContain('round(13194 x 2000 / 19900) = 1326');
    expect(await page.locator('#explain-title').textContent()).toContain('Worst 112.75');
    await page.keyboard.press('Escape');
    expect(await page.locator('#explain-dialog').count()).toBe(0);
    expect(await worst.evaluate((el) => el === document.activeElement)).toBe(true);
  }, TIMEOUT);

  it('a YAML edit flows back into the form; a breach shows red with its finding', async () => {
    const yaml = await page.inputValue('#yaml-editor');
    await page.fill('#yaml-editor', yaml.replace('percent_off: 15', 'percent_off: 45'));
    await expect.poll(() => page.inputValue('#field-spec-percent_off')).toBe('45');
    const row = page.locator('[role="row"][data-sku="DRS-001"][data-tier="svip"]');
    await expect.poll(() => row.getAttribute('class'), { timeout: TIMEOUT }).toContain('breach');
    const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(254, 228, 226)');
    // one finding per row below the floor (the first 20, then a summary): DRS-001's are among them
    const finding = page.locator('#findings li[data-code="promotion/price-floor"]', { hasText: 'DRS-001' }).first();
    expect(await finding.textContent()).toContain('DRS-001');
    expect(await finding.getAttribute('class')).toContain('error');
  }, TIMEOUT);

  it('a malformed field shows a located error, not a crash', async () => {
    await page.fill('#field-spec-percent_off', 'lots');
    const yaml = await page.inputValue('#yaml-editor');
    const line = yaml.split('\n').findIndex((l) => l.includes('percent_off: lots')) + 1;
    const finding = page.locator('#findings li.error').filter({ hasText: `:${line}:` }).first();
    await expect.poll(() => finding.textContent(), { timeout: TIMEOUT }).toContain('schema/');
    expect(await page.locator('#dry-run-error').count()).toBe(0);
    await page.fill('#field-spec-percent_off', '15');
    const row = page.locator('[role="row"][data-sku="DRS-001"][data-tier="svip"]');
    await expect.poll(() => row.locator('.cell-worst').textContent(), { timeout: TIMEOUT }).toBe('112.75');
  }, TIMEOUT);

  it('saves the proposal, shows the diff and git commands; a second save without confirmation refuses', async () => {
    const file = path.join(copy.dir, 'policies/demo-apparel/proposals/double11-dresses.yaml');
    await page.click('#save-button');
    await expect.poll(() => page.locator('#save-message').textContent(), { timeout: TIMEOUT }).toContain('Saved');
    expect(existsSync(file)).toBe(true);
    const saved = readFileSync(file, 'utf8');
    expect(saved.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/promotion.schema.json');
    expect(saved).toContain('percent_off: 15');
    expect(await page.locator('#save-diff').textContent()).toContain('double11-dresses');
    expect(await page.locator('#git-commands').textContent()).toContain('git switch -c proposal/double11-dresses');

    await page.fill('#field-spec-percent_off', '20');
    await page.click('#save-button');
    await expect.poll(() => page.locator('#save-message').textContent(), { timeout: TIMEOUT }).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe(saved);
    await page.click('#overwrite-button');
    await expect.poll(() => page.locator('#save-message').textContent(), { timeout: TIMEOUT }).toContain('Saved');
    expect(readFileSync(file, 'utf8')).toContain('percent_off: 20');
  }, TIMEOUT);

  it('copies the pull-request comment as Markdown (the --format markdown renderer)', async () => {
    await page.click('#markdown-button');
    await expect.poll(() => page.inputValue('#markdown-output'), { timeout: TIMEOUT }).toContain('| double11-dresses | DRS-001 | svip |');
  }, TIMEOUT);

  it('switches the page to Chinese', async () => {
    await page.click('#lang-zh');
    await expect.poll(() => page.locator('#tab-proposal').textContent()).toBe('新建促销');
    await expect.poll(() => page.locator('#findings').textContent(), { timeout: TIMEOUT }).toMatch(/[\u4e00-\u9fff]/);
    // the form's help text from the Promotion schema, in Chinese too (schema-help.zh.json), and back
    const help = page.locator('#field-spec-percent_off-help');
    expect(await help.textContent()).toBe('按标价减的百分比（15 = 减 15%，即 8.5 折）。');
    expect(await page.locator('#field-spec-window-start-help').textContent()).toBe('促销开始的时刻。');
    await page.click('#lang-en');
    await expect.poll(() => help.textContent()).toBe('Percent off the list price (15 = 15% off, 8.5折).');
  }, TIMEOUT);

  it('the calendar shows the saved proposal stacking and a conflicting one in conflict, with its finding', async () => {
    writeFileSync(path.join(copy.dir, 'policies/demo-apparel/proposals/tops-midweek.yaml'), CONFLICTING);
    await page.click('#tab-calendar');
    const conflict = page.locator('#calendar-overlaps li[data-kind="conflict"]').first();
    await expect.poll(() => conflict.textContent(), { timeout: TIMEOUT }).toContain('tops-midweek');
    expect(await conflict.textContent()).toContain('golden-week-tops');
    expect(await page.locator('#calendar-overlaps li[data-kind="stacks"]').filter({ hasText: 'double11-dresses' }).count()).toBeGreaterThan(0);
    await page.click('[data-promotion="tops-midweek"]');
    expect(await page.locator('#calendar-details li[data-code="promotion/conflict"]').textContent()).toContain('golden-week-tops');
    // the chart drew every promotion as a bar
    const canvas = page.locator('#calendar canvas').first();
    expect(await canvas.isVisible()).toBe(true);
    if (process.env.UPDATE_SCREENSHOTS) await page.locator('#calendar').screenshot({ path: path.join(repoRoot, 'docs/images/console-calendar.png') });
  }, TIMEOUT);

  it('checks a pasted listing and marks the banned term in the text, with the law', async () => {
    await page.click('#tab-listing');
    await page.fill('#listing-title', '碎花雪纺连衣裙 全网第一 显瘦百搭');
    const mark = page.locator('#listing-result mark[data-code="listing/banned-term"]').filter({ hasText: '全网第一' });
    await expect.poll(() => mark.count(), { timeout: TIMEOUT }).toBeGreaterThan(0);
    expect(await mark.first().getAttribute('class')).toBe('error');
    expect(await page.locator('#listing-findings').textContent()).toContain('广告法');
  }, TIMEOUT);

  it('checks a chosen GB18030 export: a wrong encoding is a located error; picking GB18030 shows each row with its marks and the law', async () => {
    // the keyboard way: the file picker (playwright sets the file on the <input type=file>)
    const gbk = readFileSync(path.join(repoRoot, 'policies/demo-apparel/catalog-export.csv'));
    await page.setInputFiles('#listing-file', { name: 'catalog-export.csv', mimeType: 'text/csv', buffer: gbk });
    await expect.poll(() => page.locator('#file-error').textContent(), { timeout: TIMEOUT }).toMatch(/catalog-export\.csv: not valid UTF-8 \(line 1\)/);
    // the same file is checked again when the encoding changes
    await page.selectOption('#listing-encoding', 'gb18030');
    const row = page.locator('#file-rows li.file-row[data-sku="DRS-002"]');
    await row.waitFor({ timeout: TIMEOUT });
    expect(await page.locator('#file-error').count()).toBe(0);
    expect(await row.getAttribute('data-line')).toBe('4');
    const banned = row.locator('li.finding[data-code="listing/banned-term"]').first();
    expect(await banned.locator('mark').textContent()).toBe('全网最低价');
    expect(await banned.locator('.loc').textContent()).toBe('catalog-export.csv:4:1');
    expect(await banned.textContent()).toContain('广告法 第九条');
    expect(await page.locator('#file-rows li.file-row[data-sku="TOP-003"] li.finding[data-code="listing/claim"] mark').first().textContent()).toBe('治疗');
    await page.selectOption('#listing-encoding', 'utf8');
  }, TIMEOUT);

  it("says the server's error about a dropped file in the page's language (sent as Accept-Language), and again on a switch", async () => {
    const gbk = readFileSync(path.join(repoRoot, 'policies/demo-apparel/catalog-export.csv'));
    await page.click('#lang-zh');
    await page.setInputFiles('#listing-file', { name: 'catalog-export.csv', mimeType: 'text/csv', buffer: gbk });
    await expect
      .poll(() => page.locator('#file-error').textContent(), { timeout: TIMEOUT })
      .toBe('catalog-export.csv：不是有效的 UTF-8（第 1 行）；国内卖家工具导出的文件常为 GB18030/GBK：请加 --encoding gb18030');
    // the file on screen is checked again in the other language
    await page.click('#lang-en');
    await expect.poll(() => page.locator('#file-error').textContent(), { timeout: TIMEOUT }).toMatch(/^catalog-export\.csv: not valid UTF-8 \(line 1\)/);
  }, TIMEOUT);

  it('checks a dropped NDJSON export (DataTransfer): a line that is not JSON is located, the other rows still checked', async () => {
    const text = '{"sku":"DRS-900","title":"连衣裙 全网第一","category":"dresses","price":99}\n{"sku":"DRS-901", "title": oops}\n';
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'drop.ndjson', { type: 'application/x-ndjson' }));
      return transfer;
    }, text);
    await page.dispatchEvent('#listing-drop', 'drop', { dataTransfer });
    const result = page.locator('#file-result[data-listings="2"]');
    await result.waitFor({ timeout: TIMEOUT });
    expect(await result.textContent()).toContain('drop.ndjson: 2 listings,');
    const broken = page.locator('#file-rows li.file-row[data-line="2"] li.finding[data-code="listing/input"]');
    expect(await broken.textContent()).toContain('not valid JSON');
    expect(await broken.locator('.loc').textContent()).toMatch(/^drop\.ndjson:2:\d+$/);
    const mark = page.locator('#file-rows li.file-row[data-sku="DRS-900"] li.finding[data-code="listing/banned-term"] mark');
    expect(await mark.textContent()).toBe('全网第一');
    expect(await mark.getAttribute('class')).toBe('error');
  }, TIMEOUT);

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const ready: Record<string, string> = { '#tab-overview': '#overview', '#tab-calendar': '#calendar-overlaps', '#tab-listing': '#listing-result', '#tab-proposal': '#price-matrix' };
    for (const [tab, selector] of Object.entries(ready)) {
      await page.click(tab);
      await page.waitForSelector(selector);
      if (tab === '#tab-listing') {
        // with a dropped file's rows, marks and findings on the page too
        const ndjson = readFileSync(path.join(repoRoot, 'policies/demo-food/listings.ndjson'));
        await page.setInputFiles('#listing-file', { name: 'listings.ndjson', mimeType: 'application/x-ndjson', buffer: ndjson });
        await page.waitForSelector('#file-rows li.file-row');
      }
      // evaluated through the debugging protocol: the page's CSP (no inline scripts) stays on
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, tab).toEqual([]);
    }
  }, TIMEOUT);

  it('takes the README screenshot and works at tablet width', async () => {
    await page.click('#tab-proposal');
    await page.waitForSelector('#price-matrix');
    const out = process.env.UPDATE_SCREENSHOTS ? path.join(repoRoot, 'docs/images') : path.join(copy.dir, 'shots');
    mkdirSync(out, { recursive: true });
    // the form's state survived the trip to the overview: the screenshot shows the priced proposal
    expect(await page.inputValue('#field-metadata-name')).toBe('double11-dresses');
    await page.fill('#matrix-filter', '');
    await page.screenshot({ path: path.join(out, 'console-proposal.png'), fullPage: true });
    await page.setViewportSize({ width: 820, height: 1180 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { timeout: TIMEOUT }).toBeLessThanOrEqual(0);
    // a row has one fixed height: the "pays more than" mark stays on one line, clear of the next column,
    // at both widths (it wrapped and was cut off in the README screenshot)
    for (const width of [1280, 820]) {
      await page.setViewportSize({ width, height: 1180 });
      const mark = await page.locator('.mrow.inverted .inverted-tag').first().boundingBox();
      const single = await page.locator('.mrow.inverted [role="cell"]').nth(3).boundingBox();
      const worst = await page.locator('.mrow.inverted [role="cell"]').nth(4).boundingBox();
      expect(mark!.height, `${width}px`).toBeLessThan(20);
      expect(mark!.x + mark!.width, `${width}px`).toBeLessThanOrEqual(Math.min(single!.x + single!.width, worst!.x) + 1);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }, TIMEOUT);
});

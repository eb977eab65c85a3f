// The promotion rule pages and path/not-allowed used to describe their failing
// examples in YAML comments ("# svip worst case 75.22 < floor 94.50") or show
// shell steps with no output (issue 11). Each now shows a fixture file beside
// the page and what `storepolicy` printed for it; the drift test
// (samples.test.ts) keeps that output current, these keep the pages wired.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (page: string) => readFileSync(path.join(ROOT, page), 'utf8');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const RULES = readdirSync(path.join(ROOT, 'docs/rules/promotion'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3));

describe('promotion rule pages: the failing example is a file, its finding what the CLI printed', () => {
  it('cover every promotion rule page', () => {
    expect(RULES.length).toBe(23);
  });

  it.each(RULES.filter((rule) => rule !== 'tier-inversion'))('promotion/%s', (rule) => {
    const page = read(`docs/rules/promotion/${rule}.md`);
    const failing = page.slice(page.indexOf('## Failing example'), page.indexOf('## Passing example'));
    // the proposal shown is a repository file (drift-checked by file=), not a snippet with a claimed result
    const file = /<!-- sample: file=(docs\/rules\/promotion\/examples\/[^ ]+\.yaml) -->\n```yaml\n/.exec(failing)?.[1];
    expect(file, 'file= sample').toBeDefined();
    expect(failing).toContain(read(file!).trimEnd());
    // under a check promotion run with --now pinned, the rule's own finding located in that file
    const run = new RegExp(
      `\\n\\$ storepolicy check promotion docs/rules/promotion/examples/[^\\n]+ --now 2026-\\d\\d-\\d\\dT[^\\n]+\\n(… \\(shortened here\\)\\n)?${escape(file!)}:\\d+:\\d+  (error|warning|info)  promotion/${rule}\\n`,
    );
    expect(failing).toMatch(run);
    // an excerpt says where it was cut
    expect(failing).toMatch(/\n… \(shortened here\)\n```/);
  });

  it('the price-floor and tier-inversion passing examples show the rows the CLI priced, not numbers in a comment', () => {
    // the hand-written comments said 118.68 (before the svip birthday coupon counted) and 287.20 / 281.46 (without the coupon)
    const floor = read('docs/rules/promotion/price-floor.md');
    expect(floor).not.toContain('118.68');
    expect(floor).toMatch(/--sku DRS-001 --now [^\n]+\nPrices: 4 rows [^\n]+\n[^\n]+\ndouble11-dresses  DRS-001  svip     199\.00  152\.24  112\.75  94\.50 /);
    const inversion = read('docs/rules/promotion/tier-inversion.md');
    expect(inversion).not.toContain('281.46');
    const passing = inversion.slice(inversion.indexOf('## Passing example'), inversion.indexOf('## How to fix'));
    expect(passing).toContain('<!-- sample: file=docs/rules/promotion/examples/tier-inversion-passing.yaml -->');
    expect(passing).toMatch(/--sku DRS-012 --now [^\n]+\nPrices: 4 rows \(SKU x tier\), worst first; 0 below the floor\./);
    expect(passing).not.toContain('PAYS MORE THAN');
  });

  it('the concurrency page names the crowd on the store clock and each start at its own promotion', () => {
    const page = read('docs/rules/promotion/concurrency.md');
    expect(page).toContain('5 promotions are active on the same products from 2026-11-11T00:00:00+08:00, when dresses-15-off starts');
    expect(page).toMatch(/related: policies\/demo-apparel\/promotions\/double11-coupon-20-off-199\.yaml:\d+:\d+ double11-coupon-20-off-199 is active from 2026-11-10T20:00:00\+08:00/);
  });
});

describe('path/not-allowed: the link and FIFO steps', () => {
  it('are a generated shell sample: the steps, then what validate printed for them', () => {
    expect(read('docs/rules/path/not-allowed.md')).toMatch(
      /<!-- sample: shell -->\n```\n\$ ln -s \/etc\/passwd policies\/demo-food\/listings\/x\.yaml\n\$ mkfifo policies\/demo-food\/hang\.yaml\n\$ storepolicy validate policies\/demo-food\npolicies\/demo-food\/hang\.yaml:1:1  error  path\/not-allowed\n  policies\/demo-food\/hang\.yaml is a FIFO[^\n]*\n[\s\S]*policies\/demo-food\/listings\/x\.yaml:1:1  error  path\/not-allowed\n  [^\n]* is a symbolic link to \/etc\/passwd, outside the repository \(\/path\/to\/storepolicy\)/,
    );
  });
});

describe('doc-samples: from=TEXT block', () => {
  it('keeps the lines from the anchor to the next blank line and says where it cut', async () => {
    const { shorten } = (await import(pathToFileURL(path.join(ROOT, 'scripts/doc-samples.mjs')).href)) as {
      shorten: (output: string, head?: string, tail?: string, from?: string, block?: boolean) => string[];
    };
    const output = 'a\n\nfinding x\n  message\n  docs\n\nfinding y\n\nsummary';
    expect(shorten(output, undefined, undefined, 'x', true)).toEqual(['… (shortened here)', 'finding x', '  message', '  docs', '… (shortened here)']);
    // the last block of an output is kept to the end, with nothing said to be cut after it
    expect(shorten(output, undefined, undefined, 'summary', true)).toEqual(['… (shortened here)', 'summary']);
  });
});

describe('listing rule pages: the failing example is a listing file, its findings what check listing printed', () => {
  it.each([
    'banned-term', 'claim', 'contact-info', 'images', 'insert', 'qualification', 'reference-price',
    'return-promise', 'review-inducement', 'ship-promise', 'size-chart', 'title-width', 'unknown-category',
  ])('listing/%s', (rule) => {
    const page = read(`docs/rules/listing/${rule}.md`);
    const failing = page.slice(page.indexOf('## Failing example'), page.indexOf('## Passing example'));
    const file = `docs/rules/listing/examples/${rule}.yaml`;
    expect(failing).toContain(`<!-- sample: file=${file} -->\n\`\`\`yaml\n${read(file).trimEnd()}\n\`\`\``);
    expect(failing).toMatch(
      new RegExp(`\\n\\$ storepolicy check listing ${escape(file)} --store policies/demo-(apparel|food)\\n${escape(file)}:\\d+:\\d+  (error|warning)  listing/${rule}\\n`),
    );
  });
});

describe('store-policy rule pages: the failing example is a patch to the demo store, its finding what validate printed', () => {
  it.each([
    'after-sales/exemption', 'after-sales/quality-shipping', 'after-sales/refund-deadline', 'after-sales/return-days', 'after-sales/tier-ref',
    'tiers/benefit-order', 'tiers/price-floor', 'tiers/threshold-order', 'tiers/duplicate-id', 'tiers/metric-fit',
    'packing/excessive', 'packing/fragile', 'packing/ship-within', 'packing/forbidden-insert',
    'promotion-policy/limits-sane', 'promotion-policy/priority-complete',
  ])('%s', (code) => {
    const [area, rule] = code.split('/') as [string, string];
    const page = read(`docs/rules/${code}.md`);
    const failing = page.slice(page.indexOf('## Failing example'), page.indexOf('## Passing example'));
    const patch = `docs/rules/${area}/examples/${rule}.patch`;
    expect(failing).toContain(`<!-- sample: file=${patch} -->\n\`\`\`diff\n${read(patch).trimEnd()}\n\`\`\``);
    expect(failing).toMatch(
      new RegExp(
        `<!-- sample: patch=${escape(patch)} from=${escape(code)} block -->\\n\`\`\`\\n\\$ storepolicy validate policies/demo-(apparel|food) --now [^\\n]+\\n(… \\(shortened here\\)\\n)?policies/demo-(apparel|food)/[a-z-]+\\.yaml:\\d+:\\d+  (error|warning)  ${escape(code)}\\n`,
      ),
    );
  });
});

describe('waiver, test, catalogue and compliance rule pages: a patch to the demo store and what the CLI printed', () => {
  it.each([
    ['waiver/expired', 'validate policies/demo-apparel --now 2026-12-01T09:00:00+08:00'],
    ['waiver/no-expiry', 'validate policies/demo-apparel --now 2026-11-07T10:00:00+08:00'],
    ['waiver/not-waivable', 'validate policies/demo-apparel --now 2026-11-07T10:00:00+08:00'],
    ['waiver/unused', 'validate policies/demo-apparel --now 2026-11-07T10:00:00+08:00'],
    ['waiver/wrong-store', 'validate policies/demo-food --now 2026-11-07T10:00:00+08:00'],
    ['catalog/unknown-category', 'validate policies/demo-apparel --now 2026-11-07T10:00:00+08:00'],
    ['compliance/loosens-law', 'validate policies/demo-apparel --now 2026-11-07T10:00:00+08:00'],
    ['promotion-policy/stacking-symmetric', 'validate policies/demo-apparel --now 2026-11-07T10:00:00+08:00'],
  ])('%s', (code, command) => {
    const [area, rule] = code.split('/') as [string, string];
    const page = read(`docs/rules/${code}.md`);
    const patch = `docs/rules/${area}/examples/${rule}.patch`;
    expect(page).toContain(`<!-- sample: file=${patch} -->\n\`\`\`diff\n${read(patch).trimEnd()}\n\`\`\``);
    expect(page).toMatch(
      new RegExp(`<!-- sample: patch=${escape(patch)} from=${escape(code)} block -->\\n\`\`\`\\n\\$ storepolicy ${escape(command)}\\n(… \\(shortened here\\)\\n)?policies/[^\\n]+:\\d+:\\d+  (error|warning)  ${escape(code)}\\n`),
    );
  });

  it('compliance/no-baseline: no extends, and a home-made base, each a patch with the finding of validate', () => {
    const page = read('docs/rules/compliance/no-baseline.md');
    for (const name of ['no-baseline-no-extends', 'no-baseline-own-base']) {
      const patch = `docs/rules/compliance/examples/${name}.patch`;
      expect(page).toContain(`<!-- sample: file=${patch} -->\n\`\`\`diff\n${read(patch).trimEnd()}\n\`\`\``);
      expect(page).toMatch(new RegExp(`<!-- sample: patch=${escape(patch)} from=compliance/no-baseline block -->\\n\`\`\`\\n\\$ storepolicy validate policies/demo-food --now [^\\n]+\\n(… \\(shortened here\\)\\n)?policies/demo-food/compliance\\.yaml:\\d+:\\d+  error  compliance/no-baseline\\n`));
    }
    expect(page).toContain('The baseline "my-base.yaml" lacks or weakens 13 law rules');
  });

  it('test/failed: the member-tier tests fail on the patched store, the case located in the test file', () => {
    expect(read('docs/rules/test/failed.md')).toMatch(
      /\$ storepolicy test policies\/demo-apparel\/tests\/member-tiers\.yaml\n[^\n]+\n  ✗ the store's policies are valid as they stand \(… ms\)\n      policies\/demo-apparel\/tests\/member-tiers\.yaml:\d+:\d+ Case [^\n]+tiers\/price-floor\.\n/,
    );
  });

  it('ref/unresolved: a store folder without store.yaml, in a scratch copy', () => {
    expect(read('docs/rules/ref/unresolved.md')).toMatch(
      /<!-- sample: remove=policies\/demo-food\/store\.yaml from=ref\/unresolved block -->\n```\n\$ storepolicy validate policies\/demo-food --now [^\n]+\n(… \(shortened here\)\n)?policies\/demo-food\/[a-z-]+\.yaml:\d+:\d+  error  ref\/unresolved\n/,
    );
  });

  it('listing/unchecked-column: the export is a file; unmapped, the column is a warning; mapped, its banned term is found', () => {
    const page = read('docs/rules/listing/unchecked-column.md');
    expect(page).toContain('<!-- sample: file=docs/rules/listing/examples/unchecked-column.csv -->');
    expect(page).toMatch(/\ndocs\/rules\/listing\/examples\/unchecked-column\.csv:1:17  warning  listing\/unchecked-column\n/);
    expect(page).toMatch(/--columns "卖家备注=attributes\.卖家备注"\n… \(shortened here\)\n  error listing\/banned-term "全网最低价"/);
  });
});

describe('exit codes claimed in the guides\' command lists', () => {
  // "# … (exit 1)" above a command in a ```sh block is a claim a reader relies on (the promotions
  // guide said "exit 1" for a proposal whose findings are warnings, which exits 0): each is run
  const claims: { page: string; code: number; args: string[] }[] = [];
  for (const page of ['README.md', ...readdirSync(path.join(ROOT, 'docs/guide')).map((name) => `docs/guide/${name}`)]) {
    if (!page.endsWith('.md')) continue;
    for (const block of read(page).matchAll(/^```sh\n([\s\S]*?)\n```$/gm)) {
      const lines = block[1]!.split('\n');
      lines.forEach((line, i) => {
        const claim = /^# .*\(exit (\d)[:)]/.exec(line);
        if (!claim || !/^pnpm -s storepolicy /.test(lines[i + 1] ?? '')) return;
        let command = lines[i + 1]!;
        for (let j = i + 2; command.endsWith('\\') && j < lines.length; j++) command = `${command.slice(0, -1)} ${lines[j]!.trim()}`;
        claims.push({ page, code: Number(claim[1]), args: command.replace(/^pnpm -s storepolicy /, '').split(/\s+/) });
      });
    }
  }

  it('are found (the promotions guide has two)', () => {
    expect(claims.filter((c) => c.page === 'docs/guide/promotions-cli.md').length).toBeGreaterThanOrEqual(2);
  });

  it.each(claims.map((c) => [`${c.page}: ${c.args.join(' ')}`, c] as const))('%s', async (_, c) => {
    const result = await runInProcess(c.args, { cwd: ROOT });
    expect(result.code, result.stderr).toBe(c.code);
  });
});

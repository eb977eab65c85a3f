#!/usr/bin/env node
// The README demo, on the sample stores in policies/. Each step runs the built
// CLI as a user would and checks the exit code it must give, so the demo
// cannot silently rot: scripts/demo.test (apps/checker/test/demo.test.ts) runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'apps', 'checker', 'dist', 'cli.js');
const lang = process.argv.includes('--zh') ? ['--lang', 'zh'] : ['--lang', 'en'];

/** A copy of demo-apparel with the mistakes a manager really makes, one per file. */
function brokenCopy() {
  const dir = mkdtempSync(path.join(tmpdir(), 'storepolicy-demo-'));
  for (const folder of ['_base', 'demo-apparel']) {
    cpSync(path.join(root, 'policies', folder), path.join(dir, 'policies', folder), {
      recursive: true,
      filter: (source) => !/[\\/](listings|proposals|tests|promotions)$/.test(source) && !source.endsWith('.csv'),
    });
  }
  const edits = [
    // gold now qualifies below silver's 1000
    ['member-tiers.yaml', 'qualify: {spend: 3000}', 'qualify: {spend: 800}'],
    // below the 7-day legal minimum
    ['after-sales.yaml', '    days: 15\n    statutory_exemptions:', '    days: 5\n    statutory_exemptions:'],
    // a review-cashback card slipped into the allowed inserts
    ['packing.yaml', '      - kind: size_guide\n', '      - kind: size_guide\n      - kind: review_cashback_card\n'],
    // a store file that switches off the law's ban on phone numbers in listings
    ['compliance.yaml', '  images:\n', '  contact_info:\n    phone: false\n  images:\n'],
    // a typo in a key: the schema names the key it meant
    ['store.yaml', '      size_chart_required: true\n', '      size_chart_requird: true\n'],
  ];
  for (const [file, from, to] of edits) {
    const target = path.join(dir, 'policies', 'demo-apparel', file);
    const text = readFileSync(target, 'utf8');
    if (!text.includes(from)) throw new Error(`demo: ${file} no longer contains ${JSON.stringify(from)}; update scripts/demo.mjs`);
    writeFileSync(target, text.replace(from, to));
  }
  return dir;
}

const broken = brokenCopy();
const steps = [
  {
    title: 'Validate the sample policies (both stores, the law baseline, calendars, tests)',
    args: ['validate', 'policies'],
    exit: 0,
  },
  {
    title: 'A deliberately broken copy of demo-apparel: every finding at file:line:column, with why and how to fix',
    args: ['validate', 'policies/demo-apparel'],
    cwd: broken,
    exit: 1,
  },
  {
    // demo-apparel holds tier_inversion at warning (its promotion-policy.yaml says why);
    // the pre-launch gate fails on warnings, so the inverted rows stop the proposal.
    title: 'Dry-run the Double 11 dress proposal: what svip members pay, and where a member pays more than a lower tier',
    args: ['check', 'promotion', 'policies/demo-apparel/proposals/double11-dresses.yaml', '--now', '2026-11-01T09:00:00+08:00', '--tier', 'svip', '--fail-on', 'warning'],
    exit: 1,
  },
  {
    title: 'Explain one price step by step (the SPEC worked example: DRS-001, svip)',
    args: ['explain', 'policies/demo-apparel/proposals/double11-dresses.yaml', '--sku', 'DRS-001', '--tier', 'svip', '--now', '2026-11-01T09:00:00+08:00'],
    exit: 0,
  },
  {
    title: 'A proposal that breaks the rules (raised price, fake original price, review cashback, 60,000-yuan prize)',
    args: ['check', 'promotion', 'examples/proposals/double11-broken.yaml', '--store', 'policies/demo-apparel', '--now', '2026-11-07T10:00:00+08:00'],
    exit: 1,
  },
  {
    title: 'Check listings: spam-style copy is refused at its exact characters, honest copy passes',
    args: ['check', 'listing', 'policies/demo-food/listings'],
    exit: 1,
  },
  {
    title: "The stores' own policy tests",
    args: ['test', 'policies'],
    exit: 0,
  },
];

let failures = 0;
try {
  for (const [index, step] of steps.entries()) {
    const shown = `storepolicy ${step.args.join(' ')}`;
    process.stdout.write(`\n━━ ${index + 1}. ${step.title}\n$ ${shown}${step.cwd ? `   (in ${step.cwd})` : ''}\n\n`);
    const result = spawnSync(process.execPath, [cli, ...step.args, ...(step.args[0] === 'test' ? [] : lang)], {
      cwd: step.cwd ?? root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== step.exit) {
      failures++;
      process.stdout.write(`\n!! expected exit ${step.exit}, got ${result.status}\n`);
    } else {
      process.stdout.write(`\n(exit ${result.status}, as expected)\n`);
    }
  }
} finally {
  rmSync(broken, { recursive: true, force: true });
}
process.exitCode = failures === 0 ? 0 : 1;

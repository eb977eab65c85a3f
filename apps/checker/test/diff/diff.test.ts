import { afterEach, describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../validate/run-cli.js';
import { afterSales, compliance, memberTiers, waiver } from './fixtures.js';
import { createRepo, type TempRepo } from './git-repo.js';

interface Entry {
  type: string;
  class: string;
  message: string;
  why: string;
  side: string;
  file: string;
  line: number;
  column: number;
}

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

function baseRepo(): TempRepo {
  repo = createRepo({
    'policies/demo/member-tiers.yaml': memberTiers(90),
    'policies/demo/after-sales.yaml': afterSales(7),
    'policies/demo/compliance.yaml': compliance(['最佳', '第一']),
    'README.md': 'not a policy\n',
  });
  repo.commit('base');
  return repo;
}

async function diffJson(args: string[], cwd: string) {
  const result = await runCli(['diff', ...args, '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const body = JSON.parse(result.stdout) as { summary: Record<string, unknown>; changes: Entry[]; base: { ref: string; commit: string }; head: { ref: string; commit: string | null }; skipped: string[] };
  const changes = body.changes.map(({ type, class: cls, message, why, side, file, line, column }) => ({ type, class: cls, message, why, side, file, line, column }));
  return { ...body, changes };
}

describe('storepolicy diff', () => {
  it('compares two commits and classes each change, located on the head side', async () => {
    const r = baseRepo();
    const base = r.git('rev-parse', 'HEAD');
    r.write('policies/demo/member-tiers.yaml', memberTiers(85));
    r.write('policies/demo/after-sales.yaml', afterSales(15));
    r.write('policies/demo/compliance.yaml', compliance(['第一']));
    const head = r.commit('edit');
    const report = await diffJson(['--base', base, '--head', head], r.dir);
    expect(report.base).toEqual({ ref: base, commit: base });
    expect(report.head).toEqual({ ref: head, commit: head });
    expect(report.changes).toEqual([
      {
        type: 'value-changed',
        class: 'loosens',
        message: 'svip pays 85% instead of 90%',
        why: 'deeper member discount (loosens the price floor by 5 points)',
        side: 'head',
        file: 'policies/demo/member-tiers.yaml',
        line: 19,
        column: 24,
      },
      {
        type: 'value-changed',
        class: 'tightens',
        message: 'no-reason return window 7 -> 15 days',
        why: "more generous to buyers (tightens the store's obligations)",
        side: 'head',
        file: 'policies/demo/after-sales.yaml',
        line: 8,
        column: 11,
      },
      {
        type: 'item-removed',
        class: 'loosens',
        message: 'banned term 最佳 removed from set ad-law-absolute',
        why: 'listings may use it again',
        side: 'base',
        file: 'policies/demo/compliance.yaml',
        line: 13,
        column: 15,
      },
    ]);
    expect(report.summary).toMatchObject({ total: 3, tightens: 1, loosens: 2, neutral: 0 });
    // the term set is marked law: true, so the reviewer sees which law it cites
    const markdown = await runCli(['diff', '--base', base, '--head', head, '--format', 'markdown'], { cwd: r.dir });
    expect(markdown.stdout).toContain(
      '| banned term 最佳 removed from set ad-law-absolute | **⚠️ loosens** | listings may use it again (⚖️ law: 广告法 第九条第三项) | `policies/demo/compliance.yaml:13` (base) |',
    );
  });

  it('defaults to HEAD against the working tree when there is no origin/main', async () => {
    const r = baseRepo();
    r.write('policies/demo/after-sales.yaml', afterSales(10));
    const report = await diffJson([], r.dir);
    expect(report.base.ref).toBe('HEAD');
    expect(report.head).toEqual({ ref: 'working tree', commit: null });
    expect(report.changes.map((c) => [c.class, c.message])).toEqual([['tightens', 'no-reason return window 7 -> 10 days']]);
  });

  it('prefers origin/main as the base when the clone has it', async () => {
    const r = baseRepo();
    r.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    r.write('policies/demo/member-tiers.yaml', memberTiers(80));
    r.commit('local change');
    const report = await diffJson([], r.dir);
    expect(report.base.ref).toBe('origin/main');
    expect(report.changes.map((c) => c.message)).toEqual(['svip pays 80% instead of 90%']);
  });

  it('handles added, removed and renamed files (git rename detection)', async () => {
    const r = baseRepo();
    r.git('mv', 'policies/demo/after-sales.yaml', 'policies/demo/returns.yaml');
    r.git('rm', '-q', 'policies/demo/compliance.yaml');
    r.write('policies/demo/waivers/depth.yaml', waiver('depth'));
    r.commit('move, remove, add');
    const report = await diffJson(['--base', 'HEAD~1', '--head', 'HEAD'], r.dir);
    expect(report.changes.map((c) => [c.type, c.class, c.message, c.side])).toEqual([
      ['document-renamed', 'neutral', 'after-sales policy after-sales moved: policies/demo/after-sales.yaml -> policies/demo/returns.yaml', 'head'],
      ['document-removed', 'loosens', 'compliance policy compliance removed (policies/demo/compliance.yaml)', 'base'],
      ['document-added', 'loosens', 'waiver depth added (policies/demo/waivers/depth.yaml)', 'head'],
    ]);
    expect(report.summary).toMatchObject({ documents: { added: 1, removed: 1, renamed: 1 } });
  });

  it('pairs a renamed document whose name also changed when git saw the file move', async () => {
    const r = baseRepo();
    r.write('policies/demo/waivers/a.yaml', waiver('first-name'));
    r.commit('waiver');
    r.git('mv', 'policies/demo/waivers/a.yaml', 'policies/demo/waivers/b.yaml');
    r.write('policies/demo/waivers/b.yaml', waiver('second-name'));
    r.commit('rename');
    const report = await diffJson(['--base', 'HEAD~1', '--head', 'HEAD'], r.dir);
    expect(report.changes.map((c) => [c.type, c.class])).toEqual([
      ['document-renamed', 'neutral'],
      ['value-changed', 'neutral'],
    ]);
  });

  it('names files relative to the directory it runs in, like validate', async () => {
    const r = baseRepo();
    r.git('mv', 'policies/demo/after-sales.yaml', 'policies/demo/returns.yaml');
    r.write('policies/demo/returns.yaml', afterSales(30));
    const report = await diffJson(['demo'], `${r.dir}/policies`);
    expect(report.changes.map((c) => [c.type, c.file, c.message])).toEqual([
      ['document-renamed', 'demo/returns.yaml', 'after-sales policy after-sales moved: demo/after-sales.yaml -> demo/returns.yaml'],
      ['value-changed', 'demo/returns.yaml', 'no-reason return window 7 -> 30 days'],
    ]);
  });

  it('leaves a file with broken YAML out instead of reporting its documents removed', async () => {
    const r = baseRepo();
    r.write('policies/demo/after-sales.yaml', 'apiVersion: [unclosed\n');
    r.write('policies/demo/member-tiers.yaml', memberTiers(88));
    const report = await diffJson([], r.dir);
    expect(report.skipped).toEqual(['policies/demo/after-sales.yaml']);
    expect(report.changes.map((c) => c.message)).toEqual(['svip pays 88% instead of 90%']);
  });

  it('renders a pull-request comment in Markdown, grouped by store and document', async () => {
    const r = baseRepo();
    r.write('policies/demo/member-tiers.yaml', memberTiers(85));
    r.write('policies/demo/after-sales.yaml', afterSales(15));
    const result = await runCli(['diff', '--format', 'markdown'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '<!-- storepolicy-diff -->',
        '## Policy changes',
        '',
        '`HEAD` → `working tree`',
        '',
        '**1 loosen** · 1 tighten · 0 neutral',
        '',
        '### demo',
        '',
        '#### MemberTiers `member-tiers`',
        '',
        '| Change | Class | Why | Where |',
        '|---|---|---|---|',
        '| svip pays 85% instead of 90% | **⚠️ loosens** | deeper member discount (loosens the price floor by 5 points) | `policies/demo/member-tiers.yaml:19` |',
        '',
        '#### AfterSalesPolicy `after-sales`',
        '',
        '| Change | Class | Why | Where |',
        '|---|---|---|---|',
        "| no-reason return window 7 -> 15 days | 🔒 tightens | more generous to buyers (tightens the store's obligations) | `policies/demo/after-sales.yaml:8` |",
        '',
      ].join('\n'),
    );
  });

  it('speaks Chinese with --lang zh, in pretty text too', async () => {
    const r = baseRepo();
    r.write('policies/demo/after-sales.yaml', afterSales(15));
    const result = await runCli(['diff', '--lang', 'zh'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('policies/demo/after-sales.yaml:8:11 收紧 七天无理由退货期 7 -> 15 天');
    expect(result.stdout).toContain('对买家更宽厚（店铺义务收紧）');
  });

  it('says so when nothing changed', async () => {
    const r = baseRepo();
    const result = await runCli(['diff'], { cwd: r.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No semantic change to the policies.');
  });

  it('exits 1 with --fail-on-loosen only when something loosens', async () => {
    const r = baseRepo();
    r.write('policies/demo/after-sales.yaml', afterSales(15));
    expect((await runCli(['diff', '--fail-on-loosen'], { cwd: r.dir })).code).toBe(0);
    r.write('policies/demo/member-tiers.yaml', memberTiers(85));
    expect((await runCli(['diff', '--fail-on-loosen'], { cwd: r.dir })).code).toBe(1);
  });

  it('exits 2 with one line for an unknown revision, outside a repository, or with no policies', async () => {
    const r = baseRepo();
    const unknown = await runCli(['diff', '--base', 'no-such-branch'], { cwd: r.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('storepolicy: --base no-such-branch: no such revision (fetch it first, e.g. `git fetch origin no-such-branch`)\n');
    expect(unknown.stderr).not.toMatch(STACK_TRACE);
    const none = await runCli(['diff', 'nothing-here'], { cwd: r.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no policy files \(\*\.yaml\) under nothing-here/);
    const outside = await runCli(['diff'], { cwd: '/' });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not inside a git repository/);
  });
});

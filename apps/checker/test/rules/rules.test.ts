import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ruleCatalog } from '@storepolicy/engine';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../validate/run-cli.js';

// Run from outside the repository: the doc pages are found from the CLI's own location.
const cwd = tmpdir();

describe('storepolicy rules', () => {
  it('lists every rule with its severity, law mark and summary', async () => {
    const result = await runCli(['rules'], { cwd });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`${ruleCatalog.length} rules; show one with: storepolicy rules <code>`);
    expect(lines).toContainEqual(expect.stringMatching(/^schema\/unknown-key +error {4} {3} {2}A key is not part of the schema \(often a typo\)\.$/));
    for (const rule of ruleCatalog) {
      const line = lines.find((l) => l.startsWith(`${rule.code} `));
      expect(line, rule.code).toBeDefined();
      expect(line).toContain(rule.severity);
      expect(line!.includes(' law ')).toBe(rule.law === true);
    }
  });

  it('lists summaries in Chinese with --lang zh', async () => {
    const result = await runCli(['rules', '--lang', 'zh'], { cwd });
    // under --lang zh the severity word is Chinese too, like the summary
    expect(result.stdout).toMatch(/^yaml\/duplicate-key +错误 +同一映射中出现重复的键。$/m);
    // the law mark and the last line from the commands table, in Chinese
    expect(result.stdout).toMatch(/^compliance\/[a-z-]+ +错误 +法律 +/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`共 ${ruleCatalog.length} 条规则；查看某条规则：storepolicy rules <code>`);
    const markdown = await runCli(['rules', '--lang', 'zh', '--format', 'markdown'], { cwd });
    expect(markdown.stdout.split('\n')[0]).toBe('| 规则 | 级别 | 法律 | 说明 |');
  });

  it('gives the catalogue as JSON and as a Markdown table', async () => {
    const json = JSON.parse((await runCli(['rules', '--format', 'json'], { cwd })).stdout) as { version: number; rules: Array<{ code: string; severity: string; law: boolean; docs: string; messages: string[] }> };
    expect(json.version).toBe(1);
    expect(json.rules.map((r) => r.code)).toEqual(ruleCatalog.map((r) => r.code));
    expect(json.rules.find((r) => r.code === 'yaml/alias-limit')).toEqual({
      code: 'yaml/alias-limit',
      severity: 'error',
      law: false,
      summary: ruleCatalog.find((r) => r.code === 'yaml/alias-limit')!.summary,
      docs: 'docs/rules/yaml/alias-limit.md',
      messages: ['yaml/alias-limit.exceeded'],
    });
    const markdown = (await runCli(['rules', '--format', 'markdown'], { cwd })).stdout.split('\n');
    expect(markdown[0]).toBe('| Rule | Severity | Law | Summary |');
    expect(markdown).toContain('| [`schema/enum`](docs/rules/schema/enum.md) | error |  | A value is not one of the allowed values. |');
  });

  it("prints one rule's doc page, whatever the working directory", async () => {
    const result = await runCli(['rules', 'schema/unknown-key'], { cwd });
    expect(result.code).toBe(0);
    const page = readFileSync(new URL('../../../../docs/rules/schema/unknown-key.md', import.meta.url), 'utf8');
    expect(result.stdout).toBe(page.endsWith('\n') ? page : `${page}\n`);
    const json = JSON.parse((await runCli(['rules', 'schema/unknown-key', '--format', 'json'], { cwd })).stdout) as { rule: { code: string; doc: string } };
    expect(json.rule.code).toBe('schema/unknown-key');
    expect(json.rule.doc).toBe(page);
  });

  it('exits 2 for an unknown rule, with a did-you-mean', async () => {
    const typo = await runCli(['rules', 'schema/unknwon-key'], { cwd });
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe('storepolicy: unknown rule "schema/unknwon-key"; did you mean schema/unknown-key?\n');
    const bare = await runCli(['rules', 'duplicate-key'], { cwd });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/did you mean yaml\/duplicate-key/);
    const nothing = await runCli(['rules', 'qqqq/zzzz'], { cwd });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toBe('storepolicy: unknown rule "qqqq/zzzz"; run `storepolicy rules` for the list\n');
    expect(nothing.stderr).not.toMatch(STACK_TRACE);
  });
});

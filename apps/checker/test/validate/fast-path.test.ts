import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './run-cli.js';

// `validate` reads a plain file with js-yaml and builds yaml's nodes and
// positions only for a finding (packages/schema/src/load-yaml-fast.ts). Its
// output must be the output of the full parse, line for line, on the kind of
// repository the benchmark generates (bench/validate.mjs: the demo stores
// copied under new ids), with broken files among them.

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const { dir, cleanup } = tempDir();
afterAll(cleanup);

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The demo stores under new ids (as the benchmark makes them), YAML only; returns the files written. */
function generate(stores: number): string[] {
  const policies = path.join(dir, 'policies');
  cpSync(path.join(repo, 'policies', '_base'), path.join(policies, '_base'), { recursive: true });
  const demos = readdirSync(path.join(repo, 'policies')).filter((d) => d.startsWith('demo-')).sort();
  const written: string[] = [];
  for (let n = 1; n <= stores; n++) {
    const demo = demos[n % demos.length]!;
    const id = `bench-${String(n).padStart(4, '0')}`;
    for (const file of yamlFilesUnder(path.join(repo, 'policies', demo))) {
      const target = path.join(policies, id, path.relative(path.join(repo, 'policies', demo), file));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(file, 'utf8').replaceAll(`store: ${demo}`, `store: ${id}`));
      written.push(target);
    }
  }
  return written;
}

/** Break a file the way people do, so both paths meet every layer's findings. */
function breakFile(file: string, how: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const broken = how(text);
  expect(broken, `${file} must change`).not.toBe(text);
  writeFileSync(file, broken);
}

const written = generate(6);
const store = (n: number, file: string) => path.join(dir, 'policies', `bench-000${n}`, file);
// semantic rules: tiers out of order; schema: a misspelt key and a wrong type; YAML: a duplicate key,
// an unknown tag (a warning), a flow sequence over two lines, an unterminated quote
breakFile(store(1, 'member-tiers.yaml'), (t) => t.replace(/spend: \d+/g, (m, offset: number) => (offset > t.length / 2 ? 'spend: 1' : m)));
breakFile(store(2, 'after-sales.yaml'), (t) => t.replace('spec:', 'spec:\n  no_reasn_days: 7'));
breakFile(store(3, 'store.yaml'), (t) => t.replace(/^kind: Store$/m, 'kind: Store\nkind: Store'));
breakFile(store(4, 'packing.yaml'), (t) => t.replace(/^kind: (\w+)$/m, 'kind: !local $1'));
breakFile(store(5, 'member-tiers.yaml'), (t) => t.replace(/^metadata:$/m, 'labels: [a,\n  b]\nmetadata:'));
breakFile(store(6, 'promotion-policy.yaml'), (t) => t.replace(/^kind: (\w+)$/m, 'kind: "$1'));
// the validate fixtures: alias bomb, bad indentation, tabs, duplicate and misspelt keys, __proto__, out of range
cpSync(path.join(FIXTURES, 'broken'), path.join(dir, 'policies', 'broken'), { recursive: true });
cpSync(path.join(FIXTURES, 'semantic'), path.join(dir, 'policies', 'semantic'), { recursive: true });

describe('validate: the fast YAML path gives the full path\'s output', () => {
  it.each([
    ['text', []],
    ['JSON', ['--format', 'json']],
    ['text in Chinese', ['--lang', 'zh']],
  ])('%s, line for line', async (_format, flags) => {
    const args = ['validate', 'policies', ...flags];
    const reference = await runCli(args, { cwd: dir, env: { STOREPOLICY_YAML_FAST: '0' } });
    const fast = await runCli(args, { cwd: dir });
    expect(reference.stderr).toBe('');
    expect(reference.code).toBe(1);
    expect(fast.code).toBe(reference.code);
    expect(fast.stderr).toBe(reference.stderr);
    expect(fast.stdout.split('\n')).toStrictEqual(reference.stdout.split('\n'));
  });

  it('meets findings of every layer on that repository', async () => {
    const result = await runCli(['validate', 'policies', '--format', 'json'], { cwd: dir });
    const { summary, diagnostics } = JSON.parse(result.stdout) as { summary: { files: number }; diagnostics: { code: string; severity: string }[] };
    expect(summary.files).toBeGreaterThan(written.length);
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const code of ['tiers/threshold-order', 'schema/unknown-key', 'yaml/duplicate-key', 'yaml/syntax', 'yaml/alias-limit']) {
      expect(codes, code).toContain(code);
    }
    expect(diagnostics.some((d) => d.code === 'yaml/syntax' && d.severity === 'warning')).toBe(true);
  });
});

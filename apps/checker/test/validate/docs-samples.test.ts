import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './run-cli.js';

// each test runs the CLI in child processes; a busy 2-core machine needs more than the 5 s default

// The samples in docs/guide/output-formats.md are real output. This test runs
// every `$ pnpm -s storepolicy ...` block again and fails when the guide has
// drifted. Regenerate with:
//   UPDATE_DOCS=1 npx vitest run test/validate/docs-samples
const ROOT = path.resolve(FIXTURES, '../../../../..');
const GUIDE = path.join(ROOT, 'docs/guide/output-formats.md');
const BLOCK = /```console\n\$ pnpm -s storepolicy ([^\n]*)\n([\s\S]*?)\n```/g;

/** The tool's own version moves with every release; the samples need not. */
const normalise = (text: string) => text.replace(/("(?:semantic)?[vV]ersion": )"\d+\.\d+\.\d+[^"]*"/g, '$1"X.Y.Z"');

describe('docs/guide/output-formats.md samples', () => {
  const guide = readFileSync(GUIDE, 'utf8');
  const blocks = [...guide.matchAll(BLOCK)];

  it('has samples for every format', () => {
    const commands = blocks.map((b) => b[1]!);
    for (const format of ['json', 'github', 'sarif', 'junit']) {
      expect(commands.some((c) => c.includes(`--format ${format}`))).toBe(true);
    }
    expect(commands.some((c) => !c.includes('--format'))).toBe(true);
  });

  it('shows what the command really prints', async () => {
    let updated = guide;
    for (const [whole, command, shown] of blocks) {
      const result = await runCli(command!.split(' '), { cwd: ROOT });
      const actual = result.stdout.replace(/\n$/, '');
      if (process.env.UPDATE_DOCS) {
        updated = updated.replace(whole, whole.replace(shown!, () => actual));
        continue;
      }
      expect(normalise(actual), `output of "storepolicy ${command}"`).toBe(normalise(shown!));
    }
    if (process.env.UPDATE_DOCS && updated !== guide) writeFileSync(GUIDE, updated);
  });
});

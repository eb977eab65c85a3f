import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './run-cli.js';

// The samples in docs/guide/output-formats.md are real output, checked with
// every other doc sample by test/docs/samples.test.ts (regenerate them with
// `pnpm docs:samples`). Here: the guide shows every format.
const ROOT = path.resolve(FIXTURES, '../../../../..');
const GUIDE = path.join(ROOT, 'docs/guide/output-formats.md');
const BLOCK = /```console\n\$ pnpm -s storepolicy ([^\n]*)\n([\s\S]*?)\n```/g;

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
});

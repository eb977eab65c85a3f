import { describe, expect, it } from 'vitest';
import { STACK_TRACE, findings, runCli } from './run-cli.js';

// each test runs the CLI in child processes; a busy 2-core machine needs more than the 5 s default

// Layer 2 (JSON Schema) as a manager meets it: the code, the exact place, why
// and how to fix. Fixtures: test/fixtures/validate/broken/*.yaml, one fault each.
describe('storepolicy validate: structure', () => {
  it('passes a clean store (exit 0)', async () => {
    const result = await runCli(['validate', 'clean', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(findings(result)).toEqual([]);
    // the store's three files and the law baseline its compliance policy extends (read and checked too)
    expect(JSON.parse(result.stdout).summary).toEqual({ files: 4, errors: 0, warnings: 0, infos: 0, waived: 0 });
  });

  const cases = [
    {
      name: 'a wrong type',
      file: 'broken/wrong-type.yaml',
      expected: { code: 'schema/type', line: 8, column: 27, pointer: '/spec/evaluation_window_days' },
      message: /must be a whole number, but is the text "a year"/,
    },
    {
      name: 'an out-of-range value',
      file: 'broken/out-of-range.yaml',
      expected: { code: 'schema/range', line: 13, column: 33, pointer: '/spec/tiers/0/benefits/price_percent' },
      message: /is 120; it must be at most 100/,
    },
    {
      name: 'a missing key (at the closest parent: the tier item)',
      file: 'broken/missing-key.yaml',
      expected: { code: 'schema/required', line: 10, column: 7, pointer: '/spec/tiers/0/benefits' },
      message: /missing the required key "benefits"/,
    },
    {
      name: 'a missing envelope key (at its parent key)',
      file: 'broken/missing-metadata-name.yaml',
      expected: { code: 'schema/required', line: 3, column: 1, pointer: '/metadata/name' },
      message: /metadata is missing the required key "name"/,
    },
    {
      name: 'a misspelt key, with the suggestion',
      file: 'broken/misspelt-key.yaml',
      expected: { code: 'schema/unknown-key', line: 15, column: 9, pointer: '/spec/tiers/0/benefits/free_shiping' },
      message: /Unknown key "free_shiping".*did you mean "free_shipping"\?/,
      hint: 'Rename it to "free_shipping".',
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name} with code, line and column (exit 1)`, async () => {
      const result = await runCli(['validate', c.file, '--format', 'json']);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      const [first, ...rest] = findings(result);
      expect(rest).toEqual([]);
      expect(first).toMatchObject({ ...c.expected, severity: 'error', file: c.file });
      expect(first!.message).toMatch(c.message);
      if (c.hint) expect(first!.hint).toBe(c.hint);
    });
  }

  it('treats __proto__ and constructor keys as plain (unknown) data', async () => {
    const result = await runCli(['validate', 'broken/proto-keys.yaml', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toBe('');
    const unknown = findings(result).filter((d) => d.code === 'schema/unknown-key');
    expect(unknown.map((d) => [d.pointer, d.line, d.column])).toEqual([
      ['/__proto__', 3, 1],
      ['/metadata/constructor', 8, 3],
    ]);
    // the rest of the document was read as data: spec: {} lacks its required keys
    expect(findings(result).filter((d) => d.code === 'schema/required').map((d) => d.pointer)).toEqual([
      '/spec/metric',
      '/spec/evaluation_window_days',
      '/spec/tiers',
    ]);
  });

  it('runs the policy rules on valid documents, with related locations', async () => {
    const result = await runCli(['validate', 'semantic', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.diagnostics).toHaveLength(1);
    expect(body.diagnostics[0]).toMatchObject({
      code: 'tiers/threshold-order',
      file: 'semantic/member-tiers.yaml',
      line: 20,
      column: 24,
      pointer: '/spec/tiers/2/qualify/spend',
      related: [{ file: 'semantic/member-tiers.yaml', line: 16, column: 24 }],
    });
    const pretty = await runCli(['validate', 'semantic']);
    expect(pretty.stdout).toContain('  related: semantic/member-tiers.yaml:16:24 ');
  });

  it('points the pretty code frame at the offending value', async () => {
    const result = await runCli(['validate', 'broken/out-of-range.yaml']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('broken/out-of-range.yaml:13:33  error  schema/range');
    expect(result.stdout).toContain('  > 13 |       benefits: {price_percent: 120}\n       |                                 ^^^');
  });
});

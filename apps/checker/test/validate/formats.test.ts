import { describe, expect, it } from 'vitest';
import { sarifViolations } from '../formatters/sarif-shape.js';
import { parseXml } from '../formatters/xml-check.js';
import { findings, runCli } from './run-cli.js';

// each test runs the CLI in child processes; a busy 2-core machine needs more than the 5 s default

// Every format from one real run over the broken fixtures: the same findings,
// each format well formed for the tool that reads it.
describe('storepolicy validate --format', () => {
  const paths = ['validate', 'broken/misspelt-key.yaml', 'broken/out-of-range.yaml', 'broken/tab-indent.yaml', 'warning'];

  it('github: one annotation per finding plus a summary notice', async () => {
    const [json, github] = await Promise.all([runCli([...paths, '--format', 'json']), runCli([...paths, '--format', 'github'])]);
    expect(github.code, github.stderr).toBe(1);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(findings(json).length + 1);
    expect(lines.every((l) => /^::(error|warning|notice) [^:]*::/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error file=broken/misspelt-key.yaml,line=15,col=9,endLine=15,endColumn=21,title=schema/unknown-key::'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::warning file=warning/member-tiers.yaml,line=7,col=11,'))).toBe(true);
    // the named files, the folder's files and the law baseline they extend
    expect(lines.at(-1)).toBe('::notice title=storepolicy validate::7 files checked: 3 errors, 1 warning, 0 infos');
  });

  it('sarif: a valid 2.1.0 log with a result per finding', async () => {
    const result = await runCli([...paths, '--format', 'sarif']);
    expect(result.code, result.stderr).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(sarifViolations(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results).toHaveLength(4);
    expect(results.find((r: { ruleId: string }) => r.ruleId === 'schema/unknown-key').locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'broken/misspelt-key.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 15, startColumn: 9, endLine: 15, endColumn: 21 },
    });
  });

  it('junit: well-formed XML, errors as failures, warnings as passing tests', async () => {
    const result = await runCli([...paths, '--format', 'junit']);
    expect(result.code, result.stderr).toBe(1);
    const root = parseXml(result.stdout);
    expect(root.attributes).toMatchObject({ tests: '4', failures: '3', errors: '0', skipped: '0' });
    expect(root.children.map((s) => s.attributes.name)).toEqual([
      'broken/misspelt-key.yaml',
      'broken/out-of-range.yaml',
      'broken/tab-indent.yaml',
      'warning/member-tiers.yaml',
    ]);
  });
});

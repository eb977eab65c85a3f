import { describe, expect, it } from 'vitest';
import { artifactLocation, formatSarif } from '../../src/report/formatters/sarif.js';
import { context, finding, report } from './sample-report.js';
import { sarifViolations } from './sarif-shape.js';

const sarif = (r: ReturnType<typeof report>, lang: 'en' | 'zh' = 'en') => JSON.parse(formatSarif(r, context({ lang })));

describe('sarif formatter', () => {
  const waivedBy = { file: 'policies/demo/waivers.yaml', reason: 'agreed with legal', expires: '2026-12-31' };
  const related = [{ file: 'policies/demo/member-tiers.yaml', line: 3, column: 30, endLine: 3, endColumn: 34, messageId: 'x', params: {}, message: 'set here' }];
  const sample = report([
    finding({ related }),
    finding({ code: 'schema/unknown-key', severity: 'error', line: 2, column: 3, endColumn: 15, pointer: '/spec/free_shiping', docs: 'docs/rules/schema/unknown-key.md' }),
    finding({ code: 'yaml/syntax', severity: 'warning', pointer: '', line: 1, column: 1, endLine: 1, endColumn: 1, docs: 'docs/rules/yaml/syntax.md' }),
    finding({ severity: 'info', line: 7, waivedBy }),
  ]);

  it('is a well-formed SARIF 2.1.0 log', () => {
    const log = sarif(sample);
    expect(sarifViolations(log)).toEqual([]);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'storepolicy', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('the structural check catches a broken log (it can fail)', () => {
    const log = sarif(sample);
    log.runs[0].results[0].ruleIndex = 2;
    log.runs[0].results[1].locations[0].physicalLocation.region.endLine = 0;
    log.runs[0].results[2].level = 'fatal';
    expect(sarifViolations(log)).toHaveLength(3);
  });

  it('describes each rule once, from the engine catalogue, with its docs and default level', () => {
    const rules = sarif(sample).runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['schema/unknown-key', 'tiers/threshold-order', 'yaml/syntax']);
    const unknownKey = rules[0];
    expect(unknownKey.shortDescription.text).toBe('A key is not part of the schema (often a typo).');
    expect(unknownKey.help.text).toContain('docs/rules/schema/unknown-key.md');
    expect(unknownKey.defaultConfiguration.level).toBe('error');
    expect(sarif(sample, 'zh').runs[0].tool.driver.rules[2].shortDescription.text).toBe('文件不是合法的 YAML 1.2。');
  });

  it('maps each finding to a result with level, message, region and related locations', () => {
    const [first, , third] = sarif(sample).runs[0].results;
    expect(first).toMatchObject({
      ruleId: 'tiers/threshold-order',
      ruleIndex: 1,
      level: 'error',
      message: { text: "spend 3000 must be above the previous tier's 5000 (line 3)\nRaise spend above 5000 or reorder the tiers." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'policies/demo/member-tiers.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 12, endLine: 5, endColumn: 16 },
          },
        },
      ],
      relatedLocations: [
        { id: 0, message: { text: 'set here' }, physicalLocation: { region: { startLine: 3, startColumn: 30 } } },
      ],
    });
    expect(third.level).toBe('warning');
  });

  it('marks waived findings as externally suppressed with the justification', () => {
    const waived = sarif(sample).runs[0].results[3];
    expect(waived.level).toBe('note');
    expect(waived.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'agreed with legal (policies/demo/waivers.yaml, expires 2026-12-31)' },
    ]);
    expect(sarif(sample).runs[0].results[0]).not.toHaveProperty('suppressions');
  });

  it('fingerprints a finding by code, file and pointer, so moving it keeps its identity', () => {
    const at = (overrides: Parameters<typeof finding>[0]) =>
      sarif(report([finding(overrides)])).runs[0].results[0].partialFingerprints['storepolicyFinding/v1'];
    const base = at({});
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(at({ line: 40, column: 2 })).toBe(base);
    expect(at({ pointer: '/spec/tiers/2/spend' })).not.toBe(base);
    expect(at({ file: 'policies/other/member-tiers.yaml' })).not.toBe(base);
    expect(at({ code: 'tiers/other' })).not.toBe(base);
  });

  it('writes repository-relative URIs with forward slashes and escapes', () => {
    expect(artifactLocation('policies\\demo\\a.yaml')).toEqual({ uri: 'policies/demo/a.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./policies/my store/会员.yaml')).toEqual({
      uri: 'policies/my%20store/%E4%BC%9A%E5%91%98.yaml',
      uriBaseId: '%SRCROOT%',
    });
    expect(artifactLocation('/tmp/x/a.yaml')).toEqual({ uri: 'file:///tmp/x/a.yaml' });
    expect(artifactLocation('C:\\work\\a b.yaml')).toEqual({ uri: 'file:///C:/work/a%20b.yaml' });
  });

  it('is valid for an empty report', () => {
    const log = sarif(report([]));
    expect(sarifViolations(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/formatters/github.js';
import { context, finding, report } from './sample-report.js';

describe('github formatter', () => {
  it('emits one workflow command per finding with the full region and the code as title', () => {
    const lines = formatGithub(report([finding()]), context()).split('\n');
    expect(lines[0]).toBe(
      '::error file=policies/demo/member-tiers.yaml,line=5,col=12,endLine=5,endColumn=16,title=tiers/threshold-order::' +
        "spend 3000 must be above the previous tier's 5000 (line 3)%0Ahint: Raise spend above 5000 or reorder the tiers." +
        '%0Adocs: docs/rules/tiers/threshold-order.md',
    );
    expect(lines[1]).toBe('::notice title=storepolicy validate::2 files checked: 1 error, 0 warnings, 0 infos');
    expect(lines).toHaveLength(2);
  });

  it('maps severities to error, warning and notice', () => {
    const out = formatGithub(report([finding(), finding({ severity: 'warning' }), finding({ severity: 'info' })]), context());
    expect(out.split('\n').map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning', '::notice', '::notice']);
  });

  it('turns waived findings into notices, never errors', () => {
    const waivedBy = { file: 'w.yaml', reason: 'ok by legal', expires: '2026-12-31' };
    const [line] = formatGithub(report([finding({ waivedBy })]), context()).split('\n');
    expect(line).toMatch(/^::notice file=/);
    expect(line).toContain('title=tiers/threshold-order (waived)::');
    expect(line).toContain('w.yaml (2026-12-31): ok by legal');
  });

  it('escapes data and properties by the GitHub rules', () => {
    expect(escapeData('100% off\r\nnext: a,b')).toBe('100%25 off%0D%0Anext: a,b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const out = formatGithub(report([finding({ file: 'dir,x/a:b.yaml', message: 'x\ny %' })]), context());
    expect(out).toContain('file=dir%2Cx/a%3Ab.yaml,');
    expect(out.split('\n')[0]).toContain('::x%0Ay %25%0Ahint');
    // one physical line per command whatever the data holds
    expect(out.split('\n')).toHaveLength(2);
  });

  it('uses forward slashes in file paths', () => {
    expect(formatGithub(report([finding({ file: 'policies\\demo\\a.yaml' })]), context())).toContain('file=policies/demo/a.yaml,');
  });

  it('localises the summary', () => {
    expect(formatGithub(report([]), context({ lang: 'zh' }))).toBe('::notice title=storepolicy validate::已检查 2 个文件，未发现问题');
  });
});

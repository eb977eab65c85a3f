import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../src/report/formatters/pretty.js';
import { ANSI, TIERS_SOURCE, context, finding, report } from './sample-report.js';

const FILE = 'policies/demo/member-tiers.yaml';
const sources = { [FILE]: TIERS_SOURCE };

describe('pretty formatter', () => {
  it('prints location, severity, code, message, frame, hint, related and docs', () => {
    const related = [
      { file: FILE, line: 3, column: 30, endLine: 3, endColumn: 34, messageId: 'x', params: {}, message: 'previous tier sets 5000 here' },
    ];
    const out = formatPretty(report([finding({ related })]), context({}, sources));
    expect(out).toBe(
      [
        `${FILE}:5:12  error  tiers/threshold-order`,
        "  spend 3000 must be above the previous tier's 5000 (line 3)",
        '    3 |     - {name: gold, spend: 5000}',
        '    4 |     - name: svip',
        '  > 5 |       spend: 3000',
        '      |            ^^^^',
        '    6 |     - name: vvip',
        '    7 |       spend: 9000',
        '  hint: Raise spend above 5000 or reorder the tiers.',
        `  related: ${FILE}:3:30 previous tier sets 5000 here`,
        '  docs: docs/rules/tiers/threshold-order.md',
        '',
        '2 files checked: 1 error, 0 warnings, 0 infos',
      ].join('\n'),
    );
  });

  it('has no ANSI codes without colour and uses them with colour', () => {
    const r = report([finding()]);
    expect(formatPretty(r, context({}, sources))).not.toMatch(ANSI);
    expect(formatPretty(r, context({ color: true }, sources))).toMatch(ANSI);
  });

  it('prints no frame when the source is unavailable', () => {
    const out = formatPretty(report([finding()]), context());
    expect(out).not.toContain(' | ');
    expect(out).toContain('hint: ');
  });

  it('localises labels and the summary in Chinese', () => {
    const r = report([finding(), finding({ severity: 'warning', line: 7, column: 14, endColumn: 18 })]);
    const out = formatPretty(r, context({ lang: 'zh' }, sources));
    expect(out).toContain(`${FILE}:5:12  错误  tiers/threshold-order`);
    expect(out).toContain(`${FILE}:7:14  警告  tiers/threshold-order`);
    expect(out).toContain('  修改建议：Raise spend');
    expect(out).toContain('  规则说明：docs/rules/tiers/threshold-order.md');
    expect(out.split('\n').at(-1)).toBe('已检查 2 个文件：1 个错误，1 个警告，0 条提示');
  });

  it('lists waived findings apart with their waiver and leaves them out of the counts', () => {
    const waivedBy = { file: 'policies/demo/waivers.yaml', reason: 'agreed with legal', expires: '2026-12-31' };
    const r = report([finding(), finding({ line: 7, column: 14, endColumn: 18, waivedBy })]);
    const out = formatPretty(r, context({}, sources));
    const [active, waived] = out.split('Waived (1): reported, not counted');
    expect(active).toContain(`${FILE}:5:12  error`);
    expect(active).not.toContain(`${FILE}:7:14`);
    expect(waived).toContain(`${FILE}:7:14  error  tiers/threshold-order`);
    expect(waived).toContain('waived by policies/demo/waivers.yaml until 2026-12-31: agreed with legal');
    expect(out.split('\n').at(-1)).toBe('2 files checked: 1 error, 0 warnings, 0 infos, 1 waived');
  });

  it('summarises a clean run', () => {
    expect(formatPretty(report([], 1), context())).toBe('1 file checked: no problems');
    expect(formatPretty(report([], 3), context({ lang: 'zh' }))).toBe('已检查 3 个文件，未发现问题');
  });

  it('never writes control characters from user data to the terminal', () => {
    const out = formatPretty(report([finding({ message: 'Unknown key "\u001b[2Jboom"' })]), context());
    expect(out).not.toContain('\u001b');
  });
});

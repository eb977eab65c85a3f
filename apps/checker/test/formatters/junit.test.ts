import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/report/formatters/junit.js';
import { xmlAttribute, xmlText } from '../../src/report/formatters/xml.js';
import { context, finding, report } from './sample-report.js';
import { parseXml, type XmlElement } from './xml-check.js';

const A = 'policies/demo/member-tiers.yaml';
const B = 'policies/demo/after-sales.yaml';

const counts = (e: XmlElement) => ({
  tests: Number(e.attributes.tests),
  failures: Number(e.attributes.failures),
  errors: Number(e.attributes.errors),
  skipped: Number(e.attributes.skipped),
});

describe('junit formatter', () => {
  const waivedBy = { file: 'policies/demo/waivers.yaml', reason: 'agreed with legal', expires: '2026-12-31' };
  const sample = report([
    finding({ file: A }),
    finding({ file: A, line: 7, column: 14, message: 'second' }),
    finding({ file: A, code: 'schema/type', severity: 'warning', message: 'a warning' }),
    finding({ file: B, code: 'after-sales/window', waivedBy, message: 'waived one' }),
  ]);

  it('is well-formed XML with one suite per file and one case per (file, rule)', () => {
    const root = parseXml(formatJunit(sample, context()));
    expect(root.name).toBe('testsuites');
    expect(counts(root)).toEqual({ tests: 3, failures: 1, errors: 0, skipped: 1 });
    expect(root.children.map((s) => s.attributes.name)).toEqual([A, B]);
    const [a, b] = root.children as [XmlElement, XmlElement];
    expect(counts(a)).toEqual({ tests: 2, failures: 1, errors: 0, skipped: 0 });
    expect(counts(b)).toEqual({ tests: 1, failures: 0, errors: 0, skipped: 1 });
    expect(a.children.map((c) => c.attributes.name)).toEqual(['tiers/threshold-order', 'schema/type']);
  });

  it('puts every error of a rule in its failure, each with file:line:col', () => {
    const root = parseXml(formatJunit(sample, context()));
    const failure = root.children[0]!.children[0]!.children.find((c) => c.name === 'failure')!;
    expect(failure.attributes.type).toBe('tiers/threshold-order');
    expect(failure.attributes.message).toBe("spend 3000 must be above the previous tier's 5000 (line 3) (+1)");
    expect(failure.text).toContain(`${A}:5:12 error spend 3000`);
    expect(failure.text).toContain(`${A}:7:14 error second`);
    expect(failure.text).toContain('docs: docs/rules/tiers/threshold-order.md');
  });

  it('reports warnings as passing tests with system-out, and waived findings as skipped', () => {
    const root = parseXml(formatJunit(sample, context()));
    const warning = root.children[0]!.children[1]!;
    expect(warning.children.map((c) => c.name)).toEqual(['system-out']);
    expect(warning.children[0]!.text).toContain(`${A}:5:12 warning a warning`);
    const waived = root.children[1]!.children[0]!;
    expect(waived.children[0]).toMatchObject({
      name: 'skipped',
      attributes: { message: 'waived by policies/demo/waivers.yaml until 2026-12-31: agreed with legal' },
    });
  });

  it('escapes markup, quotes, control characters and "]]>" from user data', () => {
    const nasty = 'key "<a>" & \'b\' ]]> \u0001\u001b end\uffff';
    const xml = formatJunit(report([finding({ message: nasty, file: 'a&b.yaml' })]), context());
    const root = parseXml(xml);
    expect(xml).not.toContain(']]>');
    const failure = root.children[0]!.children[0]!.children[0]!;
    expect(failure.attributes.message).toBe('key "<a>" & \'b\' ]]> \\u0001\\u001b end\\uffff');
    expect(root.children[0]!.attributes.name).toBe('a&b.yaml');
    expect(xmlAttribute('a\nb\tc')).toBe('a&#10;b&#9;c');
    expect(xmlText('\ud800 lone')).toBe('\\ud800 lone');
  });

  it('the XML check rejects malformed output (it can fail)', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a x="1">x & y</a>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
  });

  it('is one passing test for a clean run', () => {
    const root = parseXml(formatJunit(report([], 4), context()));
    expect(counts(root)).toEqual({ tests: 1, failures: 0, errors: 0, skipped: 0 });
    expect(root.children[0]!.children[0]!.attributes.name).toBe('4 files checked: no problems');
  });
});

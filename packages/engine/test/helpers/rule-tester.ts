import { loadYaml, validateStructure, type Diagnostic, type PolicyDocument } from '@storepolicy/schema';
import { buildPolicySet } from '../../src/bundle.js';
import type { PolicySet } from '../../src/model.js';
import type { PolicyRule } from '../../src/rule.js';
import { runPolicyRules } from '../../src/runner.js';

/** Small YAML fixtures by file name, as a store folder would hold them. */
export type Fixture = Record<string, string>;

/** Load fixtures like `storepolicy validate` does; structural errors fail the test loudly. */
export function loadFixture(files: Fixture): { set: PolicySet; documents: PolicyDocument[] } {
  const documents: PolicyDocument[] = [];
  for (const [file, text] of Object.entries(files)) {
    const loaded = loadYaml(file, text);
    const structural = [...loaded.diagnostics, ...loaded.documents.flatMap((d) => validateStructure(d))];
    if (structural.length > 0) {
      throw new Error(`fixture ${file} is not structurally valid:\n${JSON.stringify(structural, null, 2)}`);
    }
    documents.push(...loaded.documents);
  }
  return { set: buildPolicySet(documents), documents };
}

/** What a rule test asserts: the parts a manager sees. */
export interface Expected {
  code: string;
  severity?: Diagnostic['severity'];
  file?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
}

/** Run one rule over fixtures and return findings in the shape tests compare. */
export function runRule(rule: PolicyRule, files: Fixture, now = new Date('2026-11-01T00:00:00+08:00')): Diagnostic[] {
  const { set } = loadFixture(files);
  return runPolicyRules(set, { now }, [rule]);
}

/** Findings reduced to the fields an `Expected` names, for `toEqual`. */
export function pick(diagnostics: Diagnostic[], like: Expected[]): Expected[] {
  return diagnostics.map((d, i) => {
    const shape = like[i] ?? like[0] ?? { code: '', line: 0, column: 0 };
    const out: Expected = { code: d.code, line: d.line, column: d.column };
    if (shape.severity !== undefined) out.severity = d.severity;
    if (shape.file !== undefined) out.file = d.file;
    if (shape.endLine !== undefined) out.endLine = d.endLine;
    if (shape.endColumn !== undefined) out.endColumn = d.endColumn;
    if (shape.messageId !== undefined) out.messageId = d.messageId;
    return out;
  });
}

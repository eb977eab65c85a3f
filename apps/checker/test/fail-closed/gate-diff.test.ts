import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lawRepo, positionOf, type LawRepo } from './_law-repo.js';

// Bypass family "a change that switches law checks off reads as neutral in
// diff" (SPEC section 7, `diff`; section 9): a category's legal class decides
// which law checks its listings get. Moving 保健食品 from health_food to
// general drops the "本品不能代替药物" statement and the approval number; on
// the old main `diff` called it neutral ("no known direction").

let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-food']);
  repo.commit();
});
afterEach(() => repo.cleanup());

describe('fail closed: diff says what a legal-class change does', () => {
  it('health-supplements health_food -> general is loosens, at the value, and --fail-on-loosen exits 1', async () => {
    repo.edit('policies/demo-food/store.yaml', 'legal_class: health_food', 'legal_class: general');
    const result = await repo.run(['diff', '--format', 'json', '--fail-on-loosen']);
    expect(result.code).toBe(1);
    const changes = (JSON.parse(result.stdout) as { changes: Array<{ class: string; file: string; line: number; column: number; message: string }> }).changes;
    const at = positionOf(repo.read('policies/demo-food/store.yaml'), 'general', 'health-supplements');
    expect(changes.map((c) => [c.class, c.file, c.line, c.column])).toEqual([['loosens', 'policies/demo-food/store.yaml', at.line, at.column]]);
    expect(changes[0]!.message).toContain('health_food -> general');
  });
});

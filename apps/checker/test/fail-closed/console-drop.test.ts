import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleApp } from '../console/fixture.js';
import { lawRepo, type LawRepo } from './_law-repo.js';

// Bypass family "an export dropped on the console" (issue 12; SPEC section 9):
// the console's file drop is another door into `check listing`, and must not
// check less than the command: no waiver reaches it through the file's name
// (the operator chooses the name), and no store without its law baseline
// shows a dropped catalogue as clean.

const NOW = '2026-12-01T00:00:00+08:00';
const ROW = `${JSON.stringify({ sku: 'M-1', title: '连衣裙 全网最低价', category: 'dresses', price: '99', size_chart: true })}\n`;
let repo: LawRepo;
beforeEach(() => {
  repo = lawRepo(['demo-apparel']);
});
afterEach(() => repo.cleanup());

const drop = async (file: string) => {
  const res = await consoleApp(repo.root).request('/api/listing-file', {
    body: { store: 'demo-apparel', file, content: Buffer.from(ROW).toString('base64'), now: NOW },
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
};

describe('fail closed: a dropped export is checked as fully as check listing checks it', () => {
  it('a waiver naming a file never covers a drop given that name: the banned term still fails', async () => {
    repo.write(
      'policies/demo-apparel/waivers/planted.yaml',
      [
        'apiVersion: storepolicy/v1',
        'kind: Waiver',
        'metadata: {store: demo-apparel, name: planted}',
        'spec:',
        '  rule: listing/banned-term',
        '  target: {file: "**/drop.ndjson"}',
        '  reason: {zh: 试运行, en: pilot}',
        '  approved_by: li.na@example.com',
        '  expires: 2026-12-20',
        '',
      ].join('\n'),
    );
    const { status, body } = await drop('drop.ndjson');
    expect(status).toBe(200);
    expect(body.failing).toBe(1);
    const banned = body.rows[0].findings.filter((f: { code: string }) => f.code === 'listing/banned-term');
    expect(banned).toHaveLength(1);
    expect(banned[0]).toMatchObject({ severity: 'error', line: 1, column: ROW.indexOf('全网最低价') + 1 });
    expect(banned[0].waivedBy).toBeUndefined();
  });

  it('a store whose compliance policy no longer extends the law: the drop is refused at that policy, not shown clean', async () => {
    repo.edit('policies/demo-apparel/compliance.yaml', '  extends: ../_base/cn-regulations.yaml\n', '');
    const { status, body } = await drop('drop.ndjson');
    expect(status).toBe(422);
    expect(body.error).toMatch(/compliance\.yaml:\d+:\d+: compliance\/no-baseline/);
    expect(body.error).toContain('no listing was checked');
  });
});

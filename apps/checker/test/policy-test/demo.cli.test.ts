import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../formatters/xml-check.js';
import { runCli } from '../validate/run-cli.js';


const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

// The demo stores ship their own tests (policies/<store>/tests/*.yaml): they
// must pass, as the sample workflow runs them on every pull request.
describe('storepolicy test on the demo stores', () => {
  it('every demo test case passes', async () => {
    const result = await runCli(['test', 'policies', '--format', 'json'], { cwd: ROOT });
    const body = JSON.parse(result.stdout) as { summary: Record<string, number>; cases: Array<{ file: string; name: string; status: string }> };
    expect(body.cases.filter((c) => c.status !== 'passed')).toEqual([]);
    expect(result.code).toBe(0);
    expect(body.summary.problems).toBe(0);
    const stores = new Set(body.cases.map((c) => c.file.split('/')[1]));
    expect([...stores].sort()).toEqual(['demo-apparel', 'demo-food']);
    expect(body.summary.cases).toBeGreaterThanOrEqual(28);
  });

  it('JUnit of the demo run is well formed, one suite per test file', async () => {
    const result = await runCli(['test', 'policies', '--format', 'junit'], { cwd: ROOT });
    const root = parseXml(result.stdout);
    expect(root.attributes.failures).toBe('0');
    expect(root.children.every((suite) => suite.attributes.name!.startsWith('policies/demo-'))).toBe(true);
  });
});

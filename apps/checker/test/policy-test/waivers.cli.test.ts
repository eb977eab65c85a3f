import { afterEach, describe, expect, it } from 'vitest';
import { findings, runCli } from '../validate/run-cli.js';
import { STORE_YAML, tiersYaml, waiverYaml, writeRepo } from './repo.js';

const NOW = ['--now', '2026-11-01T10:00:00+08:00'];
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function repo(waiver: string | undefined, svip = 65) {
  const files: Record<string, string> = { 'policies/s/store.yaml': STORE_YAML, 'policies/s/member-tiers.yaml': tiersYaml(svip) };
  if (waiver !== undefined) files['policies/s/waivers/svip.yaml'] = waiver;
  const written = writeRepo(files);
  cleanup = written.cleanup;
  return written.dir;
}

const summary = (stdout: string) => (JSON.parse(stdout) as { summary: Record<string, number> }).summary;

describe('storepolicy validate with waivers', () => {
  it('without a waiver the floor breach fails the run', async () => {
    const result = await runCli(['validate', ...NOW, '--format', 'json'], { cwd: repo(undefined) });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(summary(result.stdout)).toMatchObject({ errors: 1, waived: 0 });
  });

  it('a live waiver counts the finding apart as waived, keeps it in the report, and the run passes', async () => {
    const result = await runCli(['validate', ...NOW, '--format', 'json'], { cwd: repo(waiverYaml('2026-11-30')) });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    // + the store's compliance.yaml and the law baseline it extends (repo.ts)
    expect(summary(result.stdout)).toEqual({ files: 5, errors: 0, warnings: 0, infos: 0, waived: 1 });
    const body = JSON.parse(result.stdout) as { diagnostics: Array<{ code: string; line: number; column: number; waivedBy?: unknown }> };
    expect(body.diagnostics).toEqual([
      expect.objectContaining({
        code: 'tiers/price-floor',
        line: 9,
        column: 86,
        waivedBy: { file: 'policies/s/waivers/svip.yaml', reason: 'end-of-season clearance / 换季清仓', expires: '2026-11-30' },
      }),
    ]);
  });

  it('the pretty summary counts the waived finding apart', async () => {
    const result = await runCli(['validate', ...NOW], { cwd: repo(waiverYaml('2026-11-30')) });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/no problems, 1 waived$/);
  });

  it('every output format shows the waived finding apart, and none fails the run for it', async () => {
    const dir = repo(waiverYaml('2026-11-30'));
    const run = (format: string) => runCli(['validate', ...NOW, '--format', format], { cwd: dir });
    const [junit, sarif, github, markdown] = await Promise.all([run('junit'), run('sarif'), run('github'), run('markdown')]);
    for (const result of [junit, sarif, github, markdown]) expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(junit.stdout).toMatch(/<testcase classname="policies\/s\/member-tiers\.yaml" name="tiers\/price-floor"[^>]*><skipped message="[^"]*end-of-season clearance/);
    const result = JSON.parse(sarif.stdout).runs[0].results[0];
    expect(result.ruleId).toBe('tiers/price-floor');
    expect(result.suppressions[0].justification).toContain('end-of-season clearance');
    expect(github.stdout.split('\n')[0]).toMatch(/^::notice file=policies\/s\/member-tiers\.yaml,line=9,col=86,.*title=tiers\/price-floor \(waived\)::/);
    expect(markdown.stdout).toContain('Waived findings (1)');
  });

  it('an expired waiver is an error at its expires value, and the finding it covered counts again', async () => {
    const result = await runCli(['validate', '--now', '2026-12-01T00:00:00+08:00', '--format', 'json'], { cwd: repo(waiverYaml('2026-11-30')) });
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(summary(result.stdout)).toMatchObject({ errors: 2, waived: 0 });
    expect(findings(result).map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ['tiers/price-floor', 'policies/s/member-tiers.yaml', 9, 86],
      ['waiver/expired', 'policies/s/waivers/svip.yaml', 9, 12],
    ]);
    expect(findings(result)[1]!.message).toBe('The waiver of tiers/price-floor expired on 2026-11-30, so the findings it covered count again.');
  });

  it('a waiver beyond the horizon is waiver/no-expiry; --waiver-max-days moves the horizon', async () => {
    const dir = repo(waiverYaml('2027-03-01'));
    const strict = await runCli(['validate', ...NOW, '--format', 'json'], { cwd: dir });
    expect(strict.code, strict.stdout + strict.stderr).toBe(1);
    expect(findings(strict).filter((d) => d.code.startsWith('waiver/')).map((d) => [d.code, d.line, d.column])).toEqual([['waiver/no-expiry', 9, 12]]);
    const relaxed = await runCli(['validate', ...NOW, '--waiver-max-days', '180', '--format', 'json'], { cwd: dir });
    expect(relaxed.code, relaxed.stdout + relaxed.stderr).toBe(0);
    expect(summary(relaxed.stdout)).toMatchObject({ errors: 0, waived: 1 });
  });

  it('a waiver that matches nothing is a warning at its target (exit 0 unless --fail-on warning)', async () => {
    const dir = repo(waiverYaml('2026-11-30'), 90);
    const result = await runCli(['validate', ...NOW, '--format', 'json'], { cwd: dir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(findings(result).map((d) => [d.code, d.severity, d.line, d.column])).toEqual([['waiver/unused', 'warning', 6, 11]]);
    expect((await runCli(['validate', ...NOW, '--fail-on', 'warning'], { cwd: dir })).code).toBe(1);
  });

  it('refuses a bad --waiver-max-days with exit 2', async () => {
    const result = await runCli(['validate', ...NOW, '--waiver-max-days', 'soon'], { cwd: repo(undefined) });
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toBe('storepolicy: --waiver-max-days soon: expected a whole number of days, at least 1\n');
  });
});

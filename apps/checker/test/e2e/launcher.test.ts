// `pnpm -s storepolicy` runs scripts/storepolicy.mjs from the repository root
// with the user's folder in INIT_CWD; and before a build there is no CLI.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { userEnv } from '../helpers/in-process.js';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const LAUNCHER = path.join(ROOT, 'scripts/storepolicy.mjs');
const CLI = path.join(ROOT, 'apps/checker/dist/cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'storepolicy-launcher-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [file, ...args], { cwd, env: userEnv(env) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('pnpm -s storepolicy', () => {
  it('resolves paths against INIT_CWD, the folder the user typed the command in', async () => {
    // demo-food: a store whose validate is clean (demo-apparel keeps tier-inversion warnings)
    const food = path.join(ROOT, 'policies/demo-food');
    const count = readdirSync(food, { recursive: true }).filter((f) => /\.ya?ml$/.test(String(f))).length;
    const result = await run(LAUNCHER, ['validate', '.'], ROOT, { INIT_CWD: food, npm_lifecycle_event: 'storepolicy' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // the store's files and the law baseline its compliance policy extends
    expect(result.stdout).toBe(`${count + 1} files checked: no problems\n`);
  });

  it('ignores an INIT_CWD inherited from another script', async () => {
    const result = await run(LAUNCHER, ['validate', 'policies/demo-food/store.yaml'], ROOT, { INIT_CWD: '/', npm_lifecycle_event: 'test' });
    expect(result.code, result.stderr).toBe(0);
  });

  it('before a build says how to build: exit 2, one line, no stack trace', async () => {
    const copy = path.join(work, 'unbuilt');
    mkdirSync(path.join(copy, 'scripts'), { recursive: true });
    cpSync(LAUNCHER, path.join(copy, 'scripts/storepolicy.mjs'));
    const result = await run(path.join(copy, 'scripts/storepolicy.mjs'), ['validate'], copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^storepolicy: the checker is not built yet; run `pnpm build`.*\n$/);
    const zh = await run(path.join(copy, 'scripts/storepolicy.mjs'), ['validate', '--lang', 'zh'], copy);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('storepolicy：检查器尚未构建；请先运行 `pnpm build`（全新克隆的仓库请运行 `pnpm install && pnpm build`）后再试\n');
  });
});

describe("init's printed command, run as written", () => {
  it('validates the new store (exit 0)', async () => {
    const cwd = path.join(work, 'init');
    cpSync(path.join(ROOT, 'policies'), path.join(cwd, 'policies'), { recursive: true });
    const init = await run(CLI, ['init', 'acme'], cwd);
    expect(init.code, init.stderr).toBe(0);
    const command = /run `node (\S+) (validate .+)`$/.exec(init.stdout.trimEnd())!;
    expect(command).not.toBeNull();
    const again = await run(path.resolve(cwd, command[1]!), command[2]!.split(' '), cwd);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  });
});

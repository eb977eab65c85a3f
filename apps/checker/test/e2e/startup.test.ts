// `storepolicy --help` and `--version` start fast because they load almost
// nothing (issue 14): the bundled dist/cli.js and the three small modules it
// shares with the commands. Asserted on the set of modules the process loads,
// never on time. A loader hook records every ES module as it loads, and the
// CommonJS cache is read at exit (commander, yaml and ajv's validators are CommonJS).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess, userEnv } from '../helpers/in-process.js';

const exec = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(here, '../../dist');
const CLI = path.join(DIST, 'cli.js');
const ROOT = path.resolve(here, '../../../..');

const work = mkdtempSync(path.join(tmpdir(), 'storepolicy-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

writeFileSync(
  path.join(work, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(log, url + '\\n');
  return next(url, context);
}
`,
);
writeFileSync(
  path.join(work, 'record.mjs'),
  `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
const log = process.env.STOREPOLICY_MODULE_LOG;
register(new URL('./hooks.mjs', import.meta.url), { data: { log } });
const require = createRequire(import.meta.url);
process.on('exit', () => {
  for (const file of Object.keys(require.cache)) appendFileSync(log, pathToFileURL(file).href + '\\n');
});
`,
);

let runs = 0;
/** The files (relative to the repository) a real `storepolicy <args>` process loads. */
async function modulesLoaded(args: string[]): Promise<{ code: number; stdout: string; modules: string[] }> {
  const log = path.join(work, `modules-${++runs}.txt`);
  writeFileSync(log, '');
  const hook = pathToFileURL(path.join(work, 'record.mjs')).href;
  let code = 0;
  let stdout: string;
  try {
    ({ stdout } = await exec(process.execPath, ['--import', hook, CLI, ...args], { cwd: ROOT, env: userEnv({ STOREPOLICY_MODULE_LOG: log }) }));
  } catch (error) {
    const e = error as { code: number; stdout: string };
    ({ code, stdout } = e);
  }
  const files = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const modules = [...new Set(files.map((url) => path.relative(ROOT, fileURLToPath(url))))].filter((f) => !f.startsWith('..'));
  return { code, stdout, modules: modules.sort() };
}

const STARTUP_MODULES = ['apps/checker/dist/cli.js', 'apps/checker/dist/exit.js', 'apps/checker/dist/io/output.js', 'apps/checker/dist/io/runtime.js'];

describe('start-up loads only what the command uses', () => {
  for (const flag of ['--help', '--version']) {
    it(`${flag}: the bundled cli.js and its three shared modules, no package, no engine`, async () => {
      const { code, modules } = await modulesLoaded([flag]);
      expect(code).toBe(0);
      expect(modules).toEqual(STARTUP_MODULES);
    });
  }

  it('a command help (validate --help) loads no more', async () => {
    const { code, stdout, modules } = await modulesLoaded(['validate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--max-file-size <bytes>');
    expect(modules).toEqual(STARTUP_MODULES);
  });

  it('the recorder sees what a real command loads (validate: yaml, the validators, the engine)', async () => {
    const { code, modules } = await modulesLoaded(['validate', 'policies/demo-apparel/member-tiers.yaml']);
    expect(code).toBe(0);
    expect(modules).toContain('apps/checker/dist/commands/validate.run.js');
    expect(modules.some((m) => /node_modules\/.*\/yaml\/dist\//.test(m))).toBe(true);
    expect(modules).toContain('packages/schema/generated/validators.cjs');
    expect(modules.some((m) => m.startsWith('packages/engine/dist/'))).toBe(true);
    // commander is inside cli.js: a second copy would mean a run module imports options.ts
    expect(modules.some((m) => m.includes('node_modules/commander') || m.includes('/commander@'))).toBe(false);
  });
});

describe('the bundled cli.js says what the unbundled program says', () => {
  for (const args of [['--help'], ['--version'], ['check', '--help'], ['check', 'listing', '--help'], ['nonsense']]) {
    it(`storepolicy ${args.join(' ')}`, async () => {
      const inProcess = await runInProcess(args, { cwd: ROOT });
      let real: { code: number; stdout: string; stderr: string };
      try {
        real = { code: 0, ...(await exec(process.execPath, [CLI, ...args], { cwd: ROOT, env: userEnv() })) };
      } catch (error) {
        real = error as { code: number; stdout: string; stderr: string };
      }
      expect(real.stdout).toBe(inProcess.stdout);
      expect(real.stderr).toBe(inProcess.stderr);
      expect(real.code).toBe(inProcess.code);
    });
  }
});

// `storepolicy --help` and `--version` start fast because they load almost
// nothing (issue 14): a few files of the bundle (dist/bundle/, built by
// scripts/bundle-cli.mjs) holding the command definitions and commander.
// Asserted on the set of files the process loads and what they were bundled
// from (the bundle's metafile), never on time. A loader hook records every ES module as it loads, and the
// CommonJS cache is read at exit (commander, yaml and ajv's validators are CommonJS).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { userEnv } from '../helpers/in-process.js';

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
  // code only: a JSON file read through require (package.json, for the tool's version) is data
  const modules = [...new Set(files.map((url) => path.relative(ROOT, fileURLToPath(url))))].filter((f) => !f.startsWith('..') && !f.endsWith('.json'));
  return { code, stdout, modules: modules.sort() };
}

interface Meta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}
const meta = JSON.parse(readFileSync(path.join(DIST, 'bundle/meta.json'), 'utf8')) as Meta;
/** The source files (relative to the repository) bundled into one output file of dist/bundle/. */
function sourcesOf(output: string): string[] {
  const entry = Object.entries(meta.outputs).find(([file]) => path.resolve(ROOT, 'apps/checker', file) === path.resolve(ROOT, output));
  if (!entry) throw new Error(`${output} is not an output of the bundle`);
  return Object.keys(entry[1].inputs).map((input) => path.relative(ROOT, path.resolve(ROOT, 'apps/checker', input)));
}
/** The files of @storepolicy/schema/core (packages/schema/dist/core.js and what it imports, transitively). */
const SCHEMA_CORE = (() => {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const [, spec] of text.matchAll(/from '(\.\/[\w-]+\.js)'/g)) visit(path.posix.join(path.posix.dirname(file), spec!));
  };
  visit('packages/schema/dist/core.js');
  return files;
})();
const inBundle = (m: string) => m === 'apps/checker/dist/cli.js' || m.startsWith('apps/checker/dist/bundle/');
/** Everything the loaded files were bundled from. */
const sources = (modules: string[]) => modules.filter((m) => m.startsWith('apps/checker/dist/bundle/')).flatMap(sourcesOf);

describe('start-up loads only what the command uses', () => {
  for (const args of [['--help'], ['--version'], ['validate', '--help']]) {
    it(`${args.join(' ')}: the command definitions and commander, no other package, no engine`, async () => {
      const { code, stdout, modules } = await modulesLoaded(args);
      expect(code).toBe(0);
      expect(stdout).not.toBe('');
      expect(modules.filter((m) => !inBundle(m))).toEqual([]);
      // a handful of files, not the 360 modules a command loads unbundled
      expect(modules.length).toBeLessThanOrEqual(7);
      const code_ = sources(modules);
      expect(code_).toContain('apps/checker/src/commands/validate.define.ts');
      // besides commander: the cell widths of Chinese help (get-east-asian-width, not string-width and
      // its Intl.Segmenter) and the language from the environment (@storepolicy/schema/core: no parser, no validator)
      const light = (f: string) => /node_modules\/\.pnpm\/(commander|get-east-asian-width)@/.test(f) || SCHEMA_CORE.has(f);
      const heavy = code_.filter((f) => !f.startsWith('apps/checker/src/') && !light(f));
      expect(heavy).toEqual([]);
      expect(code_.filter((f) => /string-width|report\/text-width/.test(f))).toEqual([]);
      expect(code_.filter((f) => /\.run\.ts$|analyze\.ts$/.test(f))).toEqual([]);
    });
  }

  it('the recorder sees what a real command loads (validate: yaml, the validators, the engine)', async () => {
    const { code, modules } = await modulesLoaded(['validate', 'policies/demo-apparel/member-tiers.yaml']);
    expect(code).toBe(0);
    expect(modules.filter((m) => !inBundle(m))).toEqual([]);
    const code_ = sources(modules);
    expect(code_).toContain('apps/checker/src/commands/validate.run.ts');
    expect(code_.some((m) => /node_modules\/.*\/yaml\/dist\//.test(m))).toBe(true);
    expect(code_).toContain('packages/schema/generated/validators.cjs');
    expect(code_.some((m) => m.startsWith('packages/engine/dist/'))).toBe(true);
  });
});

/** tsc's unbundled main() (dist/program.js) in a child process, as dist/cli.js ran before the bundle. */
writeFileSync(
  path.join(work, 'unbundled.mjs'),
  `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(DIST, 'program.js')).href)});
process.exitCode = await main([process.argv[0], 'storepolicy', ...process.argv.slice(2)]);
`,
);
async function unbundled(args: string[]) {
  return child([path.join(work, 'unbundled.mjs'), ...args]);
}
async function child(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, argv, { cwd: ROOT, env: userEnv(), maxBuffer: 1 << 26 });
    return { code: 0, stdout: untimed(stdout), stderr: untimed(stderr) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: untimed(e.stdout), stderr: untimed(e.stderr) };
  }
}
/** `storepolicy test` prints each case's duration: the one thing two runs may not share. */
const untimed = (text: string) => text.replace(/\(\d+ ms\)/g, '(N ms)');

const NOW = ['--now', '2026-11-01T09:00:00+08:00'];
const PROPOSAL = 'policies/demo-apparel/proposals/double11-dresses.yaml';
describe('the bundled cli.js says what the unbundled modules say, byte for byte, with the same exit code', () => {
  const cases = [
    ['--help'],
    ['--version'],
    ['check', 'listing', '--help'],
    ['nonsense'],
    ['validate', 'apps/checker/test/fixtures/validate/semantic'],
    // SARIF names the tool from package.json, found from the module's own location
    ['validate', 'policies/demo-food', '--format', 'sarif'],
    ['check', 'promotion', PROPOSAL, ...NOW, '--lang', 'zh'],
    ['explain', PROPOSAL, '--sku', 'DRS-001', '--tier', 'svip', ...NOW],
    // two checker threads: the worker entry must sit beside the bundle's pool
    ['check', 'listing', 'apps/checker/test/fixtures/listings/taobao-export.gb18030.csv', '--encoding', 'gb18030', '--store', 'apps/checker/test/fixtures/listings/store', '--jobs', '2', ...NOW],
    ['test', ...NOW],
    // the rule docs are read from docs/rules/, found from the module's own location
    ['rules', 'tiers/threshold-order'],
  ];
  for (const args of cases) {
    it(`storepolicy ${args.join(' ')}`, async () => {
      const [bundled, before] = await Promise.all([child([CLI, ...args]), unbundled(args)]);
      expect(bundled.stderr).toBe(before.stderr);
      expect(bundled.stdout).toBe(before.stdout);
      expect(bundled.code).toBe(before.code);
      expect(bundled.stdout + bundled.stderr).not.toBe('');
    });
  }
});

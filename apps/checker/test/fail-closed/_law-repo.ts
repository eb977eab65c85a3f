import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIT_ENV } from '../diff/git-repo.js';
import { execFileSync } from 'node:child_process';
import { runCli, type CliResult } from '../validate/run-cli.js';

// Helpers of the law-baseline and overlap families of the bypass suite: a
// throw-away copy of the shipped policies (the law's baseline and the demo
// stores) that a test breaks the way an adversarial user would, then runs
// the built CLI in, from the copy's root.

const here = path.dirname(fileURLToPath(import.meta.url));
export const POLICIES = path.resolve(here, '../../../../policies');


export interface LawRepo {
  root: string;
  /** Replace exactly one occurrence of `from` in a file of the copy. */
  edit(file: string, from: string, to: string): void;
  write(file: string, text: string): void;
  read(file: string): string;
  run(args: string[], stdin?: string): Promise<CliResult>;
  remove(file: string): void;
  /** Commit the copy as it is now (a git repository from the first call), for `storepolicy diff`. */
  commit(): void;
  cleanup(): void;
}

/** A copy of `policies/_base` (unless `withBase` is false) and the named stores, under `<tmp>/policies`. */
export function lawRepo(stores: string[], { withBase = true } = {}): LawRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'storepolicy-law-'));
  mkdirSync(path.join(root, 'policies'));
  if (withBase) cpSync(path.join(POLICIES, '_base'), path.join(root, 'policies', '_base'), { recursive: true });
  for (const store of stores) cpSync(path.join(POLICIES, store), path.join(root, 'policies', store), { recursive: true });
  const at = (file: string) => path.join(root, file);
  return {
    root,
    edit(file, from, to) {
      const text = readFileSync(at(file), 'utf8');
      if (text.split(from).length !== 2) throw new Error(`${file}: expected "${from}" exactly once`);
      writeFileSync(at(file), text.replace(from, to));
    },
    write(file, text) {
      mkdirSync(path.dirname(at(file)), { recursive: true });
      writeFileSync(at(file), text);
    },
    read: (file) => readFileSync(at(file), 'utf8'),
    remove: (file) => rmSync(at(file), { recursive: true, force: true }),
    commit() {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env: GIT_ENV, stdio: 'pipe' });
      if (!existsSync(path.join(root, '.git'))) git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', 'policies');
    },
    // stdin is a stream in-process too (`... | storepolicy check listing -`): no child process to pay for
    run: (args, stdin) => runCli(args, stdin === undefined ? { cwd: root } : { cwd: root, stdin }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** 1-based line and column of the first occurrence of `needle` in `text` (after `after`, when given). */
export function positionOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A Waiver document for `store` of `rule` over `target` (a flow mapping), approved and unexpired at the suite's dates. */
export function waiverYaml(store: string, rule: string, target: string): string {
  return [
    'apiVersion: storepolicy/v1',
    'kind: Waiver',
    `metadata: {store: ${store}, name: planted}`,
    'spec:',
    `  rule: ${rule}`,
    `  target: ${target}`,
    '  reason: {zh: 试运行, en: pilot}',
    '  approved_by: li.na@example.com',
    '  expires: 2026-12-20',
    '',
  ].join('\n');
}

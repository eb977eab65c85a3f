import { execFile } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../exit.js';
import { ioMessages as m } from './messages.js';

/**
 * Real git, run without a shell (arguments are never parsed by sh, so a ref or
 * path with spaces or `;` stays one argument). Paths the user names are
 * relative to `cwd`, like every other storepolicy command; git answers in
 * repository-root paths, which we turn back into cwd-relative ones.
 */
export interface GitRepo {
  cwd: string;
  /** Absolute path of the working tree's top. */
  top: string;
}

const MAX_BUFFER = 512 * 1024 * 1024;

export function runGit(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new UsageError(m.gitMissing()));
      const detail = stderr.toString('utf8').trim().split('\n')[0] ?? error.message;
      reject(new GitError(m.gitFailed({ command: args[0] ?? '', detail })));
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** git refused (unknown revision, not a repository...): the user's input, so exit 2. */
export class GitError extends UsageError {}

export async function openRepo(cwd: string): Promise<GitRepo> {
  try {
    const top = (await runGit(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
    return { cwd, top };
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(m.notARepository({ dir: cwd }));
    throw error;
  }
}

/** The commit a ref names, or undefined when it names nothing. */
export async function resolveCommit(repo: GitRepo, ref: string): Promise<string | undefined> {
  try {
    const out = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repo.cwd);
    return out.toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function toCwdRelative(repo: GitRepo, repoPath: string): string {
  return path.relative(repo.cwd, path.join(repo.top, repoPath)).split(path.sep).join('/');
}

function toRepoRelative(repo: GitRepo, cwdPath: string): string {
  return path.relative(repo.top, path.resolve(repo.cwd, cwdPath)).split(path.sep).join('/');
}

/** Files under `paths` at a commit, cwd-relative (`git ls-tree -r`). */
export async function listFiles(repo: GitRepo, commit: string, paths: readonly string[]): Promise<string[]> {
  const out = await runGit(['ls-tree', '-r', '-z', '--name-only', '--full-name', commit, '--', ...paths], repo.cwd);
  return splitZ(out).map((file) => toCwdRelative(repo, file));
}

/**
 * Contents of many files at one commit with a single `git cat-file --batch`
 * (one process, not one `git show` per file). Missing files are left out.
 */
export async function readFiles(repo: GitRepo, commit: string, files: readonly string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  if (files.length === 0) return result;
  const request = files.map((file) => `${commit}:${toRepoRelative(repo, file)}`).join('\n') + '\n';
  const out = await runGit(['cat-file', '--batch'], repo.cwd, request);
  let offset = 0;
  for (const file of files) {
    const newline = out.indexOf(0x0a, offset);
    if (newline === -1) break;
    const header = out.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    result.set(file, out.subarray(offset, offset + size));
    offset += size + 1; // the blob is followed by a newline
  }
  return result;
}

/**
 * Files git's rename detection pairs between two commits (or a commit and the
 * working tree when `head` is undefined), base path -> head path.
 */
export async function renamedFiles(repo: GitRepo, base: string, head: string | undefined, paths: readonly string[]): Promise<Map<string, string>> {
  const args = ['diff', '--name-status', '-z', '-M', '--diff-filter=R', base, ...(head ? [head] : []), '--', ...paths];
  const fields = splitZ(await runGit(args, repo.cwd));
  const renames = new Map<string, string>();
  for (let i = 0; i + 2 < fields.length + 1 && fields[i]; i += 3) {
    const from = fields[i + 1];
    const to = fields[i + 2];
    if (from && to) renames.set(toCwdRelative(repo, from), toCwdRelative(repo, to));
  }
  return renames;
}

function splitZ(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter((part) => part.length > 0);
}

import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository a run works in: the nearest folder holding `.git`, from the
 * working directory up (a store repository may be checked from any of its
 * folders); the working directory itself outside git.
 */
export function findRepoRoot(from: string = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from);
  }
}

/**
 * What waivers need to compare the report's file names (relative to where the
 * user stands) with theirs (relative to the repository root).
 */
export function waiverPaths(): { rootDir: string; workDir: string } {
  const rootDir = findRepoRoot();
  return { rootDir, workDir: path.relative(rootDir, process.cwd()).split(path.sep).join('/') };
}

/**
 * `validate` and `test` with no path: `policies/` here, else the repository's
 * (named relative to here, so reports keep short paths).
 */
export function defaultPoliciesDir(): string {
  if (existsSync('policies')) return 'policies';
  const repoPolicies = path.join(findRepoRoot(), 'policies');
  return existsSync(repoPolicies) ? path.relative(process.cwd(), repoPolicies) || '.' : 'policies';
}

import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../exit.js';
import { ioMessages as m } from './messages.js';
import { checkPath, repositoryRoot } from './safe-path.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.turbo']);

export function isYamlFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/**
 * Expand the paths a user named into YAML files, sorted for stable output.
 * A named file is taken whatever its extension; directories are walked for
 * *.yaml / *.yml, skipping hidden folders and node_modules.
 *
 * Nothing is skipped in silence (SPEC section 9): a symbolic link named
 * *.yaml and any other non-directory entry so named is listed, so the loader
 * reads it if it is a regular file inside the repository and reports it
 * (`path/not-allowed`) otherwise; a linked folder is walked when it lies
 * inside the repository, and refused loudly when it leads out of it.
 */
export function discoverYamlFiles(paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const given of paths) {
    let stats;
    try {
      stats = statSync(given);
    } catch {
      throw new UsageError(m.noSuchPath({ file: given }));
    }
    if (stats.isFile()) {
      files.add(path.normalize(given));
      continue;
    }
    if (!stats.isDirectory()) {
      // a FIFO or a device named on the command line: listed, refused unread by the loader
      files.add(path.normalize(given));
      continue;
    }
    const before = files.size;
    walk(given, files, repositoryRoot(path.join(given, '.')), new Set([realpathSync(given)]));
    if (files.size === before) {
      throw new UsageError(m.noPolicyFiles({ dir: given }));
    }
  }
  return [...files].sort();
}

function walk(dir: string, into: Set<string>, root: string, visited: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, into, root, visited);
    else if (entry.isSymbolicLink()) walkLink(full, entry.name, into, root, visited);
    else if (isYamlFile(entry.name)) into.add(path.normalize(full));
  }
}

/** A link to a folder is walked once, inside the repository only; any other link named *.yaml is the loader's to judge. */
function walkLink(full: string, name: string, into: Set<string>, root: string, visited: Set<string>): void {
  let target;
  try {
    target = statSync(full);
  } catch {
    // a dangling link named like a policy file is reported by the loader
    if (isYamlFile(name)) into.add(path.normalize(full));
    return;
  }
  if (!target.isDirectory()) {
    if (isYamlFile(name)) into.add(path.normalize(full));
    return;
  }
  const refusal = checkPath(full, root);
  if (refusal && refusal.reason !== 'missing') {
    const where = refusal.reason === 'symlinkOutside' ? refusal.target : full;
    throw new UsageError(m.linkOutside({ link: full, target: where, root }));
  }
  const real = realpathSync(full);
  if (visited.has(real)) return;
  visited.add(real);
  walk(full, into, root, visited);
}

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../exit.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.turbo']);

export function isYamlFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/**
 * Expand the paths a user named into YAML files, sorted for stable output.
 * A named file is taken whatever its extension; directories are walked for
 * *.yaml / *.yml, skipping hidden folders and node_modules.
 */
export function discoverYamlFiles(paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const given of paths) {
    let stats;
    try {
      stats = statSync(given);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `${given}: no such file or directory` : `${given}: cannot read (${code ?? 'error'})`);
    }
    if (stats.isFile()) {
      files.add(path.normalize(given));
      continue;
    }
    const before = files.size;
    walk(given, files);
    if (files.size === before) {
      throw new UsageError(`${given}: no policy files (*.yaml, *.yml) found in this directory`);
    }
  }
  return [...files].sort();
}

function walk(dir: string, into: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    // an unreadable folder (chmod 000) is the user's to fix, not a crash
    throw new UsageError(`${dir}: cannot read this folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, into);
    else if (entry.isFile() && isYamlFile(entry.name)) into.add(path.normalize(full));
  }
}

import { statSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, HISTORY_FILE, type LoadedCatalog } from '../catalog/index.js';
import { loadProject, type LoadedProject } from '../io/project.js';

/**
 * Size and modification time of each file: a changed, added or removed file
 * changes the signature, so an edit on disk is picked up on the next request.
 */
function signature(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const s = statSync(file);
        return `${file}\u0000${s.size}\u0000${s.mtimeMs}`;
      } catch {
        return `${file}\u0000missing`;
      }
    })
    .join('\u0001');
}

/**
 * The console re-runs a dry-run on every keystroke against a store that
 * rarely changes: parsing and validating its YAML and its catalogue again
 * each time would cost most of the answer. Both are kept while every file
 * they were read from (a store's `extends` target included) is unchanged.
 * Documents and rows are read-only to the engine, so sharing them is safe.
 */
export class LoadCache {
  private projects = new Map<string, { files: readonly string[]; signature: string; project: LoadedProject }>();
  private catalogs = new Map<string, { signature: string } & LoadedCatalog>();

  readonly loadProject = (files: readonly string[]): LoadedProject => {
    const key = files.join('\u0000');
    const hit = this.projects.get(key);
    if (hit && signature(hit.files) === hit.signature) return hit.project;
    const project = loadProject(files);
    this.projects.set(key, { files: project.files, signature: signature(project.files), project });
    return project;
  };

  catalog(file: string): LoadedCatalog {
    const watched = [file, path.join(path.dirname(file), HISTORY_FILE)];
    const hit = this.catalogs.get(file);
    if (hit && signature(watched) === hit.signature) return hit;
    const before = signature(watched);
    const loaded = loadCatalog(file);
    const entry = { signature: before, ...loaded };
    this.catalogs.set(file, entry);
    return entry;
  }
}

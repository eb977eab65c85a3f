import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { normalizeFile } from '@storepolicy/engine';
import { analyzeLoaded, StoreRuleCache, type Analysis } from '../analyze.js';
import { discoverYamlFiles, isYamlFile } from '../io/discover.js';
import { loadProject, type LoadedProject } from '../io/project.js';

export interface WorkspaceOptions {
  /** Absolute repository root (where `storepolicy validate` would run). */
  root: string;
  /** The policies folder, relative to the root (default `policies`). */
  policiesDir: string;
  /** A fixed instant for time-dependent rules (tests, `--now`); else the clock at each run. */
  now?: Date;
  waiverMaxDays: number;
  maxBytes?: number;
}

interface CachedFile {
  /** What the fragment was loaded from: a buffer's text, or the file's mtime and size. */
  key: string;
  fragment: LoadedProject;
}

/**
 * The store as the editor sees it: every YAML file under the policies folder,
 * open buffers taking the place of their files. Each file is parsed and
 * schema-checked once and kept until its buffer or its mtime changes; the
 * rules, cross-document checks and waivers then run over the whole set (they
 * are the cheap part), so a change in one file updates every other file's
 * findings. Paths are repository-relative, as `validate` run from the root names them.
 */
export class PolicyWorkspace {
  private readonly cache = new Map<string, CachedFile>();
  private readonly rules = new StoreRuleCache();
  private last: Analysis | undefined;
  /** The files on disk as last listed and stat'ed, and when. */
  private disk: { files: string[]; keys: Map<string, string>; at: number } | undefined;

  constructor(readonly options: WorkspaceOptions) {}

  /** Whether the language server looks at this repository-relative file. */
  covers(file: string): boolean {
    const dir = normalizeFile(this.options.policiesDir);
    return isYamlFile(file) && (file === dir || file.startsWith(`${dir}/`));
  }

  /** The latest analysis, computing one when none exists yet. */
  get analysis(): Analysis {
    return this.last ?? this.analyze(new Map());
  }

  /** Forget what the disk looked like: files were created, deleted or changed outside the editor. */
  diskChanged(): void {
    this.disk = undefined;
  }

  /**
   * Run every layer over the files on disk and the open `buffers`
   * (repository-relative path -> text). The disk is listed and stat'ed again
   * when told it changed, or when the last look is over `diskMaxAgeMs` old
   * (for clients that do not watch files); a keystroke costs neither.
   */
  analyze(buffers: ReadonlyMap<string, string>, diskMaxAgeMs = 0): Analysis {
    if (!this.disk || performance.now() - this.disk.at > diskMaxAgeMs) this.disk = this.scan();
    const files = new Set(this.disk.files);
    for (const file of buffers.keys()) if (this.covers(file)) files.add(file);
    const fragments: LoadedProject[] = [];
    for (const file of [...files].sort()) {
      const fragment = this.load(file, buffers, this.disk.keys);
      if (fragment) fragments.push(fragment);
    }
    for (const cached of this.cache.keys()) if (!files.has(cached)) this.cache.delete(cached);
    this.last = analyzeLoaded(merge(fragments), {
      now: this.options.now ?? new Date(),
      waiverMaxDays: this.options.waiverMaxDays,
      rootDir: this.options.root,
      ruleCache: this.rules,
    });
    return this.last;
  }

  /** The YAML files under the policies folder, each with its mtime and size. */
  private scan(): { files: string[]; keys: Map<string, string>; at: number } {
    const at = performance.now();
    const dir = this.options.policiesDir;
    let files: string[] = [];
    if (existsSync(path.resolve(this.options.root, dir))) {
      try {
        files = discoverYamlFiles([dir]).map(normalizeFile);
      } catch {
        files = []; // an empty policies folder: only open buffers count
      }
    }
    const keys = new Map<string, string>();
    for (const file of files) {
      const key = diskKey(file);
      if (key) keys.set(file, key);
    }
    return { files: files.filter((f) => keys.has(f)), keys, at };
  }

  private load(file: string, buffers: ReadonlyMap<string, string>, diskKeys: ReadonlyMap<string, string>): LoadedProject | undefined {
    const text = buffers.get(file);
    const key = text !== undefined ? `buffer:${text}` : (diskKeys.get(file) ?? diskKey(file));
    if (key === undefined) return undefined; // deleted since the scan
    const cached = this.cache.get(file);
    if (cached?.key === key) return cached.fragment;
    let fragment: LoadedProject;
    try {
      fragment = loadProject([file], {
        maxBytes: this.options.maxBytes,
        overlay: text === undefined ? undefined : new Map([[file, text]]),
      });
    } catch {
      return undefined; // unreadable (a permission, a race with a delete): no findings rather than a dead server
    }
    this.cache.set(file, { key, fragment });
    return fragment;
  }
}

function diskKey(file: string): string | undefined {
  try {
    const stats = statSync(file);
    return `disk:${stats.mtimeMs}:${stats.size}`;
  } catch {
    return undefined;
  }
}

/**
 * One project from the per-file fragments. A CompliancePolicy's fragment also
 * holds the baseline it `extends` (loaded by loadProject with the same path
 * checks as `validate`); when the baseline has its own fragment (it is under
 * the policies folder, sorted first) that one is taken, so each file counts once.
 */
function merge(fragments: readonly LoadedProject[]): LoadedProject {
  const project: LoadedProject = { files: [], documents: [], rejected: [], diagnostics: [], sources: new Map() };
  const taken = new Set<string>();
  for (const fragment of fragments) {
    const fresh = new Set(fragment.files.filter((file) => !taken.has(file)));
    for (const file of fresh) taken.add(file);
    const mine = (file: string) => fresh.has(file) || !fragment.files.includes(file);
    project.files.push(...fresh);
    project.documents.push(...fragment.documents.filter((d) => mine(d.file)));
    project.rejected.push(...fragment.rejected.filter((d) => mine(d.file)));
    project.diagnostics.push(...fragment.diagnostics.filter((d) => mine(d.file)));
    for (const [file, source] of fragment.sources) if (mine(file)) project.sources.set(file, source);
  }
  return project;
}

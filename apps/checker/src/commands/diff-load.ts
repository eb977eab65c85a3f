import { existsSync, readFileSync } from 'node:fs';
import { loadYaml, validateStructure, type PolicyDocument } from '@storepolicy/schema';
import { discoverYamlFiles, isYamlFile } from '../io/discover.js';
import { listFiles, readFiles, type GitRepo } from '../io/git.js';

/** One side of a diff: its documents, and files that could not be read as YAML. */
export interface DiffSide {
  label: string;
  files: Map<string, PolicyDocument[]>;
  /** Files whose YAML is broken (or not UTF-8): they cannot be compared. */
  unreadable: Set<string>;
  /** Documents that load but break their schema; still compared, but flagged. */
  invalid: number;
}

/** The policies at a commit, read with `git ls-tree` and `git cat-file`. */
export async function loadCommitSide(repo: GitRepo, commit: string, label: string, paths: readonly string[]): Promise<DiffSide> {
  const files = (await listFiles(repo, commit, paths)).filter(isYamlFile);
  const contents = await readFiles(repo, commit, files);
  return loadSide(label, [...contents.entries()]);
}

/** The policies as they are on disk now, uncommitted edits included. */
export function loadWorkingTreeSide(paths: readonly string[]): DiffSide {
  const present = paths.filter((p) => existsSync(p));
  const files = present.length > 0 ? safeDiscover(present) : [];
  return loadSide('working tree', files.map((file) => [file, readFileSync(file)] as const));
}

function safeDiscover(paths: readonly string[]): string[] {
  // A folder emptied by the change is a legitimate "after": everything was removed.
  return paths.flatMap((p) => {
    try {
      return discoverYamlFiles([p]);
    } catch {
      return [];
    }
  });
}

function loadSide(label: string, entries: ReadonlyArray<readonly [string, Uint8Array]>): DiffSide {
  const side: DiffSide = { label, files: new Map(), unreadable: new Set(), invalid: 0 };
  for (const [file, bytes] of entries) {
    const { documents, diagnostics } = loadYaml(file, bytes);
    if (diagnostics.some((d) => d.severity === 'error')) {
      side.unreadable.add(file);
      continue;
    }
    side.invalid += documents.filter((doc) => validateStructure(doc).length > 0).length;
    side.files.set(file, documents);
  }
  return side;
}

/**
 * A file broken on either side is left out of both: otherwise a syntax error
 * would read as "every document in it was removed".
 */
export function comparableDocuments(base: DiffSide, head: DiffSide): { before: PolicyDocument[]; after: PolicyDocument[]; skipped: string[] } {
  const skipped = new Set([...base.unreadable, ...head.unreadable]);
  const pick = (side: DiffSide) => [...side.files.entries()].filter(([file]) => !skipped.has(file)).flatMap(([, docs]) => docs);
  return { before: pick(base), after: pick(head), skipped: [...skipped].sort() };
}

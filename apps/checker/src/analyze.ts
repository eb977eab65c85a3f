import { applyWaivers, buildPolicySet, runPolicyRules, type PolicySet } from '@storepolicy/engine';
import type { Diagnostic } from '@storepolicy/schema';
import { loadProject, type LoadedProject, type ProjectOptions } from './io/project.js';

export interface AnalyzeOptions extends ProjectOptions {
  /** The instant time-dependent rules and waiver expiry are judged at. */
  now: Date;
  /** `--waiver-max-days`. */
  waiverMaxDays: number;
  /** Repository root, for the waivers' repo-relative `file` targets. */
  rootDir: string;
  /** Where relative file names start, from the repository root (a run from a store's folder). */
  workDir?: string;
}

export interface Analysis {
  project: LoadedProject;
  set: PolicySet;
  /** Every layer's findings, waived ones marked `waivedBy`. */
  diagnostics: Diagnostic[];
}

/**
 * All four layers over a list of files, as `validate` runs them: syntax and
 * schema (loadProject), the rules and cross-document checks per store, then
 * the waivers. One function so every front end (the CLI, the language
 * server) gives the same verdict; `overlay` lets an editor's unsaved
 * buffers take the place of the files on disk.
 */
export function analyzeFiles(files: readonly string[], options: AnalyzeOptions): Analysis {
  return analyzeLoaded(loadProject(files, options), options);
}

/** Layers 3 and 4 and the waivers over a project already loaded (the language server caches per file). */
export function analyzeLoaded(project: LoadedProject, options: Pick<AnalyzeOptions, 'now' | 'waiverMaxDays' | 'rootDir' | 'workDir'>): Analysis {
  const set = buildPolicySet(project.documents, project.rejected);
  // waivers run last: they see every other layer's findings, and only those
  const diagnostics = applyWaivers([...project.diagnostics, ...runPolicyRules(set, { now: options.now })], set, options.now, {
    maxDays: options.waiverMaxDays,
    rootDir: options.rootDir,
    ...(options.workDir ? { workDir: options.workDir } : {}),
    // listings' content is checked by `check listing`, which judges those waivers' use
    reportsUnused: (rule) => !rule.startsWith('listing/'),
  });
  return { project, set, diagnostics };
}

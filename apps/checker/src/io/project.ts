import {
  checkSize,
  DEFAULT_MAX_BYTES,
  loadYaml,
  validateStructure,
  type Diagnostic,
  type LoadOptions,
  type PolicyDocument,
} from '@storepolicy/schema';
import { resolveExtends } from '@storepolicy/engine';
import { UsageError } from '../exit.js';
import { ioMessages as m } from './messages.js';
import { refusedAt, refusedFile } from './refused.js';
import { checkPath, readBounded, repositoryRoot } from './safe-path.js';

export interface LoadedProject {
  /** Every file read, in order. */
  files: string[];
  /** Documents that passed the structural layer (safe for rules). */
  documents: PolicyDocument[];
  /** Documents that failed it: rules skip them, but know the kind exists. */
  rejected: PolicyDocument[];
  /** YAML and schema findings. */
  diagnostics: Diagnostic[];
  /** Source text by file, for code frames. */
  sources: Map<string, string>;
}

export interface ProjectOptions extends LoadOptions {
  /**
   * Text to use instead of the file on disk, by path as given in `files`
   * (an editor's unsaved buffers). A file here need not exist on disk.
   */
  overlay?: ReadonlyMap<string, string>;
}

/**
 * Layers 1 and 2 over a list of files: read, parse with positions, validate
 * each document against its kind's schema. A CompliancePolicy's `extends`
 * target is loaded too when the user did not name it, so checking one store
 * folder still sees the law's baseline.
 */
export function loadProject(files: readonly string[], options: ProjectOptions = {}): LoadedProject {
  const project: LoadedProject = { files: [], documents: [], rejected: [], diagnostics: [], sources: new Map() };
  // each file with the repository it must stay in: a named file's own, an
  // extends target its holder's (a target decides nothing about its own root)
  const queue: { file: string; root?: string }[] = files.map((file) => ({ file }));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { file, root } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const loaded = loadFile(file, root, options, project);
    for (const doc of loaded) {
      const target = extendsTarget(doc);
      if (target === undefined) continue;
      const resolved = resolveExtends(doc.file, target);
      if (seen.has(resolved)) continue;
      if (options.overlay?.has(resolved)) {
        queue.push({ file: resolved });
        continue;
      }
      const holderRoot = repositoryRoot(doc.file);
      const refusal = checkPath(resolved, holderRoot);
      // a missing target is the baseline check's business (compliance/no-baseline, ref/unresolved)
      if (refusal?.reason === 'missing') continue;
      if (refusal) {
        project.diagnostics.push(refusedAt(refusal, doc, '/spec/extends'));
        continue;
      }
      queue.push({ file: resolved, root: holderRoot });
    }
  }
  return project;
}

function loadFile(file: string, root: string | undefined, options: ProjectOptions, project: LoadedProject): PolicyDocument[] {
  const bytes = options.overlay?.get(file) ?? readPolicyFile(file, root, options, project);
  if (bytes === undefined) return [];
  project.files.push(file);
  const { documents, diagnostics } = loadYaml(file, bytes, options);
  project.diagnostics.push(...diagnostics);
  if (diagnostics.every((d) => d.code !== 'yaml/encoding' && d.code !== 'yaml/too-large')) {
    project.sources.set(file, (typeof bytes === 'string' ? bytes : bytes.toString('utf8')).replace(/^\uFEFF/, ''));
  }
  const valid: PolicyDocument[] = [];
  for (const doc of documents) {
    const findings = validateStructure(doc);
    project.diagnostics.push(...findings);
    if (findings.length === 0) {
      valid.push(doc);
      project.documents.push(doc);
    } else {
      project.rejected.push(doc);
    }
  }
  return valid;
}

/**
 * The file's bytes, or undefined (and a finding) when it is over the size
 * limit, leads outside the repository or is not a regular file. Refused
 * files are named in the report and never shown.
 */
function readPolicyFile(file: string, root: string | undefined, options: ProjectOptions, project: LoadedProject): Buffer | undefined {
  const refusal = checkPath(file, root ?? repositoryRoot(file));
  if (refusal && refusal.reason === 'missing') throw new UsageError(m.noSuchFile({ file }));
  let read: ReturnType<typeof readBounded>;
  try {
    read = refusal ? { refused: refusal } : readBounded(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (error) {
    throw new UsageError(m.cannotRead({ file, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  if ('bytes' in read) return read.bytes;
  project.files.push(file);
  if ('tooLarge' in read) project.diagnostics.push(checkSize(file, read.tooLarge, options.maxBytes)!);
  else project.diagnostics.push(refusedFile(read.refused));
  return undefined;
}

function extendsTarget(doc: PolicyDocument): string | undefined {
  if (doc.kind !== 'CompliancePolicy') return undefined;
  const target = (doc.value as { spec?: { extends?: unknown } }).spec?.extends;
  return typeof target === 'string' ? target : undefined;
}

import { diffPolicySets } from '@storepolicy/engine';
import { langFromEnv, type Lang } from '@storepolicy/schema';
import { z } from 'zod';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { openRepo, renamedFiles, resolveCommit, type GitRepo } from '../io/git.js';
import { emit } from '../io/output.js';
import { comparableDocuments, loadCommitSide, loadWorkingTreeSide } from './diff-load.js';
import { formatDiffMarkdown } from './diff-markdown.js';
import { formatDiffPretty } from './diff-pretty.js';
import { buildDiffReport, type DiffReport } from './diff-report.js';
import { colorAllowed, runtime } from '../io/runtime.js';

const optionsSchema = z.object({
  base: z.string().min(1).optional(),
  head: z.string().min(1).optional(),
  format: z.enum(['pretty', 'markdown', 'json']),
  output: z.string().min(1).optional(),
  lang: z.enum(['en', 'zh']).optional(),
  failOnLoosen: z.boolean().default(false),
  color: z.boolean().default(true),
});

/** `storepolicy diff`: exit 0, or 1 with --fail-on-loosen when something loosens; 2 for bad refs. */
export async function runDiff(paths: string[], raw: Record<string, unknown>): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(m.invalidOption({ option: '', detail: parsed.error.issues[0]?.message ?? 'invalid' }));
  const options = parsed.data;
  const lang = options.lang ?? langFromEnv(runtime().env);
  const color = options.color && colorAllowed(Boolean(options.output));
  const targets = paths.length > 0 ? paths : ['policies'];

  const report = await computeDiff(targets, options.base, options.head, lang);
  const text =
    options.format === 'json'
      ? JSON.stringify(report, null, 2)
      : options.format === 'markdown'
        ? formatDiffMarkdown(report, lang)
        : formatDiffPretty(report, lang, color);
  emit(text, options.output);
  return options.failOnLoosen && report.summary.loosens > 0 ? 1 : 0;
}

/**
 * The semantic diff of `targets` between two revisions (head: the working
 * tree when absent), as the report every diff format reads. The console
 * calls it after a save, so its summary is the command's own.
 */
export async function computeDiff(
  targets: readonly string[],
  base: string | undefined,
  headRef: string | undefined,
  lang: Lang,
): Promise<DiffReport> {
  const repo = await openRepo(process.cwd());
  const baseRef = base ?? (await defaultBase(repo));
  const baseCommit = await commitOf(repo, baseRef, '--base');
  const headCommit = headRef === undefined ? undefined : await commitOf(repo, headRef, '--head');

  const baseSide = await loadCommitSide(repo, baseCommit, baseRef, targets);
  const head = headCommit ? await loadCommitSide(repo, headCommit, headRef!, targets) : loadWorkingTreeSide(targets);
  if (baseSide.files.size + baseSide.unreadable.size + head.files.size + head.unreadable.size === 0) {
    throw new UsageError(m.noPolicyFilesAt({ targets: targets.join(', '), base: baseRef, head: head.label }));
  }
  const { before, after, skipped } = comparableDocuments(baseSide, head);
  const renames = await renamedFiles(repo, baseCommit, headCommit, targets);
  const changes = diffPolicySets(before, after, { renames });

  return buildDiffReport({
    base: { ref: baseRef, commit: baseCommit },
    head: { ref: headRef ?? 'working tree', commit: headCommit ?? null },
    changes,
    skipped,
    invalidDocuments: head.invalid,
    lang,
  });
}

/** origin/main when the clone has it (CI, most laptops), else the last commit. */
async function defaultBase(repo: GitRepo): Promise<string> {
  return (await resolveCommit(repo, 'origin/main')) ? 'origin/main' : 'HEAD';
}

async function commitOf(repo: GitRepo, ref: string, flag: string): Promise<string> {
  const commit = await resolveCommit(repo, ref);
  if (commit) return commit;
  if (ref === 'HEAD') throw new UsageError(m.noCommits());
  throw new UsageError(m.noRevision({ flag, ref, fetch: ref.replace(/^origin\//, '') }));
}

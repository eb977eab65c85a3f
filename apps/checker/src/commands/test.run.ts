import { buildMessageCatalog, runPolicyTests, type PolicyTestRun } from '@storepolicy/engine';
import type { Lang, PolicyDocument, PolicyTest } from '@storepolicy/schema';
import { langFromEnv } from '@storepolicy/schema';
import { z } from 'zod';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { discoverYamlFiles } from '../io/discover.js';
import { emit } from '../io/output.js';
import { loadProject } from '../io/project.js';
import { parseNow } from '../parse-options.js';
import { TEST_FORMATS } from '../formats.js';
import { formatTestGithub } from './test.format-github.js';
import { formatTestJson } from './test.format-json.js';
import { formatTestJunit } from './test.format-junit.js';
import { formatTestPretty } from './test.format-pretty.js';
import { isInputFile, loadInputFiles, loadStoreCatalogs, withStoreFolders } from './test.load.js';
import { buildTestReport, testExitCode, type TestReport } from './test.model.js';
import { parseWaiverMaxDays } from './validate.run.js';
import { colorAllowed, runtime } from '../io/runtime.js';
import { defaultPoliciesDir, waiverPaths } from '../io/repo-root.js';

const optionsSchema = z.object({
  format: z.enum(TEST_FORMATS),
  output: z.string().min(1).optional(),
  filter: z.string().optional(),
  lang: z.enum(['en', 'zh']).optional(),
  color: z.boolean().default(true),
});

/** `storepolicy test [paths...]`: run every PolicyTest case found under the paths. */
export async function runTest(paths: string[], raw: Record<string, unknown>): Promise<number> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(m.invalidValue({ option: parsed.error.issues[0]?.path.join('.') ?? '' }));
  const options = parsed.data;
  const lang: Lang = options.lang ?? langFromEnv(runtime().env);
  const color = options.color && colorAllowed(Boolean(options.output));
  const now = parseNow(raw.now);
  const waiverMaxDays = parseWaiverMaxDays(raw.waiverMaxDays);

  // Tests first, so the files they use as inputs are not mistaken for store policies.
  const named = discoverYamlFiles(paths.length > 0 ? paths : [defaultPoliciesDir()]);
  const firstPass = loadProject(named);
  const tests = firstPass.documents.filter((d) => d.kind === 'PolicyTest') as PolicyDocument<PolicyTest>[];
  const discovered = withStoreFolders(named, tests, firstPass.documents);
  const inputs = discovered.filter((file) => isInputFile(file, tests));
  const reload = inputs.length > 0 || discovered.length !== named.length;
  const project = reload ? loadProject(discovered.filter((file) => !inputs.includes(file))) : firstPass;
  // only the tests the user named run; a store folder loaded for them brings policies, not more tests
  const wanted = new Set(named);
  const projectTests = project.documents.filter((d) => d.kind === 'PolicyTest' && wanted.has(d.file)) as PolicyDocument<PolicyTest>[];

  const run = runPolicyTests({
    tests: projectTests,
    documents: project.documents.filter((doc) => !isProposal(doc)),
    inputFiles: loadInputFiles(projectTests),
    catalogs: loadStoreCatalogs(project.documents, projectTests),
    now,
    waiverMaxDays,
    waiverPaths: waiverPaths(),
  });
  const report = buildTestReport({
    files: project.files.length,
    tests: projectTests.length,
    run: filterCases(run, options.filter),
    problems: project.diagnostics,
    catalog: buildMessageCatalog(),
    lang,
  });
  emit(render(report, options.format, lang, color), options.output);
  return testExitCode(report);
}

/**
 * `policies/<store>/proposals/` holds promotions under discussion, not the
 * approved calendar (as `check promotion` reads the folder): a case sees
 * them only when it names one as input.
 */
function isProposal(doc: PolicyDocument): boolean {
  return doc.kind === 'Promotion' && doc.file.split(/[\\/]/).includes('proposals');
}

function filterCases(run: PolicyTestRun, filter: string | undefined): PolicyTestRun {
  if (filter === undefined) return run;
  const cases = run.cases.filter((c) => c.name.includes(filter));
  if (cases.length === 0) throw new UsageError(m.filter({ filter }));
  return { ...run, cases };
}

function render(report: TestReport, format: (typeof TEST_FORMATS)[number], lang: Lang, color: boolean): string {
  if (format === 'json') return formatTestJson(report);
  if (format === 'junit') return formatTestJunit(report);
  if (format === 'github') return formatTestGithub(report);
  return formatTestPretty(report, { lang, color });
}

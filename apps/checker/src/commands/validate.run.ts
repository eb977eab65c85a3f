import { buildMessageCatalog, buildPolicySet, runPolicyRules } from '@storepolicy/engine';
import { discoverYamlFiles } from '../io/discover.js';
import { loadProject } from '../io/project.js';
import { parseMaxBytes, parseNow, parseReportOptions } from '../options.js';
import { buildReport, exitCodeFor } from '../report/model.js';
import { renderReport } from '../report/render.js';

/** `storepolicy validate [paths...]`: all layers on every document found. */
export async function runValidate(paths: string[], raw: Record<string, unknown>): Promise<number> {
  const options = parseReportOptions(raw);
  const now = parseNow(raw.now);
  const files = discoverYamlFiles(paths.length > 0 ? paths : ['policies']);
  const project = loadProject(files, { maxBytes: parseMaxBytes(raw.maxFileSize) });
  const set = buildPolicySet(project.documents);
  const diagnostics = [...project.diagnostics, ...runPolicyRules(set, { now })];
  const report = buildReport({
    files: project.files.length,
    diagnostics,
    catalog: buildMessageCatalog(),
    lang: options.lang,
  });
  renderReport(report, options, 'storepolicy validate', project.sources);
  return exitCodeFor(report, options.failOn);
}

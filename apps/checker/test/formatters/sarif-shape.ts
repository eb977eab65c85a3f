/**
 * The essential constraints of SARIF 2.1.0 (OASIS standard, sections 3.13 to
 * 3.34) that GitHub code scanning enforces on upload, checked without the
 * network: returns every violation found, empty when the log is well formed.
 */
export function sarifViolations(log: any): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  check(log.version === '2.1.0', 'version must be "2.1.0"');
  check(typeof log.$schema === 'string' && /sarif-schema-2\.1\.0\.json$|sarif-2\.1\.0\.json$/.test(log.$schema), '$schema must name the 2.1.0 schema');
  check(Array.isArray(log.runs) && log.runs.length >= 1, 'runs must be a non-empty array');
  for (const [r, run] of (log.runs ?? []).entries()) {
    const driver = run.tool?.driver;
    check(typeof driver?.name === 'string' && driver.name.length > 0, `runs[${r}].tool.driver.name is required`);
    if (driver?.informationUri !== undefined) check(isAbsoluteUri(driver.informationUri), 'informationUri must be absolute');
    const rules: any[] = driver?.rules ?? [];
    const ids = rules.map((rule) => rule.id);
    check(new Set(ids).size === ids.length, 'rule ids must be unique');
    for (const rule of rules) {
      check(typeof rule.id === 'string' && rule.id.length > 0, 'each rule needs an id');
      check(typeof rule.shortDescription?.text === 'string', `rule ${rule.id}: shortDescription.text`);
      if (rule.helpUri !== undefined) check(isAbsoluteUri(rule.helpUri), `rule ${rule.id}: helpUri must be absolute`);
      const level = rule.defaultConfiguration?.level;
      check(level === undefined || LEVELS.has(level), `rule ${rule.id}: bad defaultConfiguration.level`);
    }
    const bases = Object.keys(run.originalUriBaseIds ?? {});
    check(Array.isArray(run.results), `runs[${r}].results must be an array`);
    for (const [i, result] of (run.results ?? []).entries()) {
      const where = `results[${i}]`;
      check(typeof result.message?.text === 'string' && result.message.text.length > 0, `${where}: message.text is required`);
      check(LEVELS.has(result.level), `${where}: level must be none, note, warning or error`);
      if (result.ruleIndex !== undefined) {
        check(rules[result.ruleIndex]?.id === result.ruleId, `${where}: ruleIndex must point at the rule named by ruleId`);
      }
      for (const location of [...(result.locations ?? []), ...(result.relatedLocations ?? [])]) {
        checkPhysical(location.physicalLocation, bases, where, check);
      }
      for (const related of result.relatedLocations ?? []) {
        check(Number.isInteger(related.id) && related.id >= 0, `${where}: relatedLocations need integer ids`);
      }
      for (const suppression of result.suppressions ?? []) {
        check(['inSource', 'external'].includes(suppression.kind), `${where}: suppression kind`);
        check(suppression.status === undefined || ['accepted', 'underReview', 'rejected'].includes(suppression.status), `${where}: suppression status`);
      }
      for (const value of Object.values(result.partialFingerprints ?? {})) {
        check(typeof value === 'string', `${where}: partialFingerprints values are strings`);
      }
    }
  }
  return problems;
}

const LEVELS = new Set(['none', 'note', 'warning', 'error']);

function checkPhysical(physical: any, bases: string[], where: string, check: (ok: boolean, m: string) => void) {
  const artifact = physical?.artifactLocation;
  check(typeof artifact?.uri === 'string', `${where}: artifactLocation.uri is required`);
  if (typeof artifact?.uri === 'string') {
    check(!/[\s\\]/.test(artifact.uri), `${where}: uri must be a URI (no spaces or backslashes): ${artifact.uri}`);
    if (artifact.uriBaseId !== undefined) {
      check(!isAbsoluteUri(artifact.uri), `${where}: a uri with uriBaseId must be relative`);
      check(bases.includes(artifact.uriBaseId), `${where}: uriBaseId ${artifact.uriBaseId} not in originalUriBaseIds`);
    } else {
      check(isAbsoluteUri(artifact.uri), `${where}: a uri without uriBaseId must be absolute`);
    }
  }
  const region = physical?.region;
  if (region) {
    check(Number.isInteger(region.startLine) && region.startLine >= 1, `${where}: startLine >= 1`);
    check(Number.isInteger(region.startColumn) && region.startColumn >= 1, `${where}: startColumn >= 1`);
    check(region.endLine >= region.startLine, `${where}: endLine >= startLine`);
    check(region.endLine > region.startLine || region.endColumn >= region.startColumn, `${where}: endColumn >= startColumn on one line`);
  }
}

function isAbsoluteUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value);
}

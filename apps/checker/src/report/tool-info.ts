import { createRequire } from 'node:module';

interface PackageJson {
  version: string;
  homepage?: string;
}

/**
 * The checker's own name and version, for reports that identify their tool
 * (SARIF's `tool.driver`). Read from package.json, which ships with `dist/`,
 * so the version in a report is the version that produced it.
 */
export const toolInfo = (() => {
  const pkg = createRequire(import.meta.url)('../../package.json') as PackageJson;
  return { name: 'storepolicy', version: pkg.version, homepage: pkg.homepage };
})();

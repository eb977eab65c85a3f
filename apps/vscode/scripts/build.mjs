// Build the extension: bundle it to CommonJS (.cjs: VS Code require()s it; esbuild; vsce in a pnpm workspace cannot
// follow symlinked node_modules, so the client library goes into the bundle),
// copy the JSON Schemas it contributes to the YAML extension, and package a
// .vsix with @vscode/vsce 3.x (4.x needs Node 22). Nothing is published.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const app = path.resolve(here, '..');
const repo = path.resolve(app, '../..');
const dist = path.join(app, 'dist');
const manifestFile = path.join(app, 'package.json');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [path.join(app, 'src/extension.ts')],
  outfile: path.join(dist, 'extension.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});

// Schema associations: which policy files each schema describes, so no
// `# yaml-language-server` modeline is needed (the same map as .vscode/settings.json).
const ASSOCIATIONS = {
  'store.schema.json': ['policies/*/store.yaml'],
  'member-tiers.schema.json': ['policies/*/member-tiers.yaml'],
  'promotion-policy.schema.json': ['policies/*/promotion-policy.yaml'],
  'after-sales-policy.schema.json': ['policies/*/after-sales.yaml'],
  'packing-standard.schema.json': ['policies/*/packing.yaml'],
  'compliance-policy.schema.json': ['policies/*/compliance.yaml', 'policies/_base/*.yaml'],
  'promotion.schema.json': ['policies/*/promotions/*.yaml', 'policies/*/proposals/*.yaml'],
  'listing.schema.json': ['policies/*/listings/*.yaml'],
  'waiver.schema.json': ['policies/*/waivers/*.yaml'],
  'policy-test.schema.json': ['policies/*/tests/*.yaml'],
};
cpSync(path.join(repo, 'schemas'), path.join(dist, 'schemas'), { recursive: true, filter: (f) => !f.endsWith('.md') });
const shipped = new Set(readdirSync(path.join(dist, 'schemas')));
for (const file of Object.keys(ASSOCIATIONS)) if (!shipped.has(file)) throw new Error(`schemas/${file} is missing`);

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const yamlValidation = Object.entries(ASSOCIATIONS).flatMap(([file, globs]) => globs.map((fileMatch) => ({ fileMatch, url: `./dist/schemas/${file}` })));
if (JSON.stringify(manifest.contributes.yamlValidation) !== JSON.stringify(yamlValidation)) {
  manifest.contributes.yamlValidation = yamlValidation;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
}

const vsix = path.join(dist, `${manifest.name}-${manifest.version}.vsix`);
execFileSync(
  process.execPath,
  [path.join(app, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix],
  { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log(`packaged ${path.relative(repo, vsix)}`);

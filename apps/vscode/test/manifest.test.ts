import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repo = path.resolve(app, '../..');
const source = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as { name: string; version: string };
const vsixFile = path.join(app, 'dist', `${source.name}-${source.version}.vsix`);

let files: Record<string, Uint8Array>;
let manifest: {
  main: string;
  engines: Record<string, string>;
  activationEvents: string[];
  dependencies?: Record<string, string>;
  contributes: { yamlValidation: Array<{ fileMatch: string; url: string }>; configuration: { properties: Record<string, unknown> } };
};

beforeAll(() => {
  if (!existsSync(vsixFile)) throw new Error(`${vsixFile} is missing: run \`pnpm --filter storepolicy-vscode build\` first`);
  files = unzipSync(new Uint8Array(readFileSync(vsixFile)));
  manifest = JSON.parse(strFromU8(files['extension/package.json']!)) as typeof manifest;
});

describe('the packaged .vsix', () => {
  it('is a VS Code extension package whose entry point is in it', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['extension.vsixmanifest', '[Content_Types].xml', 'extension/package.json', 'extension/readme.md']));
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(files['extension/dist/extension.cjs']).toBeDefined();
    // vscode-languageclient 11 needs VS Code 1.91; older editors must refuse to install it
    expect(manifest.engines.vscode).toBe('^1.91.0');
  });

  it('starts for repositories with policies and ships no source, tests or node_modules', () => {
    expect(manifest.activationEvents).toEqual(['workspaceContains:policies/**/*.yaml', 'workspaceContains:policies/**/*.yml']);
    const stray = Object.keys(files).filter((f) => /^extension\/(src|test|scripts|node_modules)\/|\.vsix$|\.ts$/.test(f));
    expect(stray).toEqual([]);
  });

  it('bundles the language client: the entry point requires only vscode and Node built-ins', () => {
    const bundle = strFromU8(files['extension/dist/extension.cjs']!);
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
    const foreign = [...required].filter((id) => id !== 'vscode' && !id.startsWith('node:') && !builtinModules.includes(id));
    expect(foreign).toEqual([]);
    expect(bundle).toContain('storepolicy');
  });

  it('maps every policy folder to its schema, as the repository settings do, with the schemas inside', () => {
    const settings = JSON.parse(readFileSync(path.join(repo, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const expected = Object.entries(settings['yaml.schemas'])
      .flatMap(([schema, globs]) => globs.filter((g) => g.startsWith('policies/')).map((fileMatch) => ({ fileMatch, url: `./dist/schemas/${path.basename(schema)}` })))
      .sort((a, b) => a.fileMatch.localeCompare(b.fileMatch));
    const actual = [...manifest.contributes.yamlValidation].sort((a, b) => a.fileMatch.localeCompare(b.fileMatch));
    expect(actual).toEqual(expected);
    for (const { url } of actual) {
      const packed = files[`extension/${url.slice(2)}`];
      expect(packed, url).toBeDefined();
      expect(strFromU8(packed!)).toBe(readFileSync(path.join(repo, 'schemas', path.basename(url)), 'utf8'));
    }
    // the schemas' $refs resolve inside the package
    expect(files['extension/dist/schemas/common.schema.json']).toBeDefined();
  });

  it('offers the settings the guide documents', () => {
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['storepolicy.lang', 'storepolicy.policies', 'storepolicy.server.path']);
  });
});

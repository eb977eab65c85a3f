#!/usr/bin/env node
// Runs after tsc (issue 14): bundles the checker and every package it uses
// into dist/bundle/, so a start resolves and compiles a few files instead of
// several hundred (a one-file `validate` loaded 360 ES modules plus yaml's
// and ajv's CommonJS files). Code splitting keeps each command's code in the
// chunks its lazy `import()` reaches: `--help` loads the command definitions
// and commander only. dist/cli.js (the `bin`) becomes a stub that runs main()
// from dist/bundle/program.js, as src/cli.ts does; tsc's own output stays beside it for the
// packages' type declarations.
//
// Paths computed from import.meta.url stay right because every chunk sits one
// folder below dist/, as tsc's modules that compute them do (lsp/, report/,
// commands/: `../../package.json`, `../../../../docs/rules/`), and pool.ts's
// `new URL('./worker.js', import.meta.url)` finds the worker entry beside it.
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const app = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(app, 'src');
const dist = path.join(app, 'dist');
const outdir = path.join(dist, 'bundle');

/** The validators are ajv standalone CommonJS, read through createRequire: make it a require esbuild can follow. */
const VALIDATORS_LOAD = "createRequire(import.meta.url)('../generated/validators.cjs')";

const result = await build({
  entryPoints: {
    // main(): dist/cli.js calls it (as src/cli.ts does), and so do the in-process tests, so the
    // suite runs the code users run. One entry, not cli.ts as well: a second entry that reaches
    // commander would put it and the definitions in chunks of their own, more files at each start.
    program: path.join(src, 'program.ts'),
    // listing/pool.ts starts `./worker.js` beside its own chunk
    worker: path.join(src, 'listing', 'worker.ts'),
  },
  outdir,
  // the metafile's paths are relative to this, whatever directory the build is started from
  absWorkingDir: app,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  // CommonJS packages (commander, yaml, ajv's validators, vscode-languageserver) call require()
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  // the console page's files are found from its own package's location
  external: ['@storepolicy/console'],
  logLevel: 'warning',
  plugins: [
    {
      name: 'validators',
      setup(b) {
        b.onLoad({ filter: /[\\/]packages[\\/]schema[\\/]dist[\\/]validate\.js$/ }, async (args) => {
          const text = await readFile(args.path, 'utf8');
          if (!text.includes(VALIDATORS_LOAD)) throw new Error(`bundle-cli: ${args.path} no longer loads the validators as ${VALIDATORS_LOAD}; update this plugin`);
          return { contents: text.replace(VALIDATORS_LOAD, "require('../generated/validators.cjs')"), loader: 'js' };
        });
      },
    },
  ],
});

await writeFile(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
// Chunks are named by their hash, so each build leaves the last one's behind: delete what this
// build did not write (after writing, never before, so a CLI started meanwhile never misses a file).
const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(app, file)));
for (const name of await readdir(outdir)) {
  const file = path.join(outdir, name);
  if (name !== 'meta.json' && !written.has(file)) await rm(file, { force: true });
}
await writeFile(
  path.join(dist, 'cli.js'),
  "#!/usr/bin/env node\n// src/cli.ts over the bundle (scripts/bundle-cli.mjs); tsc's unbundled modules are beside this file\n" +
    "import { main } from './bundle/program.js';\n\nprocess.exitCode = await main(process.argv);\n",
);

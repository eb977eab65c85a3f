#!/usr/bin/env node
// Runs after tsc: replaces dist/cli.js with one file holding what every start
// needs (cli.ts, program.ts, the commands' *.define.ts and commander), so
// `storepolicy --help` resolves and compiles one module instead of 20 ESM files
// plus commander's CommonJS ones (issue 14). Everything else stays tsc's
// output and is imported from the bundle by its dist path, loaded only when a
// command runs: run modules, the engine, yaml, ajv, zod, worker entries.
// Modules that hold state shared with those run modules (io/runtime.ts's
// AsyncLocalStorage, output.ts's ClosedPipe, exit.ts's UsageError, checked
// with instanceof) must exist once, so they stay external too.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const app = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(app, 'src');

/** Source modules inlined into the bundle: the ones only the startup path uses. */
const inlined = (rel) => ['cli', 'program', 'options', 'formats'].includes(rel) || /^commands\/[^/]+\.define$/.test(rel);
/** Packages inlined: the only one the startup path needs. Any other stays a separate import, so a test sees it. */
const PACKAGES = new Set(['commander']);

await build({
  entryPoints: [path.join(src, 'cli.ts')],
  outfile: path.join(app, 'dist', 'cli.js'),
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // commander is CommonJS and calls require('node:events') etc.: give the ESM bundle a require
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [
    {
      name: 'startup-only',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          // commander's own files are inlined as they are
          if (args.kind === 'entry-point' || args.path.startsWith('node:') || !args.importer.startsWith(src + path.sep)) return undefined;
          if (!args.path.startsWith('.')) return PACKAGES.has(args.path) ? undefined : { path: args.path, external: true };
          const rel = path.relative(src, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/').replace(/\.js$/, '');
          if (rel.startsWith('../')) throw new Error(`bundle-cli: ${args.importer} imports ${args.path}, outside src/`);
          return inlined(rel) ? undefined : { path: `./${rel}.js`, external: true };
        });
      },
    },
  ],
});

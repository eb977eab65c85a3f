#!/usr/bin/env node
// Every command sample in README.md and docs/ is real output: this script runs
// each `$ storepolicy …` (or `$ pnpm -s storepolicy …`) line of a fenced block
// with the built CLI and writes what it prints below it. `--check` changes
// nothing and exits 1 naming each sample that drifted (a test runs it in
// `pnpm test`). Regenerate after changing an output: `pnpm docs:samples`.
//
// A comment right before a block tunes it:
//   <!-- sample: head=12 -->      keep the first 12 lines and say that the rest was cut
//   <!-- sample: tail=5 -->       keep the last 5 lines and say that what came before was cut
//   <!-- sample: from=TEXT head=2 -->  start at the first line containing TEXT (no spaces), keep 2
//                                 lines, and say where lines were cut (an excerpt from the middle)
//   <!-- sample: from=TEXT block -->   the same, keeping the lines up to the next blank one: the one
//                                 finding a rule page is about, however long its message grows
//   <!-- sample: copy -->         run in a scratch copy of policies/ and the page's examples/ folder
//                                 (commands that write files; paths that climb out of the
//                                 repository, whose target must not depend on where it is cloned)
//   <!-- sample: git=PATCH -->     run in a throw-away git repository: a copy of policies/ committed
//                                 as HEAD, then PATCH (`git apply`) as uncommitted edits (the diff
//                                 samples of a pull request)
//   <!-- sample: patch=PATCH -->   run in a scratch copy of policies/ with PATCH applied (`git apply`):
//                                 a store as a page needs it (a second document); the page's
//                                 examples/ folder is copied too (fixtures the command reads)
//   <!-- sample: remove=A,B -->    the same, with files A and B deleted from the copy (a store
//                                 without its packing.yaml, a store folder shipped without _base/)
//   <!-- sample: shell -->        the block may also hold plain shell steps (`$ ln -s …`, `$ mkfifo …`),
//                                 run by /bin/sh in a scratch copy of policies/ (never in the
//                                 checkout), their output shown like a command's: a page that
//                                 plants a link or a FIFO shows what the CLI then prints
//   <!-- sample: skip REASON -->  leave the block as written (say why)
//   <!-- sample: file=PATH -->    the block is that repository file, as it is (a YAML example a
//                                 command sample below runs, so the two cannot part)
//   <!-- sample: script=PATH args=a,b -->  the block is what `node PATH a b` prints: an exchange
//                                 that is not one command (scripts/lsp-transcript.mjs drives the
//                                 language server as an editor does)
// Samples run from the repository root with LANG=en_US.UTF-8, NO_COLOR and
// TZ=UTC; where time matters the sample's command pins `--now` itself, with
// dates chosen so the sample shows the same thing on any day it is regenerated.
// Timings (`(23 ms)` in `storepolicy test`) are written as `(… ms)`: they are
// the one thing in an output that differs on every run; the absolute path of the
// checkout (or scratch copy) a command ran in, which differs on every machine, is
// written as `/path/to/storepolicy`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const program = path.join(root, 'apps/checker/dist/program.js');
const check = process.argv.includes('--check');

/** README.md and every Markdown page under docs/, in a stable order. */
function pages() {
  const out = ['README.md'];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.md')) out.push(rel);
    }
  };
  walk('docs');
  return out;
}

// fences at the start of a line only: an indented block (inside a list item) is prose, and
// its indented closing fence must not pair with the next block's opening one
const FENCE = /^(<!-- sample:([^>]*)-->\n)?```(\w*)\n([\s\S]*?)\n```$/gm;
const COMMAND = /^\$ (?:pnpm -s )?storepolicy(?= |$)/;

/** The tool's version moves with every release; the samples need not. */
const normalise = (text) =>
  text
    // the scratch repository's commit is fixed by its tree, which moves with every edit to policies/
    .replace(/(HEAD \()[0-9a-f]{7,40}\)/g, '$1COMMIT)')
    .replace(/("commit": ?)"[0-9a-f]{40}"/g, '$1"COMMIT"')
    .replace(/("(?:semantic)?[vV]ersion": ?)"\d+\.\d+\.\d+[^"]*"/g, '$1"X.Y.Z"')
    .replace(/(version=")\d+\.\d+\.\d+[^"]*"/g, '$1X.Y.Z"');

function parseOptions(text = '') {
  const options = {};
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const [key, value] = words[i].split('=');
    if (key === 'skip') {
      options.skip = words.slice(i + 1).join(' ') || 'no reason given';
      break;
    }
    options[key] = value ?? true;
  }
  return options;
}

/** Split a command line as a POSIX shell would for the quoting used in docs: '…', "…", \ line joins. */
function shellWords(line) {
  const words = [];
  let word = '';
  let quote = '';
  let has = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = '';
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (ch === ' ' || ch === '\t') {
      if (has || word) words.push(word);
      word = '';
      has = false;
    } else word += ch;
  }
  if (has || word) words.push(word);
  return words;
}

class Capture extends Writable {
  chunks = [];
  _write(chunk, _encoding, done) {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  text() {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

let main;
async function runCommand(commandLine, cwd) {
  main ??= (await import(pathToFileURL(program).href)).main;
  // `# …` after a command is a note for the reader, not part of it
  const args = shellWords(commandLine.replace(COMMAND, '').replace(/\s+#\s.*$/, '').trim());
  const stdout = new Capture();
  const stderr = new Capture();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    await main([process.execPath, 'storepolicy', ...args], {
      stdout,
      stderr,
      stdin: Readable.from([]),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', NO_COLOR: '1', TZ: 'UTC' },
    });
  } finally {
    process.chdir(before);
  }
  // what a terminal shows: the report, then any message on stderr
  return (stdout.text() + stderr.text())
    .replace(/\n+$/, '')
    .replace(/\(\d+ ms\)/g, '(… ms)')
    .replaceAll(realpathSync(cwd), '/path/to/storepolicy')
    .replaceAll(cwd, '/path/to/storepolicy');
}

/** A plain shell step of a `shell` sample, in the scratch copy only; what it prints is shown under it. */
function shellStep(commandLine, cwd) {
  if (cwd === root) throw new Error(`shell step "${commandLine}" would run in the checkout`);
  const result = spawnSync('/bin/sh', ['-c', commandLine.replace(/^\$ /, '')], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', TZ: 'UTC' },
  });
  if (result.status !== 0) throw new Error(`shell step "${commandLine}" failed (exit ${result.status}): ${result.stderr.trim()}`);
  return (result.stdout + result.stderr).replace(/\n+$/, '');
}

/** HEAD = the copied policies/, the working tree = HEAD plus the patch (pinned author and dates). */
function gitScratch(dir, patch, { commit = true } = {}) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    // never find and patch a repository the scratch folder happens to sit in
    GIT_CEILING_DIRECTORIES: path.dirname(dir),
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Doc Sample',
    GIT_AUTHOR_EMAIL: 'docs@storepolicy.invalid',
    GIT_AUTHOR_DATE: '2026-11-01T10:00:00+08:00',
    GIT_COMMITTER_NAME: 'Doc Sample',
    GIT_COMMITTER_EMAIL: 'docs@storepolicy.invalid',
    GIT_COMMITTER_DATE: '2026-11-01T10:00:00+08:00',
  };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (commit) {
    git('-c', 'init.defaultBranch=main', 'init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
  }
  try {
    // outside a repository `git apply` patches the files as plain `patch` would
    git('apply', ...(commit ? ['--index'] : []), patch);
  } catch (error) {
    throw new Error(`${path.relative(root, patch)} no longer applies to policies/ (${String(error.stderr ?? error).trim()}): remake it with \`git diff -M\` after the edits the page describes`);
  }
}

/** The block's commands (a `\`-continued command spans lines) and what is shown under each; `shell`: other `$ ` steps too. */
function segments(body, shell = false) {
  const lines = body.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('$ ')) {
      if (out.length === 0) return undefined; // text before the first command: not a sample block
      out.at(-1).shown.push(lines[i]);
      continue;
    }
    const display = [lines[i]];
    while (display.at(-1).endsWith('\\') && i + 1 < lines.length) display.push(lines[++i]);
    out.push({ display, shown: [] });
  }
  return out.length > 0 && (shell ? out.some((s) => COMMAND.test(s.display[0])) : out.every((s) => COMMAND.test(s.display[0]))) ? out : undefined;
}

export function shorten(output, head, tail, from, block = false) {
  const lines = output === '' ? [] : output.split('\n');
  if (typeof from === 'string') {
    const start = lines.findIndex((line) => line.includes(from));
    // a sample whose anchor is gone must drift, not quietly show the whole output
    if (start < 0) return [`(no line contains "${from}")`];
    const end = lines.indexOf('', start);
    const blockHead = block && end > start ? String(end - start) : head;
    const excerpt = shorten(lines.slice(start).join('\n'), blockHead, undefined);
    return start > 0 ? ['… (shortened here)', ...excerpt] : excerpt;
  }
  if (tail && lines.length > Number(tail)) return ['… (shortened here)', ...lines.slice(-Number(tail))];
  if (!head || lines.length <= Number(head)) return lines;
  // no count of the lines cut: a new rule or row elsewhere would make every shortened sample drift
  return [...lines.slice(0, Number(head)), '… (shortened here)'];
}

async function regenerate(page) {
  const file = path.join(root, page);
  const text = readFileSync(file, 'utf8');
  const drift = [];
  let out = '';
  let last = 0;
  let count = 0;
  for (const match of text.matchAll(FENCE)) {
    const [whole, marker = '', optionText, lang, body] = match;
    const options = parseOptions(optionText);
    if (typeof options.file === 'string' && !options.skip) {
      count++;
      const content = readFileSync(path.join(root, options.file), 'utf8').replace(/\n+$/, '');
      if (content !== body) drift.push(`${page}:${text.slice(0, match.index).split('\n').length + 1}: ${options.file}`);
      out += text.slice(last, match.index) + `${marker}\`\`\`${lang}\n${content}\n\`\`\``;
      last = match.index + whole.length;
      continue;
    }
    if (typeof options.script === 'string' && !options.skip) {
      count++;
      const args = typeof options.args === 'string' ? options.args.split(',') : [];
      const content = execFileSync(process.execPath, [path.join(root, options.script), ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', NO_COLOR: '1', TZ: 'UTC' },
      }).replace(/\n+$/, '');
      if (content !== body) drift.push(`${page}:${text.slice(0, match.index).split('\n').length + 1}: ${options.script}`);
      out += text.slice(last, match.index) + `${marker}\`\`\`${lang}\n${content}\n\`\`\``;
      last = match.index + whole.length;
      continue;
    }
    const parts = segments(body, options.shell === true);
    if (!parts || options.skip) continue;
    count++;
    let scratch;
    try {
      let cwd = root;
      if (options.copy || options.shell || typeof options.git === 'string' || typeof options.patch === 'string' || typeof options.remove === 'string') {
        scratch = mkdtempSync(path.join(tmpdir(), 'storepolicy-doc-sample-'));
        cpSync(path.join(root, 'policies'), path.join(scratch, 'policies'), { recursive: true });
        cwd = scratch;
      }
      if (typeof options.git === 'string') gitScratch(scratch, path.join(root, options.git));
      if (options.copy || typeof options.patch === 'string' || typeof options.remove === 'string') {
        // the page's own examples/ folder comes along, so a fixture the command reads can sit beside the page
        const folder = path.join(path.dirname(page), 'examples');
        if (existsSync(path.join(root, folder))) cpSync(path.join(root, folder), path.join(scratch, folder), { recursive: true });
      }
      if (typeof options.patch === 'string') gitScratch(scratch, path.join(root, options.patch), { commit: false });
      // a file deleted by name, not by a patch that would stop applying whenever someone edits it
      for (const gone of typeof options.remove === 'string' ? options.remove.split(',') : []) {
        if (!existsSync(path.join(scratch, gone))) throw new Error(`${page}: remove=${gone}: no such file in policies/`);
        rmSync(path.join(scratch, gone), { recursive: true });
      }
      const lines = [];
      for (const part of parts) {
        const command = part.display.map((l) => l.replace(/\\$/, '')).join(' ').replace(/\s+/g, ' ');
        const output = COMMAND.test(command) ? await runCommand(command, cwd) : shellStep(command, cwd);
        const shown = shorten(output, options.head, options.tail, options.from, options.block === true);
        lines.push(...part.display, ...shown);
        if (normalise(shown.join('\n')) !== normalise(part.shown.join('\n'))) {
          const line = text.slice(0, match.index).split('\n').length + (marker ? 1 : 0);
          drift.push(`${page}:${line}: ${part.display[0]}`);
        }
      }
      out += text.slice(last, match.index) + `${marker}\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
      last = match.index + whole.length;
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  }
  out += text.slice(last);
  if (!check && out !== text) writeFileSync(file, out);
  return { drift, count };
}

export async function run() {
  const drift = [];
  let count = 0;
  for (const page of pages()) {
    const result = await regenerate(page);
    drift.push(...result.drift);
    count += result.count;
  }
  return { drift, count };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { drift, count } = await run();
  if (check && drift.length > 0) {
    const samples = new Intl.PluralRules('en').select(drift.length) === 'one' ? 'doc sample differs' : 'doc samples differ';
    process.stderr.write(`${drift.length} ${samples} from what the CLI prints:\n${drift.map((d) => `  ${d}`).join('\n')}\nrun \`pnpm docs:samples\` and review the diff\n`);
    process.exit(1);
  }
  process.stdout.write(check ? `${count} doc samples match the CLI\n` : `${count} doc samples regenerated${drift.length ? ` (${drift.length} changed)` : ''}\n`);
}

// Command lists in the docs (```sh blocks that show how to run something, with
// no output under them) are not generated samples, so nothing ran them: an
// option renamed or a script removed left them quietly wrong (issue 11:
// "pnpm bench promotion" named a task that did not exist). Every `storepolicy`
// command in them must name a real command and only options it has, and every
// `pnpm <script>` a script of the root package.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages as pages, ROOT } from '../helpers/doc-pages.js';
import { runInProcess } from '../helpers/in-process.js';

/** The command lines of every ```sh block, `\` continuations joined, `# notes` dropped. */
function commandLines(): { page: string; line: string }[] {
  const out: { page: string; line: string }[] = [];
  for (const page of pages()) {
    for (const block of readFileSync(path.join(ROOT, page), 'utf8').matchAll(/^```sh\n([\s\S]*?)\n```$/gm)) {
      const lines = block[1]!.split('\n');
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i]!;
        while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]!.trim()}`;
        line = line.replace(/\s+#\s.*$/, '').trim();
        if (line && !line.startsWith('#')) out.push({ page, line });
      }
    }
  }
  return out;
}

const GLOBAL = ['--lang', '--debug', '--no-color', '--help', '-h'];
const help = new Map<string, Promise<string>>();
const helpOf = (command: string) => {
  if (!help.has(command)) help.set(command, runInProcess([...command.split(' '), '--help'], { cwd: ROOT, env: { LANG: 'en_US.UTF-8' } }).then((r) => r.stdout));
  return help.get(command)!;
};

const lines = commandLines();
const storepolicy = lines.filter((l) => /^(pnpm -s )?storepolicy /.test(l.line));
const scripts = lines.filter((l) => /^(pnpm|npx -y pnpm@[\d.]+) [a-z:]+/.test(l.line) && !/^pnpm -s storepolicy /.test(l.line));

describe('command lists in README.md and docs/', () => {
  it('are found (README, the listings, promotions, compliance and waivers guides)', () => {
    expect(storepolicy.length).toBeGreaterThanOrEqual(20);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
  });

  it.each(storepolicy.map((l) => [`${l.page}: ${l.line}`, l.line] as const))('%s', async (_, line) => {
    const words = line.replace(/^(pnpm -s )?storepolicy /, '').split(/\s+/);
    const command = words[0] === 'check' ? `check ${words[1]}` : words[0]!;
    const text = await helpOf(command);
    expect(text, `storepolicy ${command} is a command`).toMatch(new RegExp(`^Usage: storepolicy ${command}[ |]`));
    const known = new Set([...GLOBAL, ...[...text.matchAll(/^\s+(?:(-\w), )?(--[\w-]+)/gm)].flatMap((m) => [m[1], m[2]].filter((x): x is string => !!x))]);
    const used = words.filter((w) => /^--?[a-z]/.test(w)).map((w) => w.split('=')[0]!);
    expect(used.filter((option) => !known.has(option))).toEqual([]);
  });

  it.each(scripts.map((l) => [`${l.page}: ${l.line}`, l.line] as const))('%s', (_, line) => {
    const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // each `pnpm X` of a line (`pnpm install && pnpm demo`): built-ins aside, X is a script
    for (const [, name] of line.matchAll(/(?:^|&& )(?:npx -y )?pnpm(?:@[\d.]+)? ([a-z:-]+)/g)) {
      if (['install', 'add', 'exec', 'dlx', 'run'].includes(name!)) continue;
      expect(Object.keys(root.scripts), line).toContain(name);
    }
  });
});

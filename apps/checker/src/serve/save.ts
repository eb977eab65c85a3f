import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, lstatSync, mkdirSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadYaml } from '@storepolicy/schema';
import { UsageError } from '../exit.js';
import { serveMessages as m } from './messages.js';
import type { SaveBody } from './bodies.js';
import { draftPath } from './dry-run.js';
import type { StoreEntry } from './stores.js';

/** Kept at the top of every saved proposal so editors validate it against the schema. */
export const SCHEMA_LINE = '# yaml-language-server: $schema=../../../schemas/promotion.schema.json';

export type SaveOutcome = { saved: true; file: string; overwrote: boolean } | { saved: false; exists: true; file: string };

/**
 * Write `policies/<store>/proposals/<name>.yaml` atomically: the text goes to a
 * temporary file in the same folder first, then a hard link (fails if the
 * name exists: no overwrite without confirmation) or a rename (the confirmed
 * overwrite) puts it in place, so a reader never sees half a file.
 */
export function saveProposal(entry: StoreEntry, body: SaveBody): SaveOutcome {
  const file = draftPath(entry, body.name);
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  // The name is an id (no separators), but a symlinked proposals/ folder could still lead outside the store.
  const storeReal = realpathSync(entry.dir);
  const dirReal = realpathSync(dir);
  if (dirReal !== path.join(storeReal, 'proposals')) {
    throw new UsageError(m.proposalsOutside({ dir }));
  }
  const parsed = loadYaml(file, Buffer.from(body.yaml, 'utf8'), {});
  if (parsed.diagnostics.some((d) => d.code.startsWith('yaml/'))) {
    throw new UsageError(m.yamlBroken());
  }
  const text = withSchemaLine(body.yaml);
  const exists = existsSync(file) || isSymlink(file);
  if (exists && !body.overwrite) return { saved: false, exists: true, file };
  if (exists && isSymlink(file)) throw new UsageError(m.symlink({ file }));
  const temp = path.join(dir, `.${body.name}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    if (body.overwrite) {
      renameSync(temp, file);
    } else {
      try {
        linkSync(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { saved: false, exists: true, file };
        throw error;
      }
    }
  } finally {
    if (existsSync(temp)) unlinkSync(temp);
  }
  return { saved: true, file, overwrote: exists };
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Keep (or put back) the editor's schema line as the first line. */
export function withSchemaLine(yaml: string): string {
  const body = yaml.replace(/\r\n/g, '\n');
  const text = body.startsWith('# yaml-language-server:') ? body : `${SCHEMA_LINE}\n${body}`;
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The commands that turn the saved file into a pull request. */
export function gitCommands(file: string, name: string): string[] {
  return [
    `git switch -c proposal/${name}`,
    `git add ${file}`,
    `git commit -m "Propose promotion ${name}"`,
    `git push -u origin proposal/${name}`,
  ];
}

import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';

/**
 * Paths stay inside the repository (SPEC section 9). A path written in a
 * document (`extends`, a PolicyTest's `input_file`) or met while walking a
 * folder is read only when it resolves, through every symbolic link, to a
 * regular file inside the repository root, and only up to a size limit:
 * `extends: ../../../../proc/self/environ` must not print the environment in a
 * code frame, `/dev/zero` must not grow to gigabytes, a FIFO must not hang the
 * run, and a symlink out of the repository is reported, never silently skipped.
 */

/** Why a path is not read; shown without any of the file's content. */
export type PathRefusal =
  | { reason: 'outside'; path: string; root: string }
  | { reason: 'symlinkOutside'; path: string; target: string; root: string }
  | { reason: 'notRegular'; path: string; what: string }
  | { reason: 'missing'; path: string };

/** Kernel views and devices: never policy files, wherever a link points. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];

const roots = new Map<string, string>();

/**
 * The repository a path belongs to: the nearest folder above it holding
 * `.git`; else the nearest holding a `policies` folder (a copy of the
 * repository without git); else the parent of the folder holding the path
 * (a store folder's parent, where `_base/` would sit).
 */
export function repositoryRoot(file: string): string {
  // from the folder the path is named in, not from where a link leads
  const start = realOrResolved(path.dirname(path.resolve(file)));
  const cached = roots.get(start);
  if (cached !== undefined) return cached;
  const root = nearest(start, (dir) => existsSync(path.join(dir, '.git'))) ?? nearest(start, (dir) => isDirectory(path.join(dir, 'policies'))) ?? path.dirname(start);
  roots.set(start, root);
  return root;
}

/** Is `real` (a resolved path) inside `root`? */
export function insideRoot(real: string, root: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Where `file` leads, or why it must not be read: it (or the file its links
 * end at) lies outside `root`, or is a system path, or does not exist.
 * Does not look at the kind of file: `readBounded` does that on the open file.
 */
export function checkPath(file: string, root: string): PathRefusal | undefined {
  try {
    lstatSync(file);
  } catch {
    return { reason: 'missing', path: file };
  }
  let real: string;
  try {
    // the kernel's realpath(3): one call, where the JavaScript one lstat-s every component
    real = realpathSync.native(file);
  } catch {
    return { reason: 'missing', path: file };
  }
  const realRoot = realOrResolved(root);
  const system = SYSTEM_DIRS.some((dir) => real === dir || real.startsWith(`${dir}/`));
  if (system || !insideRoot(real, realRoot)) {
    // a link whose own place is inside the root, but which leads out of it
    const linked = real !== path.resolve(file) && insideRoot(realOrResolved(path.dirname(file)), realRoot);
    return linked ? { reason: 'symlinkOutside', path: file, target: real, root } : { reason: 'outside', path: file, root };
  }
  return undefined;
}

/** A refusal of a path that exists. */
export type Refused = Exclude<PathRefusal, { reason: 'missing' }>;

export type BoundedRead = { bytes: Buffer } | { tooLarge: number } | { refused: Refused };

/**
 * Read a regular file of at most `maxBytes`. Opened without blocking, so a
 * FIFO with no writer answers at once; the open file is then checked to be a
 * regular file, and read only up to the limit, so a file whose size the
 * kernel reports as 0 (`/proc`) or that never ends cannot grow the run.
 */
export function readBounded(file: string, maxBytes: number): BoundedRead {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: { reason: 'notRegular', path: file, what: kindOf(stats) } };
    if (stats.size > maxBytes) return { tooLarge: stats.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { tooLarge: total };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

/** What a non-regular file is, in a few words for a message. */
/** What a path that is not a regular file is, as a key of the io message table's `kind`. */
export type FileKind = 'fifo' | 'characterDevice' | 'blockDevice' | 'socket' | 'directory' | 'other';

export function kindKey(stats: Stats): FileKind {
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice()) return 'characterDevice';
  if (stats.isBlockDevice()) return 'blockDevice';
  if (stats.isSocket()) return 'socket';
  if (stats.isDirectory()) return 'directory';
  return 'other';
}

export function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** A named path's kind, following links: undefined when it does not exist. */
export function statKind(file: string): { file: boolean; directory: boolean; what: string } | undefined {
  try {
    const stats = statSync(file);
    return { file: stats.isFile(), directory: stats.isDirectory(), what: kindOf(stats) };
  } catch {
    return undefined;
  }
}

function nearest(start: string, test: (dir: string) => boolean): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (test(dir)) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function realOrResolved(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

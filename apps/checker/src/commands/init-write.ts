import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../exit.js';
import { commandMessages as m } from './messages.js';
import { writeAtomic } from '../io/output.js';
import type { ScaffoldFile } from './init-template.js';

/**
 * Write a new store folder so that a failure leaves nothing half-written:
 * files go to a hidden staging folder next to the target, which is renamed
 * into place in one step. When the target folder already exists (empty, or
 * holding other files) the files are written one by one with no-overwrite
 * links and removed again if any write fails. Either way an existing file is
 * never replaced: conflicts are refused before anything is written.
 */
export function writeStoreFolder(target: string, files: readonly ScaffoldFile[]): void {
  const conflicts = files.map((f) => path.join(target, f.name)).filter((file) => existsSync(file));
  if (conflicts.length > 0) {
    throw new UsageError(m.initConflicts({ files: conflicts.join(', '), count: conflicts.length }));
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new UsageError(m.initNotAFolder({ target }));
    writeIntoExisting(target, files);
    return;
  }
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.init-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(staging);
    for (const f of files) writeAtomic(path.join(staging, f.name), f.body, { overwrite: false });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UsageError(m.initAppeared({ target }));
    }
    throw error;
  }
}

function writeIntoExisting(target: string, files: readonly ScaffoldFile[]): void {
  const written: string[] = [];
  try {
    for (const f of files) {
      const file = path.join(target, f.name);
      writeAtomic(file, f.body, { overwrite: false });
      written.push(file);
    }
  } catch (error) {
    for (const file of written) unlinkSync(file);
    throw error;
  }
}

export function isEmptyDir(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length === 0;
}

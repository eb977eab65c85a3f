import { linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../exit.js';

/**
 * Write a report to stdout, or to a file atomically (temp file + rename), so
 * a CI step reading the file never sees half a report.
 */
export function emit(text: string, output: string | undefined): void {
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (!output) {
    process.stdout.write(body);
    return;
  }
  writeAtomic(output, body);
}

export function writeAtomic(file: string, body: string, options: { overwrite?: boolean } = { overwrite: true }): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, body, { flag: 'wx' });
    if (options.overwrite === false) {
      // link() fails if the target exists: no window where an existing file is replaced
      try {
        linkSync(temp, file);
      } finally {
        unlinkSync(temp);
      }
      return;
    }
    renameSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} already exists; refusing to overwrite it`);
    if (code !== undefined && ['ENOENT', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'EROFS', 'ENOSPC'].includes(code)) {
      throw new UsageError(`cannot write ${file}: ${code}`);
    }
    throw error;
  }
}

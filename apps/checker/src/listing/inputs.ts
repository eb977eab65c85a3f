import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../exit.js';
import { listingMessages as m } from './messages.js';
import { discoverYamlFiles } from '../io/discover.js';
import { kindKey } from '../io/safe-path.js';
import { ioMessages } from '../io/messages.js';

export type InputKind = 'yaml' | 'csv' | 'ndjson';

export interface BulkInput {
  kind: 'csv' | 'ndjson';
  /** Path, or `-` for stdin. */
  file: string;
  /** Bytes, when known (progress bar, thread count). */
  size?: number;
  /** The file's content, already in memory (a file dropped on the console): read from here, not from `file`. */
  content?: Uint8Array;
}

export interface ClassifiedInputs {
  yaml: string[];
  bulk: BulkInput[];
}

/** Sort the named inputs by format, from their extension; folders hold Listing YAML. */
export function classifyInputs(files: readonly string[]): ClassifiedInputs {
  const yaml: string[] = [];
  const bulk: BulkInput[] = [];
  for (const file of files) {
    if (file === '-') {
      if (bulk.some((b) => b.file === '-')) throw new UsageError(m.stdinTwice());
      bulk.push({ kind: 'ndjson', file });
      continue;
    }
    let stats;
    try {
      stats = statSync(file);
    } catch {
      throw new UsageError(ioMessages.noSuchPath({ file }));
    }
    if (stats.isDirectory()) {
      yaml.push(...discoverYamlFiles([file]));
      continue;
    }
    if (!stats.isFile()) {
      // a FIFO or a device would hang the run or never end (/dev/zero): stdin is the way to stream
      throw new UsageError(ioMessages.notRegular({ file, fileKind: kindKey(stats) }));
    }
    const kind = kindOf(file);
    if (kind === 'yaml') yaml.push(path.normalize(file));
    else bulk.push({ kind, file, size: stats.size });
  }
  return { yaml, bulk };
}

function kindOf(file: string): InputKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.csv') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl' || ext === '.json') return 'ndjson';
  throw new UsageError(m.unknownExtension({ file, ext }));
}

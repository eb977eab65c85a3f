import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from '../exit.js';
import { listingMessages as m } from './messages.js';

// The baseline file of `check listing --baseline/--write-baseline`: the
// findings a catalogue had when the check was turned on, so that only new
// ones fail the run (a ratchet: a fixed finding leaves the next baseline
// written, and cannot come back unnoticed).

const VERSION = 1;

interface Entry {
  sku: string;
  code: string;
  field: string;
  text: string;
}

/** Read a baseline's fingerprints; a missing or malformed file is a usage error (exit 2), never an empty baseline. */
export function readBaseline(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(m.baselineUnreadable({ file, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(m.baselineNotJson({ file, detail: (error as Error).message }));
  }
  const findings = (data as { findings?: unknown })?.findings;
  if ((data as { version?: unknown })?.version !== VERSION || !Array.isArray(findings)) {
    throw new UsageError(m.baselineShape({ file }));
  }
  return findings.map((entry, i) => {
    const e = entry as Partial<Entry>;
    if ([e.sku, e.code, e.field, e.text].some((v) => typeof v !== 'string')) {
      throw new UsageError(m.baselineEntry({ file, index: i }));
    }
    return JSON.stringify([e.sku, e.code, e.field, e.text]);
  });
}

/** Write the fingerprints as a baseline, sorted, so the same findings always give the same file. */
export function writeBaseline(file: string, fingerprints: Iterable<string>): number {
  const entries = [...new Set(fingerprints)].sort().map((fp) => {
    const [sku, code, field, text] = JSON.parse(fp) as string[];
    return { sku, code, field, text };
  });
  const body = `{\n  "version": ${VERSION},\n  "tool": "storepolicy check listing",\n  "findings": [\n${entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`;
  try {
    writeFileSync(file, entries.length === 0 ? `{\n  "version": ${VERSION},\n  "tool": "storepolicy check listing",\n  "findings": []\n}\n` : body);
  } catch (error) {
    throw new UsageError(m.baselineWrite({ file, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  return entries.length;
}

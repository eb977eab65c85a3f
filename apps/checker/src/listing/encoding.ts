import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { UsageError } from '../exit.js';
import { listingMessages as m } from './messages.js';

export const ENCODINGS = ['utf8', 'gb18030', 'gbk'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** WHATWG label for TextDecoder. GBK is decoded as GB18030, its superset (as browsers do). */
export function decoderLabel(encoding: Encoding): string {
  return encoding === 'utf8' ? 'utf-8' : 'gb18030';
}

export function parseEncoding(raw: unknown): Encoding {
  if (raw === undefined) return 'utf8';
  const key = String(raw).toLowerCase().replace(/[-_]/g, '');
  if (key === 'utf8') return 'utf8';
  if (key === 'gb18030') return 'gb18030';
  if (key === 'gbk' || key === 'gb2312' || key === 'cp936') return 'gbk';
  throw new UsageError(m.unknownEncoding({ value: String(raw) }));
}

/**
 * Decode a byte stream as text, chunk by chunk (a character split across two
 * chunks is carried over by the decoder). UTF-8 is strict: the first bad
 * byte stops the run with the line it is on and the likely fix, because a
 * GBK export read as UTF-8 would turn every title into mojibake and every
 * check into noise.
 */
export async function* decodeStream(
  input: AsyncIterable<Buffer>,
  encoding: Encoding,
  file: string,
  onBytes: (n: number) => void = () => {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder(decoderLabel(encoding), { fatal: true });
  let first = true;
  let line = 1;
  for await (const chunk of input) {
    onBytes(chunk.length);
    if (first) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        throw new UsageError(m.utf16({ file }));
      }
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new UsageError(
        encoding === 'utf8' ? m.notUtf8({ file, line: line + badUtf8Line(chunk) }) : m.notEncoding({ file, encoding: encoding.toUpperCase(), line }),
      );
    }
    line += countLines(text);
    yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new UsageError(m.cutShort({ file, encoding }));
  }
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Lines before the first line of `chunk` that is not valid UTF-8. A character
 * cut by the chunk boundary is skipped at the start and never judged at the
 * end (the decoder carries it), so only whole lines are blamed.
 */
function badUtf8Line(chunk: Buffer): number {
  let start = 0;
  while (start < 3 && start < chunk.length && (chunk[start]! & 0xc0) === 0x80) start++;
  let lines = 0;
  for (let end = chunk.indexOf(0x0a, start); end >= 0; end = chunk.indexOf(0x0a, start)) {
    if (!isUtf8(chunk.subarray(start, end))) return lines;
    lines++;
    start = end + 1;
  }
  return lines;
}

import { describe, expect, it } from 'vitest';
import { memorySource } from '../../src/listing/byte-source.js';
import { ndjsonTasks, SpareBuffers } from '../../src/listing/ndjson-reader.js';

// Batch buffers go round: a checker hands each batch's bytes back and the
// reader fills them again. A reused buffer still holds the last batch's bytes
// past what is read into it now; none of them may reach a batch.

function catalogue(rows: number): string {
  const lines: string[] = [];
  // lengths vary so batches end at different places in a reused buffer
  for (let i = 1; i <= rows; i++) lines.push(JSON.stringify({ sku: `SKU-${i}`, title: '连衣裙'.repeat(1 + (i % 37)) }));
  return `${lines.join('\n')}\n`;
}

async function readAll(text: string, spares: SpareBuffers | undefined): Promise<{ lines: string[]; firstLines: number[]; reused: number }> {
  const lines: string[] = [];
  const firstLines: number[] = [];
  const seen = new Set<ArrayBuffer>();
  let reused = 0;
  for await (const task of ndjsonTasks(memorySource(new TextEncoder().encode(text)), spares)) {
    const buffer = task.bytes.buffer as ArrayBuffer;
    if (seen.has(buffer)) reused++;
    seen.add(buffer);
    firstLines.push(task.firstLine);
    const batch = new TextDecoder().decode(task.bytes);
    expect(batch.endsWith('\n')).toBe(true);
    lines.push(...batch.slice(0, -1).split('\n'));
    // what a checker leaves behind: the whole buffer scribbled over, then handed back
    new Uint8Array(buffer).fill(0x7b);
    spares?.give(buffer);
  }
  return { lines, firstLines, reused };
}

describe('ndjsonTasks with spare buffers', () => {
  it('gives the same lines and line numbers from reused buffers as from fresh ones, and reuses them', async () => {
    const text = catalogue(40_000); // about 3 MB: several 512 KB batches
    const fresh = await readAll(text, undefined);
    const reused = await readAll(text, new SpareBuffers());
    expect(fresh.lines).toHaveLength(40_000);
    expect(fresh.lines).toEqual(text.slice(0, -1).split('\n'));
    expect(reused.lines).toEqual(fresh.lines);
    expect(reused.firstLines).toEqual(fresh.firstLines);
    expect(fresh.firstLines.length).toBeGreaterThan(4);
    expect(fresh.reused).toBe(0);
    expect(reused.reused).toBe(reused.firstLines.length - 1);
  });

  it('keeps only whole batch buffers, a few of them', () => {
    const spares = new SpareBuffers();
    spares.give(new ArrayBuffer(100));
    expect(spares.take()).toBeUndefined();
    for (let i = 0; i < 20; i++) spares.give(new ArrayBuffer(512 * 1024));
    let kept = 0;
    while (spares.take()) kept++;
    expect(kept).toBe(8);
  });
});

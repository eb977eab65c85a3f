// A checker thread's entry. The normaliser's tables come built from the main
// thread (workerData.tables) and must be in place before the engine's
// read-as-buyer.ts is evaluated, which happens as soon as any module of the
// engine loads (a bundle evaluates a whole chunk at its first import). So
// this entry imports nothing of the engine: it leaves the tables where
// reading-tables.ts looks for them, then loads the thread's work.
import { workerData } from 'node:worker_threads';
import type { WorkerSetup } from './batch.js';

const { tables } = workerData as WorkerSetup;
// the key of engine reading-tables.ts (READING_TABLES_KEY), spelt out so as not to import it
if (tables) (globalThis as Record<symbol, unknown>)[Symbol.for('storepolicy.readingTables')] = tables;
await import('./worker-loop.js');

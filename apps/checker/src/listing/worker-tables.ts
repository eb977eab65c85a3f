// Imported first by worker.ts, for its side effect: the normaliser's tables
// come from the main thread that built them (workerData.tables), and must be
// in place before the engine's read-as-buyer.ts is evaluated by the imports
// after this one (ES modules run in import order, depth first).
import { workerData } from 'node:worker_threads';
import { useReadingTables } from '@storepolicy/engine/reading-tables';
import type { WorkerSetup } from './batch.js';

const { tables } = workerData as WorkerSetup;
if (tables) useReadingTables(tables);

// A checker thread: compiles the store's listing rules once, then checks
// batches of rows for the pool in pool.ts. It reads the policies itself
// (documents carry position functions, which do not cross threads).
import { parentPort, workerData } from 'node:worker_threads';
import { buildMessageCatalog } from '@storepolicy/engine';
import type { Task, WorkerSetup } from './batch.js';
import { loadListingEngine } from './engine-api.js';
import { RowChecker } from './row-checker.js';
import { loadStore } from './store.js';

const setup = workerData as WorkerSetup;
const engine = await loadListingEngine();
const store = loadStore(setup.storeDir, setup.storeId);
const checker = new RowChecker(engine.compileListingChecker(store.bundle), buildMessageCatalog(), setup);

parentPort!.on('message', (message: { id: number; task: Task }) => {
  try {
    const result = checker.run(message.task);
    parentPort!.postMessage({ id: message.id, result }, result.ndjson ? [result.ndjson.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });

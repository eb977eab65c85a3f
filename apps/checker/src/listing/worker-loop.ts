// A checker thread's work, loaded by worker.ts once the normaliser's tables
// from the main thread are in place: builds the listing checker from the policy the main
// thread compiled (workerData), then checks batches of rows for the pool in
// pool.ts. It imports no YAML parser, no schema validator and no zod (see
// row-schema.ts), so it is ready in a fraction of the time loading the
// policies itself took.
import { parentPort, workerData } from 'node:worker_threads';
import { listingCheckerFromPortable } from '@storepolicy/engine/listing-portable';
import type { Task, WorkerSetup } from './batch.js';
import { RowChecker } from './row-checker.js';

const setup = workerData as WorkerSetup;
const checker = new RowChecker(listingCheckerFromPortable(setup.policy), setup.catalog, setup);

parentPort!.on('message', (message: { id: number; task: Task }) => {
  try {
    const { task } = message;
    const result = checker.run(task);
    const transfer: ArrayBuffer[] = result.ndjson ? [result.ndjson.buffer as ArrayBuffer] : [];
    // the batch's bytes go back to the reader to be filled again (ndjson-reader.ts SpareBuffers)
    const spare = task.kind === 'ndjson' ? (task.bytes.buffer as ArrayBuffer) : undefined;
    if (spare) transfer.push(spare);
    parentPort!.postMessage({ id: message.id, result, spare }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });

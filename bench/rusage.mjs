// Preloaded into a benchmarked process (node --import): at exit, writes the
// process's own resource usage (CPU of every thread, peak RSS) to the file
// named by BENCH_RUSAGE_FILE, so the benchmark compares CPU time, the figure
// that stays fair on a machine other work shares.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_RUSAGE_FILE;
if (isMainThread && file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));

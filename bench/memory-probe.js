// Preloaded into the soaked server's Node processes (NODE_OPTIONS=--require, bench/soak.ts):
// writes this process's memory every few seconds to SOAK_PROBE_DIR/<pid>.json, so the soak
// can read the server's heap from outside, as it reads resident memory from /proc.
const { writeFileSync } = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");
const { isMainThread } = require("node:worker_threads");

const dir = process.env.SOAK_PROBE_DIR;
// Only the main thread: preloads also run in worker threads (tsx's module hooks run in one),
// which share the pid and would overwrite the report with their own small heap.
if (dir && isMainThread) {
  const file = path.join(dir, `${process.pid}.json`);
  const write = () => {
    const heap = v8.getHeapStatistics();
    const usage = process.memoryUsage();
    const sample = {
      at: Date.now(),
      rss: usage.rss,
      heapUsed: usage.heapUsed,
      heapTotal: usage.heapTotal,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
      heapLimit: heap.heap_size_limit,
    };
    try {
      writeFileSync(file, JSON.stringify(sample));
    } catch {
      // The soak removed its folder while this process was stopping.
    }
  };
  write();
  // Unreferenced: the probe never keeps a process alive.
  setInterval(write, 5000).unref();
}

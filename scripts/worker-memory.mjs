#!/usr/bin/env node
// What a batch worker thread holds (issue 16, memory per worker): N worker threads of ROOT's bundled
// dist/batch/worker.js, started as the pool starts them (the shared data files, a 12 MB young generation
// unless YG is given, --heap-growing-percent=20), each given COUNT/N texts of the bench's 2,000-text set
// (scripts/mem-workers.mjs writes it). Every 250 texts a worker: the process's RSS and peak RSS (MiB) and
// each worker's V8 heap by space ([size, used, physical] MB). With SNAP=FILE, worker 0's heap snapshot
// is written to FILE at the end (open it in Chrome's DevTools, Memory tab).
//   node scripts/worker-memory.mjs ROOT N [COUNT] [YG]
import { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';

const [rootArg, nArg, countArg, ygArg] = process.argv.slice(2);
if (!rootArg || !nArg) throw new Error('usage: node scripts/worker-memory.mjs ROOT N [COUNT] [YG]');
const root = resolve(rootArg);
const workerCount = Number(nArg);
const count = Number(countArg ?? 2000);
setFlagsFromString('--heap-growing-percent=20');
const { shareDataFiles } = await import(join(root, 'dist/data-file.js'));
const dataFiles = shareDataFiles();
const set = join(tmpdir(), 'onrecord-mem-set');
const names = readdirSync(set).sort().slice(0, count);
// the worker's own message handler is in place before this one starts its port (messages wait till then)
const code = `
const { parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
const mb = (x) => Math.round(x / 1e5) / 10;
import(${JSON.stringify(join(root, 'dist/batch/worker.js'))}).then(() => parentPort.on('message', (m) => {
  if (m !== 'stats') return;
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().filter((s) => s.space_size > 0).map((s) => [s.space_name, [mb(s.space_size), mb(s.space_used_size), mb(s.physical_space_size)]]));
  const h = v8.getHeapStatistics();
  parentPort.postMessage({ stats: { physical: mb(h.total_physical_size), used: mb(h.used_heap_size), malloced: mb(h.malloced_memory), peakMalloced: mb(h.peak_malloced_memory), spaces } });
}));`;
const status = () => {
  const s = readFileSync('/proc/self/status', 'utf8');
  return ['VmRSS', 'VmHWM'].map((k) => (Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)[1]) / 1024).toFixed(1)).join('/');
};
console.log(`before the workers: RSS/peak ${status()} MiB`);
const workers = Array.from({ length: workerCount }, () => new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: Number(ygArg ?? 12) }, workerData: { dataFiles } }));
const ask = (w, msg) =>
  new Promise((done) => {
    const on = (r) => {
      if (msg === 'stats' ? r.stats : r.id === msg.id) {
        w.off('message', on);
        done(r);
      }
    };
    w.on('message', on);
    w.postMessage(msg);
  });
let id = 0;
const per = Math.ceil(names.length / workerCount);
for (let at = 0; at < per; at += 250) {
  await Promise.all(
    workers.map(async (w, k) => {
      for (let i = at; i < Math.min(at + 250, per) && k * per + i < names.length; i++) {
        const name = names[k * per + i];
        const r = await ask(w, { id: id++, text: readFileSync(join(set, name), 'utf8'), path: name, layout: 'pretty' });
        if (!r.ok) console.log(`${name}: ${r.reason}`);
      }
    }),
  );
  const stats = await Promise.all(workers.map((w) => ask(w, 'stats')));
  console.log(`after ${Math.min(at + 250, per)} texts a worker: RSS/peak ${status()} MiB; ${JSON.stringify(stats.map((s) => s.stats))}`);
}
if (process.env.SNAP) await pipeline(await workers[0].getHeapSnapshot(), createWriteStream(process.env.SNAP));
await Promise.all(workers.map((w) => w.terminate()));

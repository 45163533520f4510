#!/usr/bin/env node
// Peak RSS of `onrecord extract SET --workers N` for several builds, runs alternated (issue 16, memory
// per worker). SET is the bench's 2,000 texts (src/cli/bench.ts: corpus/ then
// ../shared/eval/polnear_train.jsonl, repeated in order to >= 400,000 words and >= 2,000 texts), written
// once to a folder under the system's temp directory. Peak RSS is `/usr/bin/time -f %M` (the process's
// VmHWM: worker threads are threads of the one process). Prints each run and the medians.
//
//   node scripts/mem-workers.mjs [--runs 3] [--workers 1,2] ROOT...   (ROOT: a built checkout)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return value;
};
const runs = Number(option('--runs', '3'));
const workerCounts = option('--workers', '1,2').split(',').map(Number);
const roots = args.map((r) => resolve(r));
if (roots.length === 0) throw new Error('usage: node scripts/mem-workers.mjs [--runs N] [--workers 1,2] ROOT...');

const here = new URL('..', import.meta.url).pathname;
const set = join(tmpdir(), 'onrecord-mem-set');
if (!existsSync(join(set, 'a01999.txt'))) {
  const texts = readdirSync(join(here, 'corpus')).filter((n) => /\.(txt|md)$/.test(n)).sort().map((n) => readFileSync(join(here, 'corpus', n), 'utf8'));
  const train = join(here, '..', 'shared', 'eval', 'polnear_train.jsonl');
  if (existsSync(train)) {
    for (const line of readFileSync(train, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = JSON.parse(line).text;
      if (typeof text === 'string') texts.push(text);
    }
  }
  const words = (t) => t.match(/\S+/g)?.length ?? 0;
  mkdirSync(set, { recursive: true });
  let total = 0;
  for (let i = 0; total < 400_000 || i < 2000; i++) {
    const text = texts[i % texts.length];
    writeFileSync(join(set, `a${String(i).padStart(5, '0')}.txt`), text);
    total += words(text);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const out = join(tmpdir(), `onrecord-mem-out-${process.pid}`);
const peaks = new Map(); // `${root}\t${workers}` -> MiB[]
for (let r = 0; r < runs; r++) {
  for (const workers of workerCounts) {
    for (const root of roots) {
      const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, join(root, 'dist/cli/main.js'), 'extract', set, '--out', out, '--workers', String(workers), '--force', '--quiet'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] }).stderr;
      const [kib, user, sys] = result.trim().split('\n').at(-1).split(' ').map(Number);
      const key = `${root}\t${workers}`;
      peaks.set(key, [...(peaks.get(key) ?? []), kib / 1024]);
      console.log(`run ${r + 1} ${root} --workers ${workers}: ${(kib / 1024).toFixed(1)} MiB, CPU ${(user + sys).toFixed(1)} s`);
    }
  }
}
rmSync(out, { recursive: true, force: true });
for (const root of roots) {
  const m = workerCounts.map((w) => median(peaks.get(`${root}\t${w}`)));
  const extra = workerCounts.length > 1 ? `, per extra worker ${((m.at(-1) - m[0]) / (workerCounts.at(-1) - workerCounts[0])).toFixed(1)}` : '';
  console.log(`${root}: median peak RSS ${workerCounts.map((w, i) => `${w}w ${m[i].toFixed(1)}`).join(', ')} MiB${extra}`);
}

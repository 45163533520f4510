// The queue's cost and scaling on this machine (README, "More than one machine"):
//   extract vs worker, same threads, same articles: the queue's overhead per article;
//   2 worker processes of 1 thread vs the machine's own ceiling, 2 independent extract processes of
//   1 thread on halves of the set; and Redis's memory per queued and per completed article (INFO memory).
// Needs Debian's redis-server; starts its own on a free port of 127.0.0.1 (no persistence), in a temp folder.
// Runs are alternated and repeated; medians are reported. Build first (npm run build).
//   npx tsx scripts/bench-queue.ts [--articles N] [--reps N]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { connectRedis } from '../src/queue/connection.js';
import { freePort, startRedisServer } from './local-redis.js';
import { openQueue, queueStatus } from '../src/queue/queue.js';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(PROJECT, 'dist', 'cli', 'main.js');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, reps: { type: 'string', default: '3' } } });
const ARTICLES = Number(values.articles);
const REPS = Number(values.reps);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(args: string[], cwd: string): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      resolve(code);
    }),
  );
  return { child, done };
}

/** ARTICLES articles: the corpus's, numbered copies (each text differs, so each is a job of its own). */
async function writeArticles(folder: string): Promise<number> {
  const names = (await readdir(join(PROJECT, 'corpus'))).filter((n) => /\.(txt|md)$/.test(n)).sort();
  const texts = await Promise.all(names.map((n) => readFile(join(PROJECT, 'corpus', n), 'utf8')));
  let chars = 0;
  for (const half of ['a', 'b']) await mkdir(join(folder, half), { recursive: true });
  for (let i = 0; i < ARTICLES; i++) {
    const text = `Copy ${i + 1}.\n\n${texts[i % texts.length]!}`;
    chars += text.length;
    await writeFile(join(folder, i % 2 === 0 ? 'a' : 'b', `${String(i).padStart(5, '0')}.txt`), text);
  }
  return chars;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'onrecord-bench-queue-'));
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const redisProcess = await startRedisServer('redis-server', port, dir, false);
  const client = await connectRedis(url, 'command');
  try {
    const chars = await writeArticles(join(dir, 'in'));
    console.log(`${ARTICLES} articles, ${(chars / ARTICLES).toFixed(0)} characters each on average; ${REPS} alternated repetitions; Redis on ${url}`);
    let q = 0;
    const usedMemory = async (): Promise<number> => Number(/used_memory:(\d+)/.exec(await client.info('memory'))![1]);

    const extract = async (inputs: string[], threads: number): Promise<number> => {
      const out = join(dir, `out-${q++}`);
      const start = performance.now();
      const codes = await Promise.all(inputs.map((input, i) => run(['extract', input, '--out', `${out}-${i}`, '--workers', String(threads), '--quiet'], dir).done));
      if (codes.some((c) => c !== 0)) throw new Error(`extract failed: ${codes}`);
      return (performance.now() - start) / 1000;
    };
    /** Queues the set, then times `processes` workers from their start to the last completed job. */
    const workers = async (processes: number, threads: number, memory: number[][]): Promise<number> => {
      const name = `bench-${q++}`;
      await client.flushall();
      const empty = await usedMemory();
      const add = run(['queue', 'add', 'in', '--redis', url, '--queue', name], dir);
      if ((await add.done) !== 0) throw new Error('queue add failed');
      const queued = await usedMemory();
      const queue = openQueue(client, name);
      const out = join(dir, `out-${q++}`);
      const start = performance.now();
      const started = Array.from({ length: processes }, () => run(['worker', '--redis', url, '--queue', name, '--out', out, '--workers', String(threads), '--quiet'], dir));
      for (;;) {
        const status = await queueStatus(queue);
        if (status.completed + status.failed >= ARTICLES) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const seconds = (performance.now() - start) / 1000;
      const done = await usedMemory();
      memory.push([(queued - empty) / ARTICLES, (done - empty) / ARTICLES]);
      for (const w of started) w.child.kill('SIGTERM');
      await Promise.all(started.map((w) => w.done));
      await queue.close();
      return seconds;
    };

    const configs: Array<[string, (memory: number[][]) => Promise<number>]> = [
      ['extract, 1 process of 2 threads', () => extract(['in'], 2)],
      ['worker, 1 process of 2 threads', (m) => workers(1, 2, m)],
      ['extract, 1 process of 1 thread', () => extract(['in'], 1)],
      ['worker, 1 process of 1 thread', (m) => workers(1, 1, m)],
      ['extract, 2 processes of 1 thread on halves (ceiling)', () => extract(['in/a', 'in/b'], 1)],
      ['worker, 2 processes of 1 thread', (m) => workers(2, 1, m)],
    ];
    const times = configs.map(() => [] as number[]);
    const memory: number[][] = [];
    await extract(['in'], 2); // warm-up: file cache, compiled code
    for (let rep = 0; rep < REPS; rep++) {
      for (const [i, [, measure]] of configs.entries()) {
        times[i]!.push(await measure(memory));
        for (const name of (await readdir(dir)).filter((n) => n.startsWith('out-'))) await rm(join(dir, name), { recursive: true, force: true });
      }
    }
    const rows = configs.map(([label], i) => ({ label, seconds: median(times[i]!), articlesPerSecond: ARTICLES / median(times[i]!), runs: times[i]! }));
    for (const row of rows) console.log(`${row.label.padEnd(56)} ${row.seconds.toFixed(2)} s  ${row.articlesPerSecond.toFixed(1)} articles/s  (runs: ${row.runs.map((t) => t.toFixed(2)).join(', ')})`);
    const overhead = (a: number, b: number): string => `${(((rows[b]!.seconds - rows[a]!.seconds) / rows[a]!.seconds) * 100).toFixed(1)} %`;
    console.log(`queue overhead, worker vs extract: 2 threads ${overhead(0, 1)}, 1 thread ${overhead(2, 3)}, 2 processes vs the ceiling ${overhead(4, 5)}`);
    const queuedBytes = median(memory.map((m) => m[0]!));
    const completedBytes = median(memory.map((m) => m[1]!));
    console.log(`Redis used_memory per article: ${queuedBytes.toFixed(0)} bytes queued (text ${(chars / ARTICLES).toFixed(0)} characters), ${completedBytes.toFixed(0)} bytes once completed (text dropped)`);
    await mkdir(join(PROJECT, 'output', '.onrecord'), { recursive: true });
    await writeFile(join(PROJECT, 'output', '.onrecord', 'bench-queue.json'), JSON.stringify({ articles: ARTICLES, averageChars: chars / ARTICLES, reps: REPS, rows, redisBytesPerArticle: { queued: queuedBytes, completed: completedBytes } }, null, 2) + '\n');
  } finally {
    client.disconnect();
    redisProcess.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();

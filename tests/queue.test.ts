// The shared queue (issue 13) against a real Redis: Debian's redis-server, started here on a free port of
// 127.0.0.1 with its own folder, and stopped at the end. Workers are the compiled CLI in child processes;
// what they write is compared byte for byte with `onrecord extract` on the same inputs.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempName } from '../src/batch/atomic.js';
import { openQueue, queueStatus, type QueueStatus } from '../src/queue/queue.js';
import { finished, PROJECT, readJson, runCli, startCli, tempDir } from './batch-helpers.js';
import { freePort, startRedisServer } from '../scripts/local-redis.js';

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
// In CI a missing Redis is a failure (.ci/run installs it); elsewhere the test says why it skips.
const run = REDIS_SERVER !== undefined || process.env.CI ? describe : describe.skip;
if (!REDIS_SERVER && !process.env.CI) console.warn('queue.test.ts skipped: no redis-server (apt-get install redis-server, or set REDIS_SERVER_PATH)');

const GOOD = 300;
/** Short locks, so that a killed worker's jobs are taken over in seconds. */
const STALLED = ['--stalled-seconds', '2'];

interface RedisServer {
  port: number;
  url: string;
  dir: string;
  process: ChildProcess;
  persistent: boolean;
}

/** redis-server on `port`, in `dir`; resolves once it accepts connections. */
async function startRedis(port: number, dir: string, persistent: boolean): Promise<RedisServer> {
  if (!REDIS_SERVER) throw new Error('redis-server is missing: in CI, .ci/run must install it (apt-get install redis-server)');
  const child = await startRedisServer(REDIS_SERVER, port, dir, persistent);
  return { port, url: `redis://127.0.0.1:${port}`, dir, process: child, persistent };
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill(signal);
  return exited;
}

/** The queue's state, read directly (a CLI call per poll would load the machine more than the workers). */
async function poll(server: RedisServer, queue: string, until: (s: QueueStatus) => boolean, timeoutMs: number): Promise<QueueStatus> {
  const client = new Redis(server.port, '127.0.0.1', { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
  client.on('error', () => undefined);
  const q = openQueue(client, queue);
  const deadline = Date.now() + timeoutMs;
  let last: QueueStatus | null = null;
  try {
    while (Date.now() < deadline) {
      try {
        last = await queueStatus(q);
        if (until(last)) return last;
      } catch {
        // Redis restarting: ask again
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`queue ${queue} did not get there in ${timeoutMs / 1000} s; last: ${JSON.stringify(last && { ...last, failures: last.failures.length })}`);
  } finally {
    await q.close().catch(() => undefined);
    client.disconnect();
  }
}

interface WorkerProcess {
  child: ChildProcess;
  done: ReturnType<typeof finished>;
}

function startWorker(server: RedisServer, queue: string, out: string, cwd: string): WorkerProcess {
  const child = startCli(['worker', '--redis', server.url, '--queue', queue, '--out', out, '--workers', '1', ...STALLED], cwd);
  return { child, done: finished(child) };
}

/** Every file under `dir` (hidden ones too), relative, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** Small articles made of the corpus's paragraphs, each different (numbered), about 1.5 kB each. */
async function writeArticles(folder: string): Promise<void> {
  const corpus = (await readdir(join(PROJECT, 'corpus'))).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).sort();
  const paragraphs: string[] = [];
  for (const name of corpus) paragraphs.push(...(await readFile(join(PROJECT, 'corpus', name), 'utf8')).split(/\n\s*\n/).filter((p) => p.trim().length > 80));
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < GOOD; i++) {
    const parts = [`Bulletin ${i + 1}`];
    for (let k = 0; parts.join('\n\n').length < 1500; k++) parts.push(paragraphs[(i * 7 + k) % paragraphs.length]!);
    await writeFile(join(folder, `a${String(i).padStart(3, '0')}.txt`), parts.join('\n\n') + '\n');
  }
}

let dir: { path: string; cleanup: () => Promise<void> };
let redis: RedisServer | undefined;
let persistentRedis: RedisServer | undefined;
const workers: WorkerProcess[] = [];
/** extract's outputs and failure reasons on the same inputs: what every worker run must match. */
let expected: Map<string, Buffer>;
let expectedFailures: Array<{ input: string; reason: string }>;

run('onrecord queue and worker on Redis', () => {
  beforeAll(async () => {
    dir = await tempDir();
    await writeArticles(join(dir.path, 'articles'));
    await writeFile(join(dir.path, 'articles', 'bad-utf8.txt'), Buffer.from([0x4f, 0x6b, 0x20, 0xc3, 0x28, 0x0a]));
    await writeFile(join(dir.path, 'articles', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x10]));
    const extract = await runCli(['extract', 'articles', '--out', 'extracted', '--workers', '2', '--quiet'], dir.path);
    expect(extract.code).toBe(1); // the two bad inputs
    expected = new Map();
    for (const file of (await filesUnder(join(dir.path, 'extracted'))).filter((f) => !f.startsWith('.onrecord'))) expected.set(file, await readFile(join(dir.path, 'extracted', file)));
    expect(expected.size).toBe(GOOD);
    const summary = await readJson<{ failures: Array<{ path: string; reason: string }> }>(join(dir.path, 'extracted', '.onrecord', 'last-run.json'));
    expectedFailures = summary.failures.map((f) => ({ input: f.path, reason: f.reason })).sort((a, b) => (a.input < b.input ? -1 : 1));
    expect(expectedFailures.map((f) => f.input)).toEqual(['articles/bad-utf8.txt', 'articles/binary.txt']);
    redis = await startRedis(await freePort(), join(dir.path, 'redis'), false);
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) await stopProcess(w.child, 'SIGKILL');
    if (redis) await stopProcess(redis.process);
    if (persistentRedis) await stopProcess(persistentRedis.process);
    await dir?.cleanup();
  });

  async function expectSameAsExtract(out: string): Promise<void> {
    const files = await filesUnder(join(dir.path, out));
    expect(files.filter((f) => isTempName(f.split('/').pop()!)), 'temp files left').toEqual([]);
    expect(files).toEqual([...expected.keys()].sort());
    const differing: string[] = [];
    for (const file of files) if (!(await readFile(join(dir.path, out, file))).equals(expected.get(file)!)) differing.push(file);
    expect(differing).toEqual([]);
  }

  it('300 articles and 2 bad inputs, two workers, one killed mid-run and a third started: every output as extract writes it, the bad ones failed with its reasons', async () => {
    const added = await runCli(['queue', 'add', 'articles', '--redis', redis!.url, '--queue', 'main'], dir.path);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^queued 302, skipped 0 /);

    const [a, b] = [startWorker(redis!, 'main', 'out', dir.path), startWorker(redis!, 'main', 'out', dir.path)];
    workers.push(a, b);
    const atKill = await poll(redis!, 'main', (s) => s.completed >= 10, 60_000);
    await stopProcess(a.child, 'SIGKILL');
    expect(atKill.completed + atKill.failed, 'the kill came after the run was over').toBeLessThan(GOOD + 2);
    const c = startWorker(redis!, 'main', 'out', dir.path);
    workers.push(c);

    const status = await poll(redis!, 'main', (s) => s.completed + s.failed === GOOD + 2 && s.active === 0 && s.waiting === 0, 90_000);
    expect(status).toMatchObject({ waiting: 0, active: 0, completed: GOOD, failed: 2 });

    // SIGTERM: each remaining worker finishes and exits 0 within 15 s
    const stopped = Date.now();
    const codes = await Promise.all([b, c].map((w) => stopProcess(w.child)));
    expect(Date.now() - stopped).toBeLessThan(15_000);
    expect(codes).toEqual([0, 0]);
    expect((await b.done).stderr).toMatch(/written, \d+ already up to date, \d+ failed/);

    await expectSameAsExtract('out');

    const shown = await runCli(['queue', 'status', '--redis', redis!.url, '--queue', 'main', '--format', 'json'], dir.path);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual({ waiting: 0, active: 0, completed: GOOD, failed: 2, failures: expectedFailures });
    const text = await runCli(['queue', 'status', '--redis', redis!.url, '--queue', 'main'], dir.path);
    expect(text.stdout).toContain(`completed  ${GOOD}`);
    expect(text.stdout).toContain(`  articles/binary.txt: ${expectedFailures[1]!.reason}`);
  }, 180_000);

  it('queues the same inputs once: added twice (and again once done), they are annotated once; --retry-failed puts failed jobs back', async () => {
    const add = (): ReturnType<typeof runCli> => runCli(['queue', 'add', 'articles/a000.txt', 'articles/a001.txt', 'articles', '--redis', redis!.url, '--queue', 'twice'], dir.path);
    const first = await add();
    expect(first.code, first.stderr).toBe(0);
    // a000.txt and a001.txt named alone and again in the folder: one job each
    expect(first.stdout).toMatch(/^queued 302, skipped 2 /);
    const second = await add();
    expect(second.stdout).toMatch(/^queued 0, skipped 304 /);
    const worker = startWorker(redis!, 'twice', 'twice-out', dir.path);
    workers.push(worker);
    await poll(redis!, 'twice', (s) => s.completed + s.failed === GOOD + 2 && s.active === 0, 90_000);
    const third = await add();
    expect(third.stdout).toMatch(/^queued 0, skipped 304 /);
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for a wrongly queued job to be taken
    expect(await poll(redis!, 'twice', () => true, 5000)).toMatchObject({ waiting: 0, active: 0, completed: GOOD, failed: 2 });
    // re-running failures: the two failed jobs go back, and fail again (their inputs are still bad)
    const retry = await runCli(['queue', 'add', 'articles', '--redis', redis!.url, '--queue', 'twice', '--retry-failed'], dir.path);
    expect(retry.stdout, retry.stderr).toMatch(/^queued 0, skipped 302 already in queue "twice" \(2 of them failed before: put back to be tried again\)/);
    await poll(redis!, 'twice', (s) => s.failed === 2 && s.waiting === 0 && s.active === 0, 30_000);
    expect(await stopProcess(worker.child)).toBe(0);
    const { stderr } = await worker.done;
    expect(stderr).toContain(`${GOOD} written, 0 already up to date, 4 failed`);
  }, 180_000);

  it('loses no job when Redis stops mid-run and comes back', async () => {
    persistentRedis = await startRedis(await freePort(), join(dir.path, 'redis-aof'), true);
    const server = persistentRedis;
    const added = await runCli(['queue', 'add', 'articles', '--redis', server.url, '--queue', 'restart'], dir.path);
    expect(added.stdout).toMatch(/^queued 302, /);
    const worker = startWorker(server, 'restart', 'restart-out', dir.path);
    workers.push(worker);
    const before = await poll(server, 'restart', (s) => s.completed >= 20, 60_000);
    expect(await stopProcess(server.process)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    persistentRedis = await startRedis(server.port, server.dir, true);
    const status = await poll(persistentRedis, 'restart', (s) => s.completed + s.failed === GOOD + 2 && s.active === 0 && s.waiting === 0, 90_000);
    expect(before.completed).toBeLessThan(GOOD);
    expect(status).toMatchObject({ completed: GOOD, failed: 2 });
    expect(status.failures).toEqual(expectedFailures);
    expect(await stopProcess(worker.child)).toBe(0);
    expect((await worker.done).stderr).toContain('lost Redis');
    await expectSameAsExtract('restart-out');
  }, 180_000);

  it('Redis unreachable: one line and exit 2, at once', async () => {
    const port = await freePort(); // nothing listens there
    for (const args of [['queue', 'status'], ['queue', 'add', 'articles/a000.txt'], ['worker', '--out', 'never']]) {
      const started = Date.now();
      const result = await runCli([...args, '--redis', `redis://127.0.0.1:${port}`], dir.path);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^onrecord (queue|worker): cannot reach Redis at redis://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`))]);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    expect(existsSync(join(dir.path, 'never'))).toBe(false);
  }, 60_000);
});

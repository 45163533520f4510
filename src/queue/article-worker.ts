// `onrecord worker`: a BullMQ worker that annotates the queue's articles with the same worker threads as
// `extract` (src/batch/pool.ts) and writes each output with the same atomic writer, so an output is the
// same bytes as extract's, complete or absent. JOBS_PER_THREAD jobs per thread are taken at once, so a
// thread never waits for Redis between two articles. A job whose worker dies is taken over by another once
// its lock runs out (BullMQ's stalled-job check); the output is then written again with the same bytes, or
// found up to date and left as it is.
import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { writeAtomic } from '../batch/atomic.js';
import { describeFsError } from '../batch/errors.js';
import { createAnnotator } from '../batch/pool.js';
import { isUpToDate } from '../batch/resume.js';
import { describeRedisError, isConnectionError } from './connection.js';
import { outputInside, type ArticleJob } from './jobs.js';
import { JOBS_PER_THREAD } from './options.js';

export interface ArticleWorkerOptions {
  queue: string;
  out: string;
  workers: number;
  timeoutSeconds: number;
  /** A job whose worker has not renewed its lock for this long is taken over by another worker. */
  stalledSeconds: number;
}

export interface WorkerCounts {
  written: number;
  /** Outputs already there with the same text hash, version and source: not annotated again. */
  upToDate: number;
  failed: number;
}

export interface ArticleWorker {
  counts: WorkerCounts;
  /** Takes no new job, finishes the jobs in hand, then stops the threads. */
  close(): Promise<void>;
}

/** A job that dies with its worker this many times fails (an article that kills every worker it meets). */
const MAX_STALLED = 2;

export function startArticleWorker(client: Redis, options: ArticleWorkerOptions, log: (line: string) => void, workerUrl?: URL): ArticleWorker {
  const annotator = createAnnotator(options.workers, options.timeoutSeconds, workerUrl);
  const counts: WorkerCounts = { written: 0, upToDate: 0, failed: 0 };
  const fail = (job: ArticleJob, reason: string): never => {
    counts.failed++;
    log(`onrecord: ${job.source}: ${reason}`);
    throw new UnrecoverableError(reason);
  };

  const annotateJob = async (job: Job<ArticleJob, string, string>): Promise<string> => {
    const data = job.data;
    if (data.reason !== undefined) return fail(data, data.reason);
    const outPath = data.output === null ? null : outputInside(options.out, data.output);
    if (outPath === null || data.sha256 === undefined) return fail(data, `not an onrecord job: output "${data.output}" (add jobs with "onrecord queue add")`);
    if (await isUpToDate(outPath, data.sha256, data.source, data.raw)) {
      counts.upToDate++;
      if (data.text !== undefined) await dropText(job);
      return 'up to date';
    }
    // an earlier attempt wrote the output and dropped the text; the output has gone since
    if (data.text === undefined) return fail(data, `${outPath} is missing, and the job's text was dropped when it was first written: add the input again`);
    const result = await annotator.run(data.text, data.source, 'pretty', data.raw);
    if (!result.ok) return fail(data, result.reason);
    try {
      await writeAtomic(outPath, result.output);
    } catch (err) {
      // a full disk or a folder that cannot be made: BullMQ tries the job again later
      log(`onrecord: ${data.source}: cannot write ${outPath}: ${describeFsError(err)} (attempt ${job.attemptsMade + 1})`);
      throw new Error(`cannot write ${outPath}: ${describeFsError(err)}`);
    }
    counts.written++;
    await dropText(job);
    return 'written';
  };

  const worker = new Worker<ArticleJob, string, string>(options.queue, annotateJob, {
    connection: client,
    concurrency: options.workers * JOBS_PER_THREAD,
    lockDuration: options.stalledSeconds * 1000,
    stalledInterval: options.stalledSeconds * 1000,
    maxStalledCount: MAX_STALLED,
    name: `${hostname()}:${process.pid}`,
  });

  // Redis lost (a restart): said once, then once again when it is back; BullMQ keeps retrying meanwhile.
  let redisLost = false;
  worker.on('error', (err) => {
    if (!isConnectionError(err)) return log(`onrecord worker: ${describeRedisError(err)}`);
    if (!redisLost) log(`onrecord worker: lost Redis (${describeRedisError(err)}); reconnecting`);
    redisLost = true;
  });
  client.on('ready', () => {
    if (redisLost) log('onrecord worker: Redis is back');
    redisLost = false;
  });

  return {
    counts,
    close: async () => {
      await worker.close();
      await annotator.close();
    },
  };
}

/** The output is written: the job keeps what it was (source, output, hash) but no longer holds the text in Redis. */
async function dropText(job: Job<ArticleJob, string, string>): Promise<void> {
  const { text: _text, ...rest } = job.data;
  await job.updateData(rest);
}

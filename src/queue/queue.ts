// The BullMQ queue as onrecord uses it: adding articles in bulk under content-derived ids (an article
// already there, in any state, is not queued again) and reading the queue's state for `queue status`.
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_NAME, jobId, type ArticleJob } from './jobs.js';

export type ArticleQueue = Queue<ArticleJob, string, string>;

/** A queue over a connected client; the client stays the caller's to close. */
export function openQueue(client: Redis, name: string): ArticleQueue {
  const queue: ArticleQueue = new Queue(name, { connection: client });
  queue.on('error', () => undefined); // connection errors reach the caller through the command that failed
  return queue;
}

/**
 * Completed and failed jobs are kept: a completed one (its text dropped) is what makes adding the same
 * article again a no-op, a failed one is listed by `queue status`. A job that fails for a passing reason
 * (its output could not be written) is tried again after 1, 2 and 4 s; one that fails for its input
 * (UnrecoverableError) is not.
 */
const JOB_OPTIONS: JobsOptions = { attempts: 4, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false };

/** Jobs sent in one round trip, at most (and about this many bytes of text). */
const BULK_JOBS = 500;
const BULK_BYTES = 8 * 1024 * 1024;

export interface AddOutcome {
  queued: number;
  /** Already in the queue (waiting, active, completed or failed). */
  skipped: number;
  /** Failed jobs put back into the queue (retryFailed). */
  retried: number;
}

/**
 * Queues `jobs`, those not already there. With `retryFailed`, a job already there that failed is put back
 * to be tried again (an output that could not be written; a bad input fails again with its reason).
 */
export async function addJobs(
  client: Redis,
  queue: ArticleQueue,
  jobs: AsyncIterable<ArticleJob>,
  { retryFailed = false, onQueued = () => undefined }: { retryFailed?: boolean; onQueued?: (job: ArticleJob) => void } = {},
): Promise<AddOutcome> {
  const outcome: AddOutcome = { queued: 0, skipped: 0, retried: 0 };
  let batch = new Map<string, ArticleJob>();
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (batch.size === 0) return;
    const ids = [...batch.keys()];
    const exists = await Promise.all(ids.map((id) => client.exists(queue.toKey(id))));
    const fresh = ids.filter((_, i) => exists[i] === 0);
    const there = ids.filter((_, i) => exists[i] !== 0);
    if (retryFailed) {
      const failed = await Promise.all(there.map((id) => client.zscore(queue.toKey('failed'), id)));
      for (const id of there.filter((_, i) => failed[i] !== null)) {
        await (await queue.getJob(id))?.retry('failed');
        outcome.retried++;
      }
    }
    outcome.skipped += there.length;
    await queue.addBulk(fresh.map((id) => ({ name: JOB_NAME, data: batch.get(id)!, opts: { ...JOB_OPTIONS, jobId: id } })));
    outcome.queued += fresh.length;
    for (const id of fresh) onQueued(batch.get(id)!);
    batch = new Map();
    bytes = 0;
  };
  for await (const job of jobs) {
    const id = jobId(job);
    if (batch.has(id)) {
      outcome.skipped++;
      continue;
    }
    batch.set(id, job);
    bytes += job.text?.length ?? 0;
    if (batch.size >= BULK_JOBS || bytes >= BULK_BYTES) await flush();
  }
  await flush();
  return outcome;
}

export interface FailedJob {
  input: string;
  reason: string;
}

export interface QueueStatus {
  /** Not yet taken by a worker (including jobs waiting to be tried again). */
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  failures: FailedJob[];
}

const PAGE = 1000;

export async function queueStatus(queue: ArticleQueue): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
  const failures: FailedJob[] = [];
  for (let start = 0; start < (counts.failed ?? 0); start += PAGE) {
    const jobs = await queue.getFailed(start, start + PAGE - 1);
    for (const job of jobs) failures.push({ input: job.data.source, reason: job.failedReason });
    if (jobs.length < PAGE) break;
  }
  failures.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
  const count = (key: string): number => counts[key] ?? 0;
  return {
    waiting: count('waiting') + count('prioritized') + count('delayed'),
    active: count('active'),
    completed: count('completed'),
    failed: count('failed'),
    failures,
  };
}

// `onrecord queue add` and `onrecord queue status`: the command line over src/queue. Redis unreachable
// or lost is one line and exit 2.
import type { Redis } from 'ioredis';
import { VERSION } from '../version.js';
import { STDIN } from '../batch/jsonl.js';
import { printablePath } from '../batch/errors.js';
import { describeRedisError, isConnectionError, redactUrl } from '../queue/connection.js';
import { connectOrReport } from './redis-connect.js';
import { articleJobs, type ArticleJob } from '../queue/jobs.js';
import { parseQueueArgs, QUEUE_HELP, type QueueCommand } from '../queue/options.js';
import { addJobs, openQueue, queueStatus, type QueueStatus } from '../queue/queue.js';
import { EXIT_USAGE, existingPath } from './args.js';

export async function runQueue(argv: string[]): Promise<number> {
  const command = parseQueueArgs(argv);
  switch (command.kind) {
    case 'help':
      console.log(QUEUE_HELP);
      return 0;
    case 'version':
      console.log(VERSION);
      return 0;
    case 'add':
      for (const input of command.inputs) if (input !== STDIN) existingPath('input', input);
  }
  const client = await connectOrReport(command.target.redis, 'command', 'onrecord queue');
  if (client === undefined) return EXIT_USAGE;
  const queue = openQueue(client, command.target.queue);
  try {
    if (command.kind === 'add') await add(command, client, queue);
    else printStatus(await queueStatus(queue), command.format);
    return 0;
  } catch (err) {
    if (!isConnectionError(err)) throw err;
    console.error(`onrecord queue: lost Redis at ${redactUrl(command.target.redis)}: ${describeRedisError(err)}`);
    return EXIT_USAGE;
  } finally {
    await queue.close().catch(() => undefined);
    client.disconnect();
  }
}

async function add(command: Extract<QueueCommand, { kind: 'add' }>, client: Redis, queue: ReturnType<typeof openQueue>): Promise<void> {
  let ignored = 0;
  const jobs = articleJobs(command.inputs, command, {
    skipped: (display, reason) => console.error(`onrecord: ${printablePath(display)}: skipped: ${reason}`),
    ignored: () => ignored++,
  });
  let failing = 0;
  const onQueued = (job: ArticleJob): void => {
    if (job.reason === undefined) return;
    failing++;
    console.error(`onrecord: ${printablePath(job.source)}: ${job.reason}`);
  };
  const outcome = await addJobs(client, queue, jobs, { retryFailed: command.retryFailed, onQueued });
  const notes = [failing > 0 ? `${failing} of them will fail (reasons above, and in "queue status")` : '', ignored > 0 ? `${ignored} files of other types passed over` : ''].filter(Boolean);
  const retried = command.retryFailed ? ` (${outcome.retried} of them failed before: put back to be tried again)` : '';
  console.log(`queued ${outcome.queued}, skipped ${outcome.skipped} already in queue "${command.target.queue}"${retried}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`);
}

function printStatus(status: QueueStatus, format: 'text' | 'json'): void {
  if (format === 'json') {
    console.log(JSON.stringify(status, null, 2));
    return;
  }
  const lines = [`waiting    ${status.waiting}`, `active     ${status.active}`, `completed  ${status.completed}`, `failed     ${status.failed}`];
  for (const failure of status.failures) lines.push(`  ${printablePath(failure.input)}: ${failure.reason}`);
  console.log(lines.join('\n'));
}

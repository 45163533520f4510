// `onrecord worker`: runs a queue worker (src/queue/article-worker.ts) until SIGTERM or Ctrl-C, then
// finishes the jobs in hand and exits 0.
import { removeStaleTemps } from '../batch/atomic.js';
import { VERSION } from '../version.js';
import { connectOrReport } from './redis-connect.js';
import { parseWorkerArgs, WORKER_HELP } from '../queue/options.js';
import { EXIT_USAGE } from './args.js';
import { EXIT_INTERRUPTED } from './extract.js';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function runWorker(argv: string[]): Promise<number> {
  const command = parseWorkerArgs(argv);
  switch (command.kind) {
    case 'help':
      console.log(WORKER_HELP);
      return 0;
    case 'version':
      console.log(VERSION);
      return 0;
  }
  // BullMQ's worker and the thread pool load while Redis is reached (a second of start-up saved on a busy machine)
  const loading = import('../queue/article-worker.js');
  const client = await connectOrReport(command.target.redis, 'worker', 'onrecord worker');
  if (client === undefined) return EXIT_USAGE;
  const log = (line: string): void => {
    if (!command.quiet) console.error(line);
  };
  const { startArticleWorker } = await loading;
  // temp files of a worker killed while writing, as extract removes those of a killed run
  const removed = await removeStaleTemps(command.out);
  if (removed > 0) log(`onrecord worker: removed ${removed} temporary files of stopped runs from ${command.out}`);
  const worker = startArticleWorker(client, { queue: command.target.queue, ...command }, log);
  log(`onrecord worker: taking jobs from queue "${command.target.queue}" with ${command.workers} threads, writing to ${command.out}`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (): void => {
      if (stopping) process.exit(EXIT_INTERRUPTED);
      stopping = true;
      log('onrecord worker: finishing the jobs in hand (Ctrl-C again to quit now)');
      resolve();
    };
    for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  });
  await worker.close();
  client.disconnect();
  const { written, upToDate, failed } = worker.counts;
  log(`onrecord worker: ${written} written, ${upToDate} already up to date, ${failed} failed`);
  return 0;
}

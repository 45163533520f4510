// Worker thread: annotates the articles the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { useSharedDataFiles, type SharedDataFiles } from '../data-file.js';
import type { AnnotateTask } from './protocol.js';

if (!parentPort) throw new Error('onrecord: batch/worker.js runs as a worker thread only');
const port = parentPort;
// the pool's shared copies of the model files, set before the models load (messages wait meanwhile)
useSharedDataFiles((workerData as { dataFiles?: SharedDataFiles } | null)?.dataFiles ?? {});
const { renderTask } = await import('./render.js');
port.on('message', (task: AnnotateTask) => port.postMessage(renderTask(task)));

// Worker thread: annotates the articles the pool sends, one at a time.
import { parentPort } from 'node:worker_threads';
import type { AnnotateTask } from './protocol.js';
import { renderTask } from './render.js';

if (!parentPort) throw new Error('onrecord: batch/worker.js runs as a worker thread only');
const port = parentPort;
port.on('message', (task: AnnotateTask) => port.postMessage(renderTask(task)));

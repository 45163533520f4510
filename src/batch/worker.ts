// Worker thread: annotates the articles the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { useSharedDataFiles, type SharedDataFiles } from '../data-file.js';
import { SharedWordRows } from '../entities/tagger/shared-word-rows.js';
import type { AnnotateTask } from './protocol.js';

if (!parentPort) throw new Error('onrecord: batch/worker.js runs as a worker thread only');
const port = parentPort;
// the pool's shared copies of the model files, set before the models load (messages wait meanwhile)
const data = workerData as { dataFiles?: SharedDataFiles; wordRows?: SharedArrayBuffer } | null;
useSharedDataFiles(data?.dataFiles ?? {});
const { renderTask } = await import('./render.js');
// the tagger's word sums in the pool's one table for the process, not in a table of each worker's own
if (data?.wordRows) (await import('../entities/tagger/model.js')).ENTITY_MODEL.words.share(new SharedWordRows(data.wordRows));
port.on('message', (task: AnnotateTask) => port.postMessage(renderTask(task)));

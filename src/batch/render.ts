// The one function a worker (or the main thread, with --workers 0) runs per article: text to output bytes.
import { annotate, serialize } from '../index.js';
import type { AnnotateResult, AnnotateTask } from './protocol.js';

export function renderTask(task: AnnotateTask): AnnotateResult {
  try {
    // the engine has already held the text to --max-chars
    const annotation = annotate(task.text, { path: task.path, maxChars: Infinity });
    const output = serialize(annotation, task.layout, task.raw);
    return { id: task.id, ok: true, output };
  } catch (err) {
    // A bug met by one article fails that article, not the run.
    const reason = err instanceof Error ? `annotate failed: ${err.message}` : `annotate failed: ${String(err)}`;
    return { id: task.id, ok: false, reason };
  }
}

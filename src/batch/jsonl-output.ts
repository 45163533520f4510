// --format jsonl: one output per JSON Lines input, its records in input order. The lines go to a temp
// file that replaces the output only once every record was taken up and the file is on disk (fsync).
// An interrupted run (Ctrl-C, a read error) keeps its lines aside in a hidden ".partial" file instead,
// leaving the previous complete output untouched; the next run reuses the lines of both.
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sha256Hex } from '../output/annotation.js';
import { writeStdout } from '../output/stdout.js';
import { VERSION } from '../version.js';
import { hiddenSibling, tempPathFor } from './atomic.js';
import { describeFsError } from './errors.js';
import { byteLines } from './jsonl.js';
import { lineStamp } from './resume.js';

/** Where an interrupted run of `outPath` keeps its lines. */
export const partialPathFor = (outPath: string): string => hiddenSibling(outPath, '.partial');

/** Bytes read of each earlier line to find its stamp (source path, hash, version). */
const HEAD_BYTES = 64 * 1024;

interface PreviousLine {
  handle: FileHandle;
  offset: number;
  length: number;
  sha256: string;
  version: string;
}

/**
 * The lines of earlier outputs indexed by source path, so that a record whose text and version are
 * unchanged is copied rather than annotated again, wherever it now stands in the input (a removed or
 * inserted record changes nothing for the others).
 */
class PreviousLines {
  private readonly byPath = new Map<string, PreviousLine>();
  private readonly handles: FileHandle[] = [];

  /** Indexes `paths` that exist, the first holding a path winning. */
  async load(paths: string[]): Promise<void> {
    for (const path of paths) {
      let handle: FileHandle;
      try {
        handle = await open(path, 'r');
      } catch {
        continue; // no earlier output
      }
      this.handles.push(handle);
      try {
        for await (const line of byteLines(handle.createReadStream({ autoClose: false, start: 0 }), HEAD_BYTES)) {
          const stamp = lineStamp(line.head.toString('utf8'));
          if (!stamp?.path || this.byPath.has(stamp.path)) continue;
          this.byPath.set(stamp.path, { handle, offset: line.offset, length: line.length, sha256: stamp.sha256, version: stamp.version });
        }
      } catch {
        // an unreadable earlier output: what was indexed stays usable, the rest is annotated again
      }
    }
  }

  /** `head`: how the line must start (its source path, id and kept fields). */
  async take(sourcePath: string, text: string, head: string): Promise<string | null> {
    const line = this.byPath.get(sourcePath);
    if (!line || line.version !== VERSION || line.sha256 !== sha256Hex(text)) return null;
    this.byPath.delete(sourcePath);
    const bytes = Buffer.alloc(line.length);
    const { bytesRead } = await line.handle.read(bytes, 0, line.length, line.offset);
    const earlier = bytes.toString('utf8');
    return bytesRead === line.length && earlier.startsWith(head) ? earlier : null;
  }

  async close(): Promise<void> {
    await Promise.all(this.handles.map((h) => h.close().catch(() => undefined)));
  }
}

/** What became of the records a sink was given. */
export interface SinkOutcome {
  /** Annotated records now on disk (in the output, or in the partial file when interrupted). */
  written: number;
  /** Records annotated or taken up but not on disk, and why. */
  lost: number;
  error: string | null;
  /** Set when the run was interrupted and the lines were kept aside. */
  partialPath: string | null;
}

/**
 * Lines handed over out of order (records annotated in parallel) and sent on in input order. `emit`
 * takes them one at a time, each after the one before has been written.
 */
abstract class InOrder {
  private next = 0;
  private done = 0;
  private readonly waiting = new Map<number, { line: string | null; fresh: boolean }>();
  private chain: Promise<void> = Promise.resolve();
  protected error: string | null = null;

  /** True once a write failed: later records are refused rather than annotated for nothing. */
  get failed(): boolean {
    return this.error !== null;
  }

  reserve(): number {
    return this.next++;
  }

  /** How many reserved records are not handed over yet: the producer waits when too many are. */
  behind(): number {
    return this.next - this.done;
  }

  /** Hands over record `seq` (line null: it failed; fresh: annotated in this run); lines go out in order. */
  deliver(seq: number, line: string | null, fresh: boolean): void {
    this.waiting.set(seq, { line, fresh });
    while (this.waiting.has(this.done)) {
      const ready = this.waiting.get(this.done)!;
      this.waiting.delete(this.done);
      this.done++;
      if (ready.line === null) continue;
      this.taken(ready.fresh);
      const data = ready.line + '\n';
      this.chain = this.chain.then(() => (this.error ? undefined : this.emit(data)));
    }
  }

  /** Every line handed over so far is written (or has failed). */
  protected settled(): Promise<void> {
    return this.chain;
  }

  /** A line handed over for writing (in order), before it is written. */
  protected taken(_fresh: boolean): void {}

  protected abstract emit(data: string): Promise<void>;
}

export class OrderedSink extends InOrder {
  private fresh = 0;
  private refused = 0;

  private constructor(
    readonly outPath: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
    private readonly previous: PreviousLines | null,
  ) {
    super();
  }

  /** Opens the temp file; unless `force`, indexes the partial and the complete earlier outputs. */
  static async open(outPath: string, force: boolean): Promise<OrderedSink> {
    await mkdir(dirname(outPath), { recursive: true });
    const temp = tempPathFor(outPath);
    const handle = await open(temp, 'wx');
    let previous: PreviousLines | null = null;
    if (!force) {
      previous = new PreviousLines();
      await previous.load([partialPathFor(outPath), outPath]);
    }
    return new OrderedSink(outPath, temp, handle, previous);
  }

  /** A record taken up after a write failed: counted as lost. */
  refuse(): void {
    this.refused++;
  }

  /** The earlier line of an unchanged record, or null. */
  reusable(sourcePath: string, text: string, head: string): Promise<string | null> {
    return this.previous ? this.previous.take(sourcePath, text, head) : Promise.resolve(null);
  }

  /**
   * Ends the output: `complete` (every record taken up) renames it into place; otherwise it goes to the
   * partial file. Nothing counts as written before it is synced to disk and renamed.
   */
  async close(complete: boolean): Promise<SinkOutcome> {
    await this.settled();
    await this.previous?.close();
    if (!this.error) {
      try {
        await this.handle.datasync();
      } catch (err) {
        this.error = describeFsError(err);
      }
    }
    await this.handle.close().catch((err: unknown) => {
      this.error ??= describeFsError(err);
    });
    const partialPath = partialPathFor(this.outPath);
    if (!this.error) {
      try {
        await rename(this.temp, complete ? this.outPath : partialPath);
        if (complete) await unlink(partialPath).catch(() => undefined);
        return { written: this.fresh, lost: this.refused, error: null, partialPath: complete ? null : partialPath };
      } catch (err) {
        this.error = describeFsError(err);
      }
    }
    await unlink(this.temp).catch(() => undefined);
    return { written: 0, lost: this.fresh + this.refused, error: this.error, partialPath: null };
  }

  protected override taken(fresh: boolean): void {
    if (fresh) this.fresh++;
  }

  protected async emit(data: string): Promise<void> {
    try {
      await this.handle.write(data);
    } catch (err) {
      this.error = describeFsError(err);
    }
  }
}

/**
 * --out -: every annotation as one JSON Lines stream on standard output, in input order, at the reader's
 * pace. A reader that closes the pipe (`| head -1`) is handled by the command line, which ends the
 * process quietly; any other write error is reported once through `fail`.
 */
export class StdoutSink extends InOrder {
  /** Lines that reached standard output. */
  written = 0;

  constructor(private readonly fail: (reason: string) => void) {
    super();
  }

  async close(): Promise<void> {
    await this.settled();
  }

  protected async emit(data: string): Promise<void> {
    try {
      await writeStdout(data);
      this.written++;
    } catch (err) {
      this.error = describeFsError(err);
      this.fail(`cannot write standard output: ${this.error}`);
    }
  }
}

// The compiled data files every thread that annotates reads (wink's core model, the entity model, the
// map's index and its smaller towns: ~15 MB). A worker pool reads them once into SharedArrayBuffers and
// hands them to its workers, so that a process holds each once, not once per thread. Each is read only,
// never written.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** The files, in src/ (dist/ once built: `npm run build` copies them). */
export const DATA_FILES = {
  winkCore: new URL('./models/wink-core.bin', import.meta.url),
  entityModel: new URL('./models/entities.bin', import.meta.url),
  mapIndex: new URL('./lexicons/geo-index.bin', import.meta.url),
  geoTowns: new URL('./lexicons/geo-towns.tsv', import.meta.url),
} as const;

export type DataFile = keyof typeof DATA_FILES;
export type SharedDataFiles = Partial<Record<DataFile, SharedArrayBuffer>>;

/** Every data file in shared memory: what the pool gives a worker (batch/worker.ts). */
export function shareDataFiles(): SharedDataFiles {
  const shared: SharedDataFiles = {};
  for (const name of Object.keys(DATA_FILES) as DataFile[]) shared[name] = readShared(DATA_FILES[name]);
  return shared;
}

/** The file read straight into shared memory: no second copy to fill and throw away. */
function readShared(url: URL): SharedArrayBuffer {
  const fd = openSync(url, 'r');
  try {
    const buffer = new SharedArrayBuffer(fstatSync(fd).size);
    const bytes = new Uint8Array(buffer);
    for (let at = 0; at < bytes.length; ) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) throw new Error(`${url.pathname}: cut short while read`);
      at += read;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}

let shared: SharedDataFiles = {};

/** Read these copies instead of the files: called by a worker before it loads the models. */
export function useSharedDataFiles(files: SharedDataFiles): void {
  shared = files;
}

/** The file's bytes: the shared copy this thread was given, else read from the file. */
export function readDataFile(name: DataFile): Uint8Array {
  const buffer = shared[name];
  return buffer ? new Uint8Array(buffer) : readFileSync(DATA_FILES[name]);
}

/** `length` bytes of a data file from byte `at` (fewer at its end). */
export type DataFileReader = (at: number, length: number) => Buffer;

/**
 * The file read a piece at a time: views of the shared copy this thread was given, else positioned reads
 * of the file, kept open for the thread's life. For a file a thread asks little of: a run of one article
 * reads a few kB of geo-towns.tsv's 5.6 MB.
 */
export function dataFileReader(name: DataFile): DataFileReader {
  const buffer = shared[name];
  if (buffer) {
    const bytes = Buffer.from(buffer);
    return (at, length) => bytes.subarray(at, at + length);
  }
  const fd = openSync(DATA_FILES[name], 'r');
  return (at, length) => {
    const piece = Buffer.allocUnsafe(length);
    let got = 0;
    for (let read; got < length && (read = readSync(fd, piece, got, length - got, at + got)) > 0; ) got += read;
    return piece.subarray(0, got);
  };
}

// Atomic output: each file is written under a unique temporary name in its own folder, flushed to disk and
// renamed into place, so a reader (or a rerun after kill -9 or a power cut) sees either the whole output or
// none of it. Without the flush a file system may commit the rename before the data after a power cut,
// leaving an empty file under the final name.
import { mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sha256Hex } from '../output/annotation.js';

/** The longest file name (in bytes) the usual file systems take. */
const NAME_MAX = 255;

/**
 * `.<name><suffix>` next to `target`. When that would be longer than a file name may be, the name is cut
 * and a short hash of the whole name keeps it unique and the same from run to run.
 */
export function hiddenSibling(target: string, suffix: string): string {
  const name = basename(target);
  let hidden = `.${name}${suffix}`;
  if (Buffer.byteLength(hidden) > NAME_MAX) {
    const tag = `~${sha256Hex(name).slice(0, 12)}`;
    let cut = name.slice(0, NAME_MAX - 1 - tag.length - Buffer.byteLength(suffix));
    while (Buffer.byteLength(`.${cut}${tag}${suffix}`) > NAME_MAX) cut = cut.slice(0, -1);
    hidden = `.${cut}${tag}${suffix}`;
  }
  return join(dirname(target), hidden);
}

/**
 * `.<name>.<pid>.<random>.tmp`: hidden, unique per process and call, recognisable by `isTempName`. The
 * random part need not be unguessable (the file is opened with "wx", never through a link), so not
 * node:crypto, whose loading cost a one-article run ~20 ms.
 */
export function tempPathFor(target: string): string {
  const random = Math.floor(Math.random() * 2 ** 48).toString(16).padStart(12, '0');
  return hiddenSibling(target, `.${process.pid}.${random}.tmp`);
}

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Writes `data` to `target` atomically (the folder is created when missing). */
export async function writeAtomic(target: string, data: string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await openNew(temp);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
/** Opens a new file for writing; its folder is made only when missing (one call fewer per output). */
async function openNew(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await mkdir(dirname(path), { recursive: true });
    return await open(path, 'wx');
  }
}

/**
 * Removes temporary files under `folder` left by runs that are gone. A temp file whose process is still
 * alive (another onrecord writing to the same folder) is left alone. Returns how many were removed.
 */
export async function removeStaleTemps(folder: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) removed += await removeStaleTemps(path);
    else if (entry.isFile() && isTempName(entry.name) && !isAliveOtherProcess(Number(TEMP_NAME.exec(entry.name)![1]))) {
      await unlink(path).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

function isAliveOtherProcess(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

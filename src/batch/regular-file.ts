// Opening an input: regular files only. O_NONBLOCK makes the open of a FIFO return at once instead of
// waiting for a writer (a FIFO named x.txt would hang the run), and fstat on the open file rejects what is
// not a regular file (a link to /dev/zero would be read forever), with no gap between check and read.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { notRegular } from './walk.js';

export class NotRegularFileError extends Error {}

export async function openRegular(path: string): Promise<FileHandle> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const reason = notRegular(await handle.stat());
    if (reason) throw new NotRegularFileError(reason);
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}

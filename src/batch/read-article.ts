// Reading one article file: a regular file only (see openRegular), refused by its size before it is read
// when it cannot fit the --max-chars limit, then decoded strictly (stage "read").
import { readText, type ReadResult } from '../text/read-text.js';
import { tooLongReason } from '../limits.js';
import { describeFsError } from './errors.js';
import { NotRegularFileError, openRegular } from './regular-file.js';

/** UTF-8 takes at most 3 bytes per UTF-16 code unit, so a file larger than this cannot fit `maxChars`. */
const maxBytesFor = (maxChars: number): number => 3 * maxChars;

export async function readArticleText(path: string, maxChars: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await openRegular(path);
  } catch (err) {
    return { ok: false, reason: err instanceof NotRegularFileError ? err.message : `cannot read: ${describeFsError(err)}` };
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytesFor(maxChars)) {
      return { ok: false, reason: `file of ${size} bytes holds more than ${maxChars} characters, the limit (see --max-chars)` };
    }
    const read = readText(await handle.readFile());
    return read.ok && read.text.length > maxChars ? { ok: false, reason: tooLongReason(read.text.length, maxChars) } : read;
  } catch (err) {
    return { ok: false, reason: `cannot read: ${describeFsError(err)}` };
  } finally {
    await handle.close();
  }
}

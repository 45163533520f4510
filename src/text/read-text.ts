// Stage "read": bytes to text. Strict UTF-8, so a wrong encoding is an error for that file rather than
// mojibake with offsets that point nowhere. A leading BOM is dropped; nothing else is changed.

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readText(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'UTF-16 text (byte order mark FF FE or FE FF); onrecord reads UTF-8 only' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary data (NUL byte at byte ${nul}); onrecord reads UTF-8 text only` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Byte offset of the first invalid UTF-8 sequence, for an error message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

// Base64 to bytes, for the model files that keep binary tables in JSON.

/** Node's Buffer decodes base64 far faster than atob; browsers have atob only. */
const NodeBuffer = (globalThis as { Buffer?: { from(s: string, encoding: 'base64'): Uint8Array } }).Buffer;

/** The bytes of a base64 string, in an ArrayBuffer of their own (Buffer's may be a slice of a shared pool). */
export function decodeBase64(b64: string): Uint8Array {
  if (NodeBuffer) {
    const decoded = NodeBuffer.from(b64, 'base64');
    const bytes = new Uint8Array(decoded.length);
    bytes.set(decoded);
    return bytes;
  }
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

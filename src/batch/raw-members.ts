// The top-level members of a JSON object as the text that wrote them. JSON.parse turns 12345678901234567890
// into 12345678901234567000; copying the member's own text keeps a record's id (and kept fields) exactly
// as given, in Node 20 where JSON.parse cannot hand over the source text.

/**
 * For each name in `wanted` that `json` (a JSON object, already accepted by JSON.parse) has at its top
 * level, the value's text with the white space outside strings removed. A repeated name: the last one,
 * as JSON.parse does.
 */
export function rawMembers(json: string, wanted: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  let i = skipSpace(json, 0) + 1; // past "{"
  for (;;) {
    i = skipSpace(json, i);
    if (json[i] === '}' || i >= json.length) return found;
    const keyEnd = stringEnd(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, skipSpace(json, keyEnd) + 1); // past ":"
    const valueEnd = valueEndAt(json, i);
    if (wanted.has(name)) found.set(name, compact(json.slice(i, valueEnd)));
    i = skipSpace(json, valueEnd);
    if (json[i] === ',') i++;
  }
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function skipSpace(json: string, i: number): number {
  while (isSpace(json[i])) i++;
  return i;
}

/** `i` at an opening quote: the index just past the closing one. */
function stringEnd(json: string, i: number): number {
  for (let at = i + 1; ; ) {
    const quote = json.indexOf('"', at);
    if (quote < 0) return json.length;
    let backslashes = 0;
    while (json[quote - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** `i` at the start of a value: the index just past it. */
function valueEndAt(json: string, i: number): number {
  let depth = 0;
  for (let at = i; at < json.length; ) {
    const c = json[at]!;
    if (c === '"') at = stringEnd(json, at);
    else {
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) return at;
        depth--;
      } else if (c === ',' && depth === 0) return at;
      at++;
    }
    if (depth === 0 && (c === '"' || c === '}' || c === ']')) return at;
  }
  return json.length;
}

/** The value's text without white space outside strings; strings are copied as written. */
function compact(value: string): string {
  if (!/[\s]/.test(value)) return value;
  let out = '';
  for (let at = 0; at < value.length; ) {
    if (value[at] === '"') {
      const end = stringEnd(value, at);
      out += value.slice(at, end);
      at = end;
    } else {
      if (!isSpace(value[at])) out += value[at];
      at++;
    }
  }
  return out;
}

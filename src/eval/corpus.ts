// The articles of a corpus folder (<stem>.txt), read as onrecord reads any file: strict UTF-8, BOM dropped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../text/read-text.js';

interface Article {
  stem: string;
  /** The path as given (joined to the folder), recorded as source.path. */
  path: string;
  text: string;
}

export function readArticle(path: string): string {
  const read = readText(readFileSync(path));
  if (!read.ok) throw new Error(`${path}: ${read.reason}`);
  return read.text;
}

/** Every <stem>.txt directly in `dir`, sorted by name. */
export function corpusArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ stem: f.slice(0, -'.txt'.length), path: join(dir, f), text: readArticle(join(dir, f)) }));
}

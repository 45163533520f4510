// Reads gold annotations: JSON Lines files in the format of ../shared/eval ({id, text, people?, places?,
// quotes?}), and the project's own gold, tests/gold/<stem>.gold.json, whose text is corpus/<stem>.txt.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { readArticle } from './corpus.js';
import type { GoldQuote, GoldRecord, GoldSpan } from './records.js';

export const GOLD_SUFFIX = '.gold.json';

interface GoldDoc {
  record: GoldRecord;
  /** Recorded as source.path when the pipeline annotates the text. */
  path: string;
}

export interface GoldSource {
  /** The key of this source in thresholds: a JSON Lines file's name without ".jsonl"; "project" for gold.json
   * files in a folder named gold, "project-<suffix>" for a folder named gold-<suffix> (or <suffix>). */
  name: string;
  kind: 'jsonl' | 'project';
  path: string;
  docs: GoldDoc[];
  /** Gold that cannot be right (offsets outside the text, text that is not the slice): fix the gold. */
  problems: string[];
}

export function loadGoldSource(path: string, corpusDir?: string): GoldSource {
  if (statSync(path).isDirectory()) {
    const files = readdirSync(path).filter((f) => f.endsWith(GOLD_SUFFIX)).sort().map((f) => join(path, f));
    return loadProjectGold(path, files, corpusDir ?? defaultCorpus(path));
  }
  if (path.endsWith(GOLD_SUFFIX)) return loadProjectGold(path, [path], corpusDir ?? defaultCorpus(dirname(path)));
  return loadJsonLines(path);
}

/** tests/gold sits two levels below the project root, beside which corpus/ lives; else ./corpus. */
function defaultCorpus(goldDir: string): string {
  const beside = join(goldDir, '..', '..', 'corpus');
  return existsSync(beside) ? beside : 'corpus';
}

function loadJsonLines(path: string): GoldSource {
  const problems: string[] = [];
  const docs: GoldDoc[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const record = parseGold<GoldRecord>(line, `${basename(path)} line ${i + 1}`, problems);
    if (!record) return;
    if (typeof record.id !== 'string' || typeof record.text !== 'string') {
      problems.push(`${basename(path)} line ${i + 1}: a record needs a string "id" and "text"`);
      return;
    }
    problems.push(...checkGold(record));
    docs.push({ record, path: `${path}#${record.id}` });
  });
  return { name: basename(path).replace(/\.jsonl?$/, ''), kind: 'jsonl', path, docs, problems };
}

function loadProjectGold(path: string, files: string[], corpusDir: string): GoldSource {
  const problems: string[] = [];
  const docs: GoldDoc[] = [];
  for (const file of files) {
    const stem = basename(file, GOLD_SUFFIX);
    const textPath = join(corpusDir, `${stem}.txt`);
    if (!existsSync(textPath)) {
      problems.push(`${file}: no article ${textPath}`);
      continue;
    }
    let text: string;
    try {
      text = readArticle(textPath);
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
      continue;
    }
    const gold = parseGold<Omit<GoldRecord, 'text'>>(readFileSync(file, 'utf8'), file, problems);
    if (!gold) continue;
    if (gold.id !== stem) problems.push(`${file}: id "${gold.id}" is not the file's stem "${stem}"`);
    const record: GoldRecord = { ...gold, id: stem, text };
    problems.push(...checkGold(record));
    docs.push({ record, path: relative(process.cwd(), textPath) });
  }
  return { name: projectSourceName(path), kind: 'project', path, docs, problems };
}

/** tests/gold is "project"; another folder of gold files, tests/gold-international, "project-international". */
function projectSourceName(path: string): string {
  const folder = basename(statSync(path).isDirectory() ? path : dirname(path));
  const suffix = folder.replace(/^gold-?/, '');
  return folder === 'gold' || !suffix ? 'project' : `project-${suffix}`;
}

/** A gold record (a JSON object), or null with a problem that says where and why it is not one. */
function parseGold<T>(json: string, where: string, problems: string[]): T | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    problems.push(`${where}: invalid JSON (${(err as Error).message})`);
    return null;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as T;
  problems.push(`${where}: a gold record must be a JSON object`);
  return null;
}

/** Offsets inside the text, start <= end, and every `text` the slice it claims to be. */
function checkGold(record: GoldRecord): string[] {
  const problems: string[] = [];
  const { text, id } = record;
  const check = (where: string, start: number | undefined, end: number | undefined, claimed: string | undefined): void => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || start! > end! || end! > text.length) {
      problems.push(`${id} ${where}: offsets ${start}..${end} outside the text (length ${text.length})`);
    } else if (claimed != null && text.slice(start, end) !== claimed) {
      problems.push(`${id} ${where}: text ${JSON.stringify(claimed)} but the source has ${JSON.stringify(text.slice(start, end))} at ${start}..${end}`);
    }
  };
  const spans = (layer: string, list: GoldSpan[] | undefined): void =>
    list?.forEach((s, i) => check(`${layer}[${i}]`, s.start, s.end, s.text));
  spans('people', record.people);
  spans('places', record.places);
  spans('nonSpeech', record.nonSpeech);
  record.quotes?.forEach((q: GoldQuote, i) => {
    check(`quotes[${i}]`, q.start, q.end, q.text);
    if (q.speakerStart != null || q.speakerEnd != null) check(`quotes[${i}] speaker`, q.speakerStart, q.speakerEnd, q.speakerMention);
  });
  return problems;
}

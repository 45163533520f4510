// `npm run bench`: words per second, side by side on the same texts, of
//   (a) wink-nlp readDoc alone (the model and pipes src/stages/tokenize.ts uses),
//   (b) compromise: nlp(text) then .people(), .places(), .quotations(), each forced with .json(),
//   (c) onrecord's annotate in this one thread,
//   (d) onrecord's batch through the real CLI and worker pool, with 1 worker and with every core,
// and the batch's peak RSS, then (e) annotate's time per character on one article of 10k to 5M characters
// (src/cli/bench-scaling.ts; `--scaling` runs that part alone). Texts: the project's corpus/ articles, plus the texts of
// ../shared/eval/polnear_train.jsonl when that file is there, repeated to a decent size.
// Peak RSS: the CLI runs as a child process; its workers are threads of that one process, so its VmHWM
// (peak resident set, from /proc/<pid>/status, sampled every 50 ms; the last sample before exit is kept)
// covers the whole batch. Results print as a table and are written to output/.onrecord/bench-results.json
// (beside the run summaries, out of the way of a glob over the annotations).
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { annotate, VERSION } from '../index.js';
import { SUMMARY_FOLDER } from '../batch/engine.js';
import { DEFAULT_OUT } from '../batch/options.js';
import { formatScaling, measureScaling, type ScalingRow } from './bench-scaling.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(PROJECT, 'dist', 'cli', 'main.js');
const POLNEAR = join(PROJECT, '..', 'shared', 'eval', 'polnear_train.jsonl');
/** Each in-thread measure runs over the text set once, or stops at this budget (rate from what ran). */
const SECONDS_PER_MEASURE = 20;
const TARGET_WORDS = 400_000;
const BATCH_ARTICLES = 2000;

const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

async function corpusArticles(): Promise<string[]> {
  const corpus = join(PROJECT, 'corpus');
  const names = (await readdir(corpus)).filter((n) => /\.(txt|md)$/.test(n)).sort();
  return Promise.all(names.map((name) => readFile(join(corpus, name), 'utf8')));
}

async function loadTexts(): Promise<{ texts: string[]; sources: string[] }> {
  const texts = await corpusArticles();
  const sources = [`corpus/ (${texts.length} articles)`];
  if (existsSync(POLNEAR)) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(POLNEAR), crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text !== 'string') continue;
      texts.push(text);
      n++;
    }
    sources.push(`../shared/eval/polnear_train.jsonl (${n} texts)`);
  } else {
    sources.push('../shared/eval/polnear_train.jsonl absent: skipped');
  }
  return { texts, sources };
}

/** The texts repeated in order until they hold at least `words` words and `count` texts. */
function repeatTo(texts: string[], words: number, count: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < words || out.length < count; i++) {
    const text = texts[i % texts.length]!;
    out.push(text);
    total += countWords(text);
  }
  return out;
}

interface Rate {
  wordsPerSecond: number;
  words: number;
  seconds: number;
  texts: number;
}

function measure(texts: string[], run: (text: string) => void): Rate {
  for (const text of texts.slice(0, 20)) run(text); // warm-up: JIT, lazy model parts
  let words = 0;
  let done = 0;
  const started = performance.now();
  for (const text of texts) {
    run(text);
    words += countWords(text);
    done++;
    if ((performance.now() - started) / 1000 > SECONDS_PER_MEASURE) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { wordsPerSecond: words / seconds, words, seconds, texts: done };
}

interface BatchRun {
  workers: number;
  wordsPerSecond: number;
  articlesPerSecond: number;
  seconds: number;
  peakRssMiB: number;
  exitCode: number | null;
}

async function runBatch(input: string, out: string, workers: number, words: number, articles: number): Promise<BatchRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '--workers', String(workers), '--force', '--quiet'], { stdio: 'inherit' });
  let peakKiB = 0;
  const sample = async (): Promise<void> => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    if (hwm) peakKiB = Math.max(peakKiB, Number(hwm[1]));
  };
  const timer = setInterval(() => void sample(), 50);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  return { workers, wordsPerSecond: words / seconds, articlesPerSecond: articles / seconds, seconds, peakRssMiB: peakKiB / 1024, exitCode };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function writeResults(name: string, results: unknown): Promise<string> {
  // beside the run summary, out of the way of a glob over the annotations
  const folder = join(PROJECT, DEFAULT_OUT, SUMMARY_FOLDER);
  const path = join(folder, name);
  await mkdir(folder, { recursive: true });
  await writeFile(path, JSON.stringify(results, null, 2) + '\n');
  return path;
}

function scaling(articles: string[]): ScalingRow[] {
  const rows = measureScaling(articles, (line) => console.log(line));
  console.log(`\n(e) annotate, one article of growing size, one thread\n${formatScaling(rows)}`);
  return rows;
}

async function main(): Promise<void> {
  if (process.argv.includes('--scaling')) {
    const rows = scaling(await corpusArticles());
    console.log(`Results: ${await writeResults('bench-scaling.json', { version: VERSION, node: process.version, scaling: rows })}`);
    return;
  }
  const { texts, sources } = await loadTexts();
  // One set for every measure; the batch annotates exactly these texts, one file each.
  const set = repeatTo(texts, TARGET_WORDS, BATCH_ARTICLES);
  const setWords = set.reduce((sum, t) => sum + countWords(t), 0);
  console.log(`onrecord ${VERSION} bench: ${set.length} texts, ${fmt(setWords)} words, from ${sources.join(' + ')}; ${availableParallelism()} cores`);

  const wink = winkNLP(model, ['sbd', 'pos']);
  const a = measure(set, (text) => {
    wink.readDoc(text).tokens().out(wink.its.pos);
  });
  console.log(`(a) wink-nlp readDoc: ${fmt(a.wordsPerSecond)} words/s`);
  const b = measure(set, (text) => {
    const doc = nlp(text);
    doc.people().json();
    doc.places().json();
    doc.quotations().json();
  });
  console.log(`(b) compromise people/places/quotations: ${fmt(b.wordsPerSecond)} words/s`);
  const c = measure(set, (text) => {
    annotate(text, { path: 'bench' });
  });
  console.log(`(c) onrecord annotate, one thread: ${fmt(c.wordsPerSecond)} words/s`);

  const tmp = await mkdtemp(join(tmpdir(), 'onrecord-bench-'));
  let batch: BatchRun[];
  try {
    const input = join(tmp, 'in');
    await mkdir(input);
    for (const [i, text] of set.entries()) await writeFile(join(input, `a${String(i).padStart(5, '0')}.txt`), text);
    const warm = join(tmp, 'warm');
    await mkdir(warm);
    for (const [i, text] of set.slice(0, 50).entries()) await writeFile(join(warm, `w${i}.txt`), text);
    await runBatch(warm, join(tmp, 'warm-out'), 1, 0, 50); // warm-up: start-up paths, disk cache
    batch = [];
    for (const workers of [1, availableParallelism()]) {
      batch.push(await runBatch(input, join(tmp, `out-${workers}`), workers, setWords, set.length));
      console.log(`(d) batch, ${workers} worker(s): ${fmt(batch.at(-1)!.wordsPerSecond)} words/s`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const [d1, dAll] = [batch[0]!, batch[1]!];

  const rows: Array<[string, string, string]> = [
    ['(a) wink-nlp readDoc alone', fmt(a.wordsPerSecond), ''],
    ['(b) compromise people+places+quotations', fmt(b.wordsPerSecond), ''],
    ['(c) onrecord annotate, 1 thread', fmt(c.wordsPerSecond), ''],
    [`(d) onrecord batch CLI, 1 worker (${set.length} files)`, fmt(d1.wordsPerSecond), `${d1.peakRssMiB.toFixed(0)} MiB`],
    [`(d) onrecord batch CLI, ${dAll.workers} workers (${set.length} files)`, fmt(dAll.wordsPerSecond), `${dAll.peakRssMiB.toFixed(0)} MiB`],
  ];
  const ratios = { cOverB: c.wordsPerSecond / b.wordsPerSecond, cOverA: c.wordsPerSecond / a.wordsPerSecond, dAllOverD1: dAll.wordsPerSecond / d1.wordsPerSecond };
  console.log('\n| measure | words/s | peak RSS |\n|---|---:|---:|');
  for (const [name, rate, rss] of rows) console.log(`| ${name} | ${rate} | ${rss} |`);
  console.log(`\nc/b = ${ratios.cOverB.toFixed(2)}   c/a = ${ratios.cOverA.toFixed(2)}   d(${dAll.workers})/d(1) = ${ratios.dAllOverD1.toFixed(2)}`);

  const scalingRows = scaling(await corpusArticles());

  const results = { version: VERSION, cores: availableParallelism(), node: process.version, texts: sources, words: setWords, wink: a, compromise: b, annotate: c, batch, ratios, scaling: scalingRows };
  console.log(`Results: ${await writeResults('bench-results.json', results)}`);
  if (batch.some((r) => r.exitCode !== 0)) {
    console.error('bench: a batch run did not exit 0');
    process.exitCode = 1;
  }
}

await main();

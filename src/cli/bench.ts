// `npm run bench`: words per second, side by side on the same texts, of
//   (a) wink-nlp readDoc alone (the model and pipes src/stages/tokenize.ts uses),
//   (b) compromise: nlp(text) then .people(), .places(), .quotations(), each forced with .json(),
//   (c) onrecord's annotate in this one thread,
//   (d) onrecord's batch through the real CLI and worker pool, with 1 worker and with every core, and
//       two 1-worker processes at once, each on half of the files,
// and the batch's peak RSS, then (e) annotate's time per character on one article of 10k to 5M characters
// (src/cli/bench-scaling.ts; `--scaling` runs that part alone), and as whole processes, start-up included:
//   (f) `onrecord extract one.txt` on one corpus article (median of runs),
//   (g) `onrecord extract DIR --workers 1` against compromise (src/cli/bench-compromise.ts) on the same
//       files: the PolNeAR dev texts when ../shared/eval/polnear_dev.jsonl is there, else corpus/. Texts: the project's corpus/ articles, plus the texts of
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
const POLNEAR_DEV = join(PROJECT, '..', 'shared', 'eval', 'polnear_dev.jsonl');
const COMPROMISE_RUNNER = join(PROJECT, 'dist', 'cli', 'bench-compromise.js');
/** Runs of the one-article process, and of each whole-process comparison. */
const PROCESS_RUNS = 5;

const usage = (): string => `Usage: npm run bench [-- --scaling]   (or node dist/cli/bench.js [--scaling])

Measures onrecord's speed and memory beside wink-nlp and compromise on the same texts: corpus/ plus
../shared/eval/polnear_train.jsonl when present, repeated to ${BATCH_ARTICLES_TEXT} texts. Prints a table and writes
output/.onrecord/bench-results.json. Takes several minutes; run it on an otherwise idle machine, or compare
only figures of one run.

  --scaling   only annotate's time per character on one article of 10k to 5M characters
              (output/.onrecord/bench-scaling.json)
  --help      this text`;
/** Each in-thread measure runs over the text set once, or stops at this budget (rate from what ran). */
const SECONDS_PER_MEASURE = 20;
const TARGET_WORDS = 400_000;
const BATCH_ARTICLES = 2000;
const BATCH_ARTICLES_TEXT = '2,000';

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

interface ProcessRun {
  seconds: number;
  peakRssMiB: number;
  exitCode: number | null;
}

/** Runs `node args…` to its end: wall time and peak RSS (VmHWM, sampled every 50 ms). */
async function runProcess(args: string[]): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  let peakKiB = 0;
  const sample = async (): Promise<void> => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    if (hwm) peakKiB = Math.max(peakKiB, Number(hwm[1]));
  };
  const timer = setInterval(() => void sample(), 50);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  return { seconds: (performance.now() - started) / 1000, peakRssMiB: peakKiB / 1024, exitCode };
}

const extractArgs = (input: string, out: string, workers: number): string[] => [CLI, 'extract', input, '--out', out, '--workers', String(workers), '--force', '--quiet'];

async function runBatch(input: string, out: string, workers: number, words: number, articles: number): Promise<BatchRun> {
  const { seconds, peakRssMiB, exitCode } = await runProcess(extractArgs(input, out, workers));
  return { workers, wordsPerSecond: words / seconds, articlesPerSecond: articles / seconds, seconds, peakRssMiB, exitCode };
}

/** Two 1-worker processes at once, each on one half of the files: words per second of the pair. */
async function runHalves(halves: [string, string], out: string, words: number): Promise<{ wordsPerSecond: number; seconds: number; exitCodes: (number | null)[] }> {
  const started = performance.now();
  const runs = await Promise.all(halves.map((half, i) => runProcess(extractArgs(half, `${out}-${i}`, 1))));
  const seconds = (performance.now() - started) / 1000;
  return { wordsPerSecond: words / seconds, seconds, exitCodes: runs.map((r) => r.exitCode) };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Whole-process timings, the two commands alternated, medians over PROCESS_RUNS. */
async function alternate(first: string[], second: string[]): Promise<[number[], number[]]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < PROCESS_RUNS; r++) {
    a.push((await runProcess(first)).seconds);
    b.push((await runProcess(second)).seconds);
  }
  return [a, b];
}

/** The PolNeAR dev texts (else the corpus articles) as .txt files in `folder`; their count. */
async function processSet(folder: string, corpus: string[]): Promise<{ files: number; source: string }> {
  await mkdir(folder);
  const texts: string[] = [];
  let source = 'corpus/';
  if (existsSync(POLNEAR_DEV)) {
    for (const line of (await readFile(POLNEAR_DEV, 'utf8')).split('\n')) {
      const text = line.trim() === '' ? undefined : (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') texts.push(text);
    }
    source = '../shared/eval/polnear_dev.jsonl';
  } else texts.push(...corpus);
  for (const [i, text] of texts.entries()) await writeFile(join(folder, `p${String(i).padStart(4, '0')}.txt`), text);
  return { files: texts.length, source };
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
  const unknown = process.argv.slice(2).filter((a) => a !== '--scaling' && a !== '--help' && a !== '-h');
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(usage());
    return;
  }
  if (unknown.length > 0) {
    console.error(`bench: unknown argument ${unknown[0]}\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
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
  let halves: Awaited<ReturnType<typeof runHalves>>;
  let oneArticle: number[];
  let whole: { files: number; source: string; onrecord: number[]; compromise: number[] };
  try {
    const input = join(tmp, 'in');
    const halfFolders: [string, string] = [join(tmp, 'half-0'), join(tmp, 'half-1')];
    await Promise.all([input, ...halfFolders].map((f) => mkdir(f)));
    for (const [i, text] of set.entries()) {
      const name = `a${String(i).padStart(5, '0')}.txt`;
      await writeFile(join(input, name), text);
      await writeFile(join(halfFolders[i < set.length / 2 ? 0 : 1], name), text);
    }
    const warm = join(tmp, 'warm');
    await mkdir(warm);
    for (const [i, text] of set.slice(0, 50).entries()) await writeFile(join(warm, `w${i}.txt`), text);
    await runBatch(warm, join(tmp, 'warm-out'), 1, 0, 50); // warm-up: start-up paths, disk cache
    batch = [];
    for (const workers of [1, availableParallelism()]) {
      batch.push(await runBatch(input, join(tmp, `out-${workers}`), workers, setWords, set.length));
      console.log(`(d) batch, ${workers} worker(s): ${fmt(batch.at(-1)!.wordsPerSecond)} words/s, peak RSS ${batch.at(-1)!.peakRssMiB.toFixed(0)} MiB`);
    }
    halves = await runHalves(halfFolders, join(tmp, 'out-half'), setWords);
    console.log(`(d) two 1-worker processes at once, each on half the files: ${fmt(halves.wordsPerSecond)} words/s`);

    const one = join(tmp, 'one.txt');
    await writeFile(one, (await corpusArticles())[0]!);
    oneArticle = [];
    for (let r = 0; r < PROCESS_RUNS; r++) oneArticle.push((await runProcess([CLI, 'extract', one, '--out', join(tmp, 'out-one'), '--force', '--quiet'])).seconds);
    console.log(`(f) one-article process: median ${median(oneArticle).toFixed(2)} s`);

    const files = join(tmp, 'process-set');
    const { files: count, source } = await processSet(files, await corpusArticles());
    const [ours, theirs] = await alternate([...extractArgs(files, join(tmp, 'out-process'), 1)], [COMPROMISE_RUNNER, files]);
    whole = { files: count, source, onrecord: ours, compromise: theirs };
    console.log(`(g) whole process over ${count} files: onrecord --workers 1 median ${median(ours).toFixed(2)} s, compromise ${median(theirs).toFixed(2)} s`);
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
    [`(d) two 1-worker processes at once, half the files each`, fmt(halves.wordsPerSecond), ''],
  ];
  const ratios = {
    cOverB: c.wordsPerSecond / b.wordsPerSecond,
    cOverA: c.wordsPerSecond / a.wordsPerSecond,
    dAllOverD1: dAll.wordsPerSecond / d1.wordsPerSecond,
    dAllOverHalves: dAll.wordsPerSecond / halves.wordsPerSecond,
    wholeProcessCompromiseOverOnrecord: median(whole.compromise) / median(whole.onrecord),
  };
  const perExtraWorkerMiB = (dAll.peakRssMiB - d1.peakRssMiB) / Math.max(1, dAll.workers - 1);
  console.log('\n| measure | words/s | peak RSS |\n|---|---:|---:|');
  for (const [name, rate, rss] of rows) console.log(`| ${name} | ${rate} | ${rss} |`);
  console.log(`
annotate / wink readDoc (c/a):                     ${ratios.cOverA.toFixed(2)}   (target >= 0.25)
annotate / compromise (c/b):                       ${ratios.cOverB.toFixed(2)}
one-article process (f), median of ${PROCESS_RUNS}:             ${median(oneArticle).toFixed(2)} s   (target <= 0.5 s)
peak RSS, ${dAll.workers} workers, ${set.length} articles:              ${dAll.peakRssMiB.toFixed(0)} MiB   (target <= 300)
peak RSS per extra worker:                         ${perExtraWorkerMiB.toFixed(0)} MiB   (target <= 60)
${dAll.workers} workers / 1 worker:                             ${ratios.dAllOverD1.toFixed(2)}
${dAll.workers} workers / two 1-worker processes on halves:     ${ratios.dAllOverHalves.toFixed(2)}   (target >= 0.95)
whole process, ${whole.files} files, onrecord vs compromise:    ${ratios.wholeProcessCompromiseOverOnrecord.toFixed(2)}x   (target >= 6; medians ${median(whole.onrecord).toFixed(2)} s vs ${median(whole.compromise).toFixed(2)} s)`);

  const scalingRows = scaling(await corpusArticles());

  const results = {
    version: VERSION,
    cores: availableParallelism(),
    node: process.version,
    texts: sources,
    words: setWords,
    wink: a,
    compromise: b,
    annotate: c,
    batch,
    halves,
    perExtraWorkerMiB,
    oneArticleSeconds: oneArticle,
    wholeProcess: whole,
    ratios,
    scaling: scalingRows,
  };
  console.log(`Results: ${await writeResults('bench-results.json', results)}`);
  if (batch.some((r) => r.exitCode !== 0) || halves.exitCodes.some((code) => code !== 0)) {
    console.error('bench: a batch run did not exit 0');
    process.exitCode = 1;
  }
}

await main();

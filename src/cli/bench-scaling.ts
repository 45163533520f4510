// Size scaling for `npm run bench`: annotate's time per character on one article of 10k, 100k, 1M and 5M
// characters, built from the corpus articles (rotated, each copy numbered so that no two are the same),
// once with their paragraph breaks and once as a single paragraph. Every stage is meant to be linear in
// the article's length: the time per character should stay flat from the smallest size to the largest.
import { annotate } from '../index.js';

export const SCALING_SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
/** After a size took longer than this, larger sizes are not tried (a quadratic stage would take hours). */
const GIVE_UP_SECONDS = 300;
/** Each size runs up to RUNS times while under REPEAT_SECONDS in all. */
const RUNS = 5;
const REPEAT_SECONDS = 3;

export interface ScalingRow {
  chars: number;
  paragraphs: boolean;
  seconds: number | null;
  /** How many runs the median is taken over. */
  runs?: number;
  microsecondsPerChar: number | null;
}

/** `chars` characters of the articles: copies of the corpus in turn, each numbered, cut at a sentence end. */
export function scaledText(articles: string[], chars: number, paragraphs: boolean): string {
  const parts: string[] = [];
  let length = 0;
  for (let copy = 0; length < chars; copy++) {
    const article = articles[copy % articles.length]!;
    const text = `${article.trim()} (Copy ${copy + 1}.)`;
    const part = paragraphs ? text : text.replace(/\s*\n\s*/g, ' ');
    parts.push(part);
    length += part.length + 2;
  }
  const joined = parts.join(paragraphs ? '\n\n' : ' ');
  const end = joined.lastIndexOf('.', chars);
  return joined.slice(0, end > 0 ? end + 1 : chars);
}

export function measureScaling(articles: string[], log: (line: string) => void = () => undefined): ScalingRow[] {
  for (let i = 0; i < 3; i++) annotate(scaledText(articles, 100_000, i % 2 === 0)); // warm-up: JIT and lazy model parts
  const rows: ScalingRow[] = [];
  for (const paragraphs of [true, false]) {
    let tooSlow = false;
    for (const chars of SCALING_SIZES) {
      if (tooSlow) {
        rows.push({ chars, paragraphs, seconds: null, microsecondsPerChar: null });
        continue;
      }
      const text = scaledText(articles, chars, paragraphs);
      // small sizes run a few times (the median is kept), so that a pause of the machine weighs less
      const times: number[] = [];
      for (let spent = 0; times.length < RUNS && (times.length === 0 || spent < REPEAT_SECONDS); ) {
        const started = performance.now();
        annotate(text, { maxChars: Infinity });
        times.push((performance.now() - started) / 1000);
        spent += times.at(-1)!;
      }
      const seconds = times.sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!;
      const row = { chars: text.length, paragraphs, seconds, runs: times.length, microsecondsPerChar: (seconds * 1e6) / text.length };
      rows.push(row);
      log(`scaling: ${text.length} chars, ${paragraphs ? 'with paragraph breaks' : 'one paragraph'}: ${seconds.toFixed(3)} s (median of ${times.length}), ${row.microsecondsPerChar.toFixed(2)} µs/char`);
      tooSlow = seconds > GIVE_UP_SECONDS;
    }
  }
  return rows;
}

export function formatScaling(rows: ScalingRow[]): string {
  const lines = ['| characters | paragraph breaks | seconds | µs per character |', '|---:|---|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.chars.toLocaleString('en-US')} | ${r.paragraphs ? 'yes' : 'no (one paragraph)'} | ${r.seconds === null ? 'not run' : r.seconds.toFixed(2)} | ${r.microsecondsPerChar === null ? `not run (a smaller size took over ${GIVE_UP_SECONDS} s)` : r.microsecondsPerChar.toFixed(2)} |`);
  }
  return lines.join('\n');
}

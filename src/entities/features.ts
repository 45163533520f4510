// Features of each token for the entity tagger. The static part (word, shape, neighbours, lexicon
// classes, document evidence) is computed once per token; the dynamic part depends on the labels already
// given to the previous tokens and is added during left-to-right decoding.
import type { Document, Token } from '../document.js';
import { TITLE_WORDS } from '../lexicons/titles.js';
import { MAX_PHRASE_WORDS, isOrgWord, isPlaceWord, lexiconClasses, mayStartPhrase } from './gazetteer.js';
import { LABELS } from './labels.js';
import { hasLetter, isAllCaps, isCapitalized, wordShape } from './shape.js';

/** What the feature functions know about one document's tokens. */
export interface TokenTable {
  tokens: Token[];
  shapes: string[];
  /** The token lies on a line written in capitals (a wire-style headline or dateline). */
  capsLine: boolean[];
  /** First word of its segment (after any opening punctuation). */
  initial: boolean[];
  /** Lexicon classes of multi-word phrases the token belongs to, as "B-Country", "I-City". */
  phrases: string[][];
  /** Stretch of text the tagger looks within: a sentence, cut again at line breaks (headlines, datelines,
   * table rows). No entity crosses a segment boundary. */
  segments: number[];
}

const stripDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);
export const isTitleWord = (norm: string): boolean => TITLE_WORDS.has(stripDot(norm));

export function buildTokenTable(doc: Document): TokenTable {
  const { tokens } = doc;
  const capsLine = markCapsLines(doc);
  const segments = markSegments(doc);
  // the first word of each segment (opening punctuation skipped)
  const initial = tokens.map(() => false);
  let open = -1;
  tokens.forEach((t, i) => {
    if (segments[i] === open || !(hasLetter(t.text) || /\d/.test(t.text))) return;
    initial[i] = true;
    open = segments[i]!;
  });
  // a headline word takes the shape of its capitals, as in a wire headline
  const shapes = tokens.map((t, i) => (capsLine[i] ? 'C' + wordShape(t.text.toUpperCase()) : wordShape(t.text)));
  return { tokens, shapes, capsLine, initial, phrases: markPhrases(tokens, segments), segments };
}

function markSegments(doc: Document): number[] {
  const { tokens, text } = doc;
  let segment = 0;
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    if (prev && (prev.sentence !== t.sentence || text.slice(prev.end, t.start).includes('\n'))) segment++;
    return segment;
  });
}

/**
 * Headline lines (newline-separated): words all, or almost all, in capitals ("FLOODS SWAMP DHAKA"), or
 * in title case ("Trump Was Mocking Reporters Again"). Capitals say nothing about names there.
 */
function markCapsLines(doc: Document): boolean[] {
  const { text, tokens } = doc;
  const flags = tokens.map(() => false);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !text.slice(tokens[lineEnd - 1]!.end, tokens[lineEnd]!.start).includes('\n')) lineEnd++;
    let caps = 0;
    let lower = 0;
    let titled = 0;
    let untitled = 0;
    for (let t = lineStart; t < lineEnd; t++) {
      const w = tokens[t]!.text;
      if (w.length < 2 || !hasLetter(w)) continue;
      if (isAllCaps(w)) caps++;
      else lower++;
      if (w.length < 4) continue;
      if (isCapitalized(w)) titled++;
      else untitled++;
    }
    const shouted = caps > 0 && caps >= 4 * lower;
    const titleCase = titled >= 4 && untitled === 0;
    if (shouted || titleCase) for (let t = lineStart; t < lineEnd; t++) flags[t] = true;
    lineStart = lineEnd;
  }
  return flags;
}

/** Multi-word lexicon entries ("new york", "hong kong") found over consecutive tokens. */
function markPhrases(tokens: Token[], segments: number[]): string[][] {
  const phrases: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartPhrase(tokens[i]!.norm)) continue;
    let key = tokens[i]!.norm;
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length; n++) {
      const next = tokens[i + n - 1]!;
      if (segments[i + n - 1] !== segments[i]) break;
      key += ' ' + next.norm;
      for (const cls of lexiconClasses(key)) {
        if (cls === 'Word') continue;
        phrases[i]!.push('B-' + cls);
        for (let j = i + 1; j < i + n; j++) phrases[j]!.push('I-' + cls);
      }
    }
  }
  return phrases;
}

/** How the word is written elsewhere in the document: capitalised mid-sentence, in lower case, both. */
function caseEvidence(table: TokenTable): Map<string, string> {
  const seen = new Map<string, number>();
  table.tokens.forEach((t, i) => {
    if (table.capsLine[i] || table.initial[i] || !hasLetter(t.text)) return;
    const bit = isCapitalized(t.text) ? 1 : 2;
    seen.set(t.norm, (seen.get(t.norm) ?? 0) | bit);
  });
  const names = ['', 'cap', 'low', 'both'];
  return new Map([...seen].map(([w, bits]) => [w, names[bits]!]));
}

/**
 * The static features of every token, in three parts: those of the word alone and those a word lends its
 * neighbours (both shared by every token with the same word key, so that their weights are summed once per
 * document), and those of the token in its context.
 */
export interface StaticFeatures {
  /** Per token: key of its word (shape, part of speech and lower-case form), or BOUNDARY_KEY. */
  wordKeys: string[];
  byWord: Map<string, string[]>;
  context: string[][];
}

/** Where a neighbour stands relative to the token: two before, one before, one after, two after. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
export const BOUNDARY_KEY = '<s>';

interface WordInfo {
  norm: string;
  shape: string;
  classes: readonly string[];
  pos: string;
}
const BOUNDARY: WordInfo = { norm: BOUNDARY_KEY, shape: BOUNDARY_KEY, classes: [], pos: BOUNDARY_KEY };

/** Features a word lends the token at `offset` from it ("the previous word is a title"). */
export function neighbourFeatures(offset: number, word: WordInfo): string[] {
  const role = offset === -1 ? 'p' : offset === -2 ? 'pp' : offset === 1 ? 'n' : 'nn';
  const f = [role + 'w=' + word.norm];
  if (offset === -1 || offset === 1) {
    f.push(role + 'sh=' + word.shape);
    for (const c of word.classes) f.push(role + 'g=' + c);
  }
  if (offset === -1 && isTitleWord(word.norm)) f.push('ptitle');
  if (offset > 0 && isOrgWord(word.norm)) f.push('norg' + offset);
  if (offset === 1 && isPlaceWord(word.norm)) f.push('nplace');
  return f;
}

export function staticFeatures(table: TokenTable): StaticFeatures {
  const { tokens, shapes } = table;
  const evidence = caseEvidence(table);
  const byWord = new Map<string, string[]>();
  const wordKeys = tokens.map((t, i) => {
    const key = shapes[i]! + '\u0001' + t.pos + '\u0001' + t.norm;
    if (!byWord.has(key)) byWord.set(key, wordFeatures(t.norm, shapes[i]!, t.pos));
    return key;
  });
  const info = (i: number, segment: number): WordInfo => {
    const t = tokens[i];
    if (!t || table.segments[i] !== segment) return BOUNDARY;
    return { norm: t.norm, shape: shapes[i]!, classes: lexiconClasses(t.norm), pos: t.pos };
  };
  const context = tokens.map((t, i) => {
    const s = table.segments[i]!;
    const w = t.norm;
    const cur = info(i, s);
    const p1 = info(i - 1, s);
    const n1 = info(i + 1, s);
    const f = [
      'pw|w=' + p1.norm + '|' + w,
      'w|nw=' + w + '|' + n1.norm,
      'psh|sh|nsh=' + p1.shape + '|' + cur.shape + '|' + n1.shape,
      'ppos|pos=' + p1.pos + '|' + cur.pos,
      'pos|npos=' + cur.pos + '|' + n1.pos,
      'ev=' + (evidence.get(w) ?? '-'),
    ];
    for (const c of table.phrases[i]!) f.push('gp=' + c);
    if (table.initial[i]) f.push('first', 'first|w=' + w);
    if (table.capsLine[i]) f.push('caps');
    return f;
  });
  return { wordKeys, byWord, context };
}

/** Key of the word at `j` as seen from a token of segment `segment`. */
export const neighbourKey = (table: TokenTable, statics: StaticFeatures, j: number, segment: number): string =>
  j >= 0 && j < table.tokens.length && table.segments[j] === segment ? statics.wordKeys[j]! : BOUNDARY_KEY;

/** Neighbour features of the word behind a key (for training, and for filling the decoder's memo). */
export function neighbourFeaturesOfKey(table: TokenTable, statics: StaticFeatures, j: number, segment: number, offset: number): string[] {
  const key = neighbourKey(table, statics, j, segment);
  if (key === BOUNDARY_KEY) return neighbourFeatures(offset, BOUNDARY);
  const t = table.tokens[j]!;
  return neighbourFeatures(offset, { norm: t.norm, shape: table.shapes[j]!, classes: lexiconClasses(t.norm), pos: t.pos });
}

/** Every static feature of token i, as one list (training). */
export function allStaticFeatures(table: TokenTable, statics: StaticFeatures, i: number): string[] {
  const segment = table.segments[i]!;
  const f = [...statics.byWord.get(statics.wordKeys[i]!)!, ...statics.context[i]!];
  for (const offset of NEIGHBOUR_OFFSETS) f.push(...neighbourFeaturesOfKey(table, statics, i + offset, segment, offset));
  return f;
}

function wordFeatures(w: string, shape: string, pos: string): string[] {
  const f = ['b', 'w=' + w, 'sh=' + shape, 'p3=' + w.slice(0, 3), 's2=' + w.slice(-2), 's3=' + w.slice(-3), 's4=' + w.slice(-4), 'pos=' + pos];
  for (const c of lexiconClasses(w)) f.push('g=' + c, 'g|sh=' + c + '|' + shape);
  if (isTitleWord(w)) f.push('title');
  if (isOrgWord(w)) f.push('org');
  if (isPlaceWord(w)) f.push('place');
  return f;
}

/** Features that depend on the labels of the two previous tokens (-1 before the segment start). */
export function labelFeatures(prev: number, prev2: number): string[] {
  const p = prev < 0 ? '<s>' : LABELS[prev]!;
  const pp = prev2 < 0 ? '<s>' : LABELS[prev2]!;
  return ['pt=' + p, 'ppt|pt=' + pp + '|' + p];
}

/** Features of the previous label joined with the word itself. */
export function labelWordFeatures(prev: number, norm: string, shape: string): string[] {
  const p = prev < 0 ? '<s>' : LABELS[prev]!;
  return ['pt|w=' + p + '|' + norm, 'pt|sh=' + p + '|' + shape];
}

export const dynamicFeatures = (prev: number, prev2: number, norm: string, shape: string): string[] => [
  ...labelFeatures(prev, prev2),
  ...labelWordFeatures(prev, norm, shape),
];

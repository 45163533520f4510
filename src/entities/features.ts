// Features of each token for the entity tagger. The static part (word, shape, neighbours, lexicon
// classes, document evidence) is computed once per token; the dynamic part depends on the labels already
// given to the previous tokens and is added during left-to-right decoding.
import type { Document, Token } from '../document.js';
import { TITLE_WORDS } from '../lexicons/titles.js';
import { MAX_PHRASE_WORDS, isOrgWord, isPlaceWord, lexiconClasses } from './gazetteer.js';
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
  const shapes = tokens.map((t, i) => (capsLine[i] ? 'C' : '') + wordShape(t.text));
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

/** Lines (newline-separated) whose words are all, or almost all, in capitals. */
function markCapsLines(doc: Document): boolean[] {
  const { text, tokens } = doc;
  const flags = tokens.map(() => false);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !text.slice(tokens[lineEnd - 1]!.end, tokens[lineEnd]!.start).includes('\n')) lineEnd++;
    let caps = 0;
    let lower = 0;
    for (let t = lineStart; t < lineEnd; t++) {
      const w = tokens[t]!.text;
      if (w.length < 2 || !hasLetter(w)) continue;
      if (isAllCaps(w)) caps++;
      else lower++;
    }
    if (caps > 0 && caps >= 4 * lower) for (let t = lineStart; t < lineEnd; t++) flags[t] = true;
    lineStart = lineEnd;
  }
  return flags;
}

/** Multi-word lexicon entries ("new york", "hong kong") found over consecutive tokens. */
function markPhrases(tokens: Token[], segments: number[]): string[][] {
  const phrases: string[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    if (!hasLetter(tokens[i]!.text)) continue;
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

const BOUNDARY = { norm: '<s>', shape: '<s>', classes: [] as readonly string[], pos: '<s>' };

/** The static features of every token. */
export function staticFeatures(table: TokenTable): string[][] {
  const { tokens, shapes } = table;
  const evidence = caseEvidence(table);
  const info = (i: number, segment: number) => {
    const t = tokens[i];
    if (!t || table.segments[i] !== segment) return BOUNDARY;
    return { norm: t.norm, shape: shapes[i]!, classes: lexiconClasses(t.norm), pos: t.pos };
  };
  return tokens.map((t, i) => {
    const s = table.segments[i]!;
    const w = t.norm;
    const cur = info(i, s);
    const p1 = info(i - 1, s);
    const p2 = info(i - 2, s);
    const n1 = info(i + 1, s);
    const n2 = info(i + 2, s);
    const f = [
      'b',
      'w=' + w,
      'sh=' + cur.shape,
      'p3=' + w.slice(0, 3),
      's2=' + w.slice(-2),
      's3=' + w.slice(-3),
      's4=' + w.slice(-4),
      'pw=' + p1.norm,
      'ppw=' + p2.norm,
      'nw=' + n1.norm,
      'nnw=' + n2.norm,
      'pw|w=' + p1.norm + '|' + w,
      'w|nw=' + w + '|' + n1.norm,
      'psh=' + p1.shape,
      'nsh=' + n1.shape,
      'psh|sh|nsh=' + p1.shape + '|' + cur.shape + '|' + n1.shape,
      'pos=' + cur.pos,
      'ppos|pos=' + p1.pos + '|' + cur.pos,
      'pos|npos=' + cur.pos + '|' + n1.pos,
      'ev=' + (evidence.get(w) ?? '-'),
    ];
    for (const c of cur.classes) f.push('g=' + c, 'g|sh=' + c + '|' + cur.shape);
    for (const c of p1.classes) f.push('pg=' + c);
    for (const c of n1.classes) f.push('ng=' + c);
    for (const c of table.phrases[i]!) f.push('gp=' + c);
    if (table.initial[i]) f.push('first', 'first|w=' + w);
    if (table.capsLine[i]) f.push('caps');
    if (isTitleWord(w)) f.push('title');
    if (isTitleWord(p1.norm)) f.push('ptitle');
    if (isOrgWord(w)) f.push('org');
    if (isOrgWord(n1.norm) || isOrgWord(n2.norm)) f.push('norg');
    if (isPlaceWord(w)) f.push('place');
    if (isPlaceWord(n1.norm)) f.push('nplace');
    return f;
  });
}

/** Features that depend on the labels of the two previous tokens (-1 before the segment start). */
export function dynamicFeatures(prev: number, prev2: number, norm: string, shape: string): string[] {
  const p = prev < 0 ? '<s>' : LABELS[prev]!;
  const pp = prev2 < 0 ? '<s>' : LABELS[prev2]!;
  return ['pt=' + p, 'ppt|pt=' + pp + '|' + p, 'pt|w=' + p + '|' + norm, 'pt|sh=' + p + '|' + shape];
}

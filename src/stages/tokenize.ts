// Stage "tokenize": paragraphs (blank-line separated), sentences and tokens, all with offsets into the
// source. wink-nlp tokenizes and tags each paragraph; its token values are located in the source text by
// a forward scan, since wink-nlp reports no character offsets of its own.
import type { Document, Sentence, Span } from '../document.js';
import { normalizeToken } from '../text/words.js';
import { freshReader, winkInstance } from '../text/wink-reader.js';

const its = winkInstance().its;

/** Paragraphs are runs of text separated by lines that hold nothing but white space. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const breaks = /\n[^\S\n]*(?:\n[^\S\n]*)+/g;
  let from = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const to = m ? m.index : text.length;
    const span = trimSpan(text, from, to);
    if (span) paragraphs.push(span);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return paragraphs;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** Longest run of non-space characters handed to wink-nlp in one piece. */
const MAX_RUN = 64;

/**
 * wink-nlp slows down steeply on one very long token (a 1 MB line of base64, a URL dump): such runs are
 * cut into pieces for wink-nlp only. The pieces still sit side by side in the source, so the forward scan
 * below finds each of them where it stands.
 */
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'gu');
const PIECE = new RegExp(`\\S{1,${MAX_RUN}}`, 'gu');
const breakLongRuns = (s: string): string => (mayHoldLongRun(s) ? s.replace(LONG_RUN, (run) => run.match(PIECE)!.join(' ')) : s);

/**
 * Some stretch of more than MAX_RUN code units without an ASCII space, tab or line break: the only place
 * LONG_RUN can match (a match is at least as many code points, so at least as many code units). One loop
 * over the characters, where the regular expression tries a match at every position (1 % of `annotate`).
 */
function mayHoldLongRun(s: string): boolean {
  let run = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/**
 * Between paragraphs in the one text wink-nlp reads: it makes a white-space token of its own and always ends
 * a sentence there. Read whole, the paragraphs get the tokens, tags and sentences of one call each (checked
 * on every paragraph of the shared eval sets) at three quarters of the cost.
 */
const PARAGRAPH_BREAK = '\n\n';

/** wink-nlp's tokens, tags and sentences (index pairs, last included) for the text of one paragraph. */
interface WinkParagraph {
  values: string[];
  tags: string[];
  spans: Array<[number, number]>;
}

export function tokenize(doc: Document): void {
  const { text } = doc;
  doc.paragraphs = splitParagraphs(text);
  const pieces = doc.paragraphs.map((para) => breakLongRuns(text.slice(para.start, para.end)));
  const read = readWhole(pieces) ?? readEach(pieces);
  doc.paragraphs.forEach((para, p) => tokenizeParagraph(doc, para, p, read[p]!));
}

function readAll(readDoc: ReturnType<typeof freshReader>, text: string): WinkParagraph {
  const winkDoc = readDoc(text);
  const spans: Array<[number, number]> = [];
  winkDoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    spans.push(s.out(its.span) as unknown as [number, number]);
  });
  return { values: winkDoc.tokens().out(its.value) as string[], tags: winkDoc.tokens().out(its.pos) as string[], spans };
}

/** One call per paragraph: the way the paragraphs are meant to be read. */
const readEach = (pieces: string[]): WinkParagraph[] => {
  const readDoc = freshReader();
  return pieces.map((piece) => readAll(readDoc, piece));
};

/**
 * One call for all paragraphs, cut back at the breaks; null when the cut does not come out as one call
 * per paragraph would (a break wink-nlp did not keep as one token, a sentence across a break).
 */
function readWhole(pieces: string[]): WinkParagraph[] | null {
  if (pieces.length < 2) return null;
  const whole = readAll(freshReader(), pieces.join(PARAGRAPH_BREAK));
  const out: WinkParagraph[] = [];
  let from = 0;
  let s = 0;
  for (let k = 0; k <= whole.values.length; k++) {
    if (k < whole.values.length && whole.values[k] !== PARAGRAPH_BREAK) continue;
    // tokens [from, k) are one paragraph's; its sentences are the spans within them, cut off at the breaks
    const spans: Array<[number, number]> = [];
    for (; s < whole.spans.length && whole.spans[s]![0] < k; s++) {
      const [first, last] = whole.spans[s]!;
      if (first < from - 1 || last > k) return null;
      const a = Math.max(first, from);
      const b = Math.min(last, k - 1);
      if (a <= b) spans.push([a - from, b - from]);
    }
    out.push({ values: whole.values.slice(from, k), tags: whole.tags.slice(from, k), spans });
    from = k + 1;
  }
  return out.length === pieces.length && s === whole.spans.length ? out : null;
}

const NON_SPACE = /\S/;
const SPACE = /\s/;
/** Something other than white space in text[from, to) (the gap before a token: short, and not cut out). */
function nonSpaceBefore(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 127 || !SPACE.test(text.charAt(k))) return true;
  }
  return false;
}

function tokenizeParagraph(doc: Document, para: Span, p: number, { values, tags, spans }: WinkParagraph): void {
  const { text } = doc;
  const paragraphStart = doc.tokens.length;
  // wink-nlp token index -> our token index (or -1 when a value could not be found in the source)
  const ours: number[] = [];
  let cursor = para.start;
  values.forEach((value, i) => {
    // wink-nlp emits line breaks inside a paragraph as tokens of their own: white space is not a token
    const at = text.indexOf(value, cursor);
    if (!NON_SPACE.test(value) || at < 0 || at >= para.end || nonSpaceBefore(text, cursor, at)) {
      ours.push(-1);
      return;
    }
    const prev = doc.tokens[doc.tokens.length - 1];
    if (prev && doc.tokens.length > paragraphStart && prev.end === at && splitsWord(prev.text, value)) {
      // wink-nlp cuts some words at letters outside its alphabet ("Gda" "ń" "sk"): one token again
      prev.end = at + value.length;
      prev.text = text.slice(prev.start, prev.end);
      prev.norm = normalizeToken(prev.text);
      ours.push(doc.tokens.length - 1);
    } else {
      ours.push(doc.tokens.length);
      doc.tokens.push({ start: at, end: at + value.length, text: value, norm: normalizeToken(value), pos: tags[i] ?? 'X', sentence: -1, paragraph: p });
    }
    cursor = at + value.length;
  });
  for (const [first, last] of spans) {
    const firstToken = nextMapped(ours, first, last, 1);
    const lastToken = nextMapped(ours, last, first, -1);
    if (firstToken < 0 || lastToken < 0 || lastToken < firstToken) continue;
    const prev = doc.sentences[doc.sentences.length - 1];
    if (prev && prev.paragraph === p && prev.endToken === firstToken && continuesAfterParenthesis(doc, firstToken)) {
      // "Rep. Stephen Lynch (D-Mass.) said …": wink-nlp ends a sentence at the abbreviation's full stop
      prev.end = doc.tokens[lastToken]!.end;
      prev.endToken = lastToken + 1;
      for (let t = firstToken; t <= lastToken; t++) doc.tokens[t]!.sentence = doc.sentences.length - 1;
      continue;
    }
    const sentence: Sentence = {
      start: doc.tokens[firstToken]!.start,
      end: doc.tokens[lastToken]!.end,
      paragraph: p,
      firstToken,
      endToken: lastToken + 1,
    };
    for (let t = firstToken; t <= lastToken; t++) doc.tokens[t]!.sentence = doc.sentences.length;
    doc.sentences.push(sentence);
  }
  coverStrays(doc, p, paragraphStart);
}

/** A sentence that starts in lower case or with a comma right after "….)": the parenthesis held an
 * abbreviation ("(D-Mass.) said", "(D-Mass.), a member of …"). */
function continuesAfterParenthesis(doc: Document, first: number): boolean {
  const close = doc.tokens[first - 1];
  const before = doc.tokens[first - 2];
  return (close?.text === ')' && !!before && /\.$/.test(before.text) && /^(\p{Ll}|[,;:])/u.test(doc.tokens[first]!.text)) || insideParenthesis(doc, first);
}

/** How many tokens an abbreviation in parentheses may take: "(R-S.C.)". */
const PARENTHESIS_REACH = 6;

/** "Sen. Lindsey Graham (R-S.C.) told …": wink-nlp ends a sentence at a full stop inside the parenthesis,
 * which an abbreviation's token closes soon after ("C.)"). */
function insideParenthesis(doc: Document, first: number): boolean {
  if (!/\.$/.test(doc.tokens[first - 1]?.text ?? '')) return false;
  let open = -1;
  for (let t = first - 1; t >= Math.max(0, first - PARENTHESIS_REACH); t--) {
    if (doc.tokens[t]!.text === ')') return false;
    if (doc.tokens[t]!.text === '(') {
      open = t;
      break;
    }
  }
  if (open < 0) return false;
  for (let t = first; t < Math.min(doc.tokens.length, first + PARENTHESIS_REACH); t++) if (doc.tokens[t]!.text === ')') return true;
  return false;
}

const WORD_PIECE = /^[\p{L}\p{M}\p{N}]+$/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** Two letter runs side by side, one of them with a letter beyond ASCII: pieces of one word. */
const splitsWord = (a: string, b: string): boolean =>
  a.length + b.length <= MAX_RUN && (NON_ASCII.test(a) || NON_ASCII.test(b)) && WORD_PIECE.test(a) && WORD_PIECE.test(b);

/** First mapped token index walking from `from` toward `limit` in direction `step`. */
function nextMapped(ours: number[], from: number, limit: number, step: 1 | -1): number {
  for (let i = from; step > 0 ? i <= limit : i >= limit; i += step) if (ours[i]! >= 0) return ours[i]!;
  return -1;
}

/** Tokens of this paragraph that no sentence took join the sentence before them, or start one. */
function coverStrays(doc: Document, p: number, paragraphStart: number): void {
  // Only this paragraph's tokens: scanning all tokens made long texts quadratic.
  for (let t = paragraphStart; t < doc.tokens.length; t++) {
    const tok = doc.tokens[t]!;
    if (tok.paragraph !== p || tok.sentence >= 0) continue;
    const prev = doc.sentences[doc.sentences.length - 1];
    if (prev && prev.paragraph === p && prev.endToken === t) {
      prev.endToken = t + 1;
      prev.end = tok.end;
      tok.sentence = doc.sentences.length - 1;
    } else {
      tok.sentence = doc.sentences.length;
      doc.sentences.push({ start: tok.start, end: tok.end, paragraph: p, firstToken: t, endToken: t + 1 });
    }
  }
}

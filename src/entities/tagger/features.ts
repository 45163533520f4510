// Features of each token for the entity tagger. The static part (word, shape, neighbours, lexicon
// classes, document evidence) is computed once per token; the dynamic part depends on the labels already
// given to the previous tokens and is added during left-to-right decoding.
import type { Document, Token } from '../../document.js';
import { isTitleWord } from '../../lexicons/titles.js';
import { MAX_PHRASE_WORDS, isOrgWord, isPlaceWord, lexiconClasses, mayStartPhrase } from '../../lexicons/gazetteer.js';
import { LABELS } from './labels.js';
import { continuesPhraseAt, hasLetterAt, isAllCapsAt, isCapitalizedAt, startsPhraseAt, tokenFacts, type TokenFacts } from './token-facts.js';
import { QUOTE_MARK, VOCABULARY, taggerMark } from './word-vocabulary.js';
import { StampedSlots } from './stamped-slots.js';

export const taggerNorm = (t: Token): string => taggerMark(t.text) ?? t.norm;
export const taggerPos = (t: Token): string => (taggerMark(t.text) ? 'PUNCT' : t.pos);

/** What the feature functions know about one document's tokens (and, from TokenFacts, of their letters
 * and lexicon classes). */
export interface TokenTable extends TokenFacts {
  tokens: Token[];
  shapes: string[];
  /** The token lies on a line written in capitals (a wire-style headline or dateline). */
  capsLine: boolean[];
  /** First word of its segment (after any opening punctuation). */
  initial: boolean[];
  /** Lexicon classes of multi-word phrases the token belongs to, as "B-Country", "I-City". */
  phrases: (readonly string[])[];
  /** Stretch of text the tagger looks within: a sentence, cut again at line breaks (headlines, datelines,
   * table rows). No entity crosses a segment boundary. */
  segments: number[];
}

/** Tokens a and b lie in one segment (false when b is outside the document). */
export const sameSegment = (table: TokenTable, a: number, b: number): boolean =>
  b >= 0 && b < table.tokens.length && table.segments[a] === table.segments[b];

/** A line break in text[from, to) (the gap between two tokens: short, so no indexOf over the rest). */
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function buildTokenTable(doc: Document): TokenTable {
  const { tokens } = doc;
  const facts = tokenFacts(tokens);
  const capsLine = markCapsLines(doc, facts);
  const segments = markSegments(doc);
  // the first word of each segment (opening punctuation skipped)
  const initial = tokens.map(() => false);
  let open = -1;
  tokens.forEach((t, i) => {
    if (segments[i] === open || !(hasLetterAt(facts, i) || /\d/.test(t.text))) return;
    initial[i] = true;
    open = segments[i]!;
  });
  // a headline word takes the shape of its capitals, as in a wire headline
  const { ids } = facts;
  const shapes = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) shapes[i] = capsLine[i] ? VOCABULARY.capsShape(ids[i]!) : VOCABULARY.shapes[ids[i]!]!;
  return { tokens, ids, flags: facts.flags, classes: facts.classes, shapes, capsLine, initial, phrases: markPhrases(facts, segments), segments };
}

function markSegments(doc: Document): number[] {
  const { tokens, text } = doc;
  let segment = 0;
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    if (prev && (prev.sentence !== t.sentence || newlineBetween(text, prev.end, t.start))) segment++;
    return segment;
  });
}

/**
 * Headline lines (newline-separated): words all, or almost all, in capitals ("FLOODS SWAMP DHAKA"), or
 * in title case ("Trump Was Mocking Reporters Again"). Capitals say nothing about names there.
 */
function markCapsLines(doc: Document, facts: TokenFacts): boolean[] {
  const { text, tokens } = doc;
  const flags = tokens.map(() => false);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && !newlineBetween(text, tokens[lineEnd - 1]!.end, tokens[lineEnd]!.start)) lineEnd++;
    let caps = 0;
    let lower = 0;
    let titled = 0;
    let untitled = 0;
    for (let t = lineStart; t < lineEnd; t++) {
      const w = tokens[t]!.text;
      if (w.length < 2 || !hasLetterAt(facts, t)) continue;
      if (isAllCapsAt(facts, t)) caps++;
      else lower++;
      if (w.length < 4) continue;
      if (isCapitalizedAt(facts, t)) titled++;
      else untitled++;
    }
    const shouted = caps > 0 && caps >= 4 * lower;
    const titleCase = titled >= 4 && untitled === 0;
    if (shouted || titleCase) for (let t = lineStart; t < lineEnd; t++) flags[t] = true;
    lineStart = lineEnd;
  }
  return flags;
}

/** A lexicon class's phrase labels ("B-Country", "I-Country"), one string each for every document: the
 * tagger looks them up as feature parts, and a string made anew is hashed anew. */
const PHRASE_LABELS = new Map<string, readonly [string, string]>();
function phraseLabels(cls: string): readonly [string, string] {
  let labels = PHRASE_LABELS.get(cls);
  if (labels === undefined) PHRASE_LABELS.set(cls, (labels = ['B-' + cls, 'I-' + cls]));
  return labels;
}

/** Multi-word lexicon entries ("new york", "hong kong") found over consecutive tokens. */
const NO_PHRASES: readonly string[] = Object.freeze([]);
function markPhrases(facts: TokenFacts, segments: number[]): (readonly string[])[] {
  const { tokens } = facts;
  // most tokens are in no phrase: they share one empty list, and a list of their own is made on demand
  const phrases: string[][] = new Array<string[]>(tokens.length).fill(NO_PHRASES as string[]);
  const add = (j: number, label: string) => {
    if (phrases[j] === NO_PHRASES) phrases[j] = [];
    phrases[j]!.push(label);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!startsPhraseAt(facts, i)) continue;
    let key = tokens[i]!.norm;
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= tokens.length; n++) {
      const next = tokens[i + n - 1]!;
      if (segments[i + n - 1] !== segments[i] || !continuesPhraseAt(facts, i + n - 1) || (n > 2 && !mayStartPhrase(key))) break;
      key += ' ' + next.norm;
      const classes = lexiconClasses(key);
      for (let c = 0; c < classes.length; c++) {
        const cls = classes[c]!;
        if (cls === 'Word') continue;
        const [begin, inside] = phraseLabels(cls);
        add(i, begin);
        for (let j = i + 1; j < i + n; j++) add(j, inside);
      }
    }
  }
  return phrases;
}

/** Per lower-case form of the vocabulary: how caseEvidence saw it written in this document (bits). */
const CASES_SEEN = new StampedSlots();
const CASE_NAMES = ['-', 'cap', 'low', 'both'];

/** Per token: how its word is written elsewhere in the document: capitalised mid-sentence ("cap"), in lower
 * case ("low"), both, or nowhere else ("-"). */
function caseEvidence(table: TokenTable): string[] {
  const { tokens, ids } = table;
  const normIds = VOCABULARY.normIds;
  CASES_SEEN.reset(VOCABULARY.normCount);
  for (let i = 0; i < tokens.length; i++) {
    if (table.capsLine[i] || table.initial[i] || !hasLetterAt(table, i)) continue;
    const form = normIds[ids[i]!]!;
    CASES_SEEN.set(form, CASES_SEEN.get(form, 0) | (isCapitalizedAt(table, i) ? 1 : 2));
  }
  const evidence = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) evidence[i] = CASE_NAMES[CASES_SEEN.get(normIds[ids[i]!]!, 0)]!;
  return evidence;
}

/**
 * Every feature template and how many parts it takes. A feature's name is the template alone, or
 * `template=part1|part2…` (featureName): the model file stores names; the tagger looks features up by
 * template number and parts, never building a name.
 */
const TEMPLATE_ARITY = {
  // the word alone
  b: 0, w: 1, sh: 1, p3: 1, s2: 1, s3: 1, s4: 1, pos: 1, g: 1, 'g|sh': 2, title: 0, org: 0, place: 0,
  // what a neighbour lends: two before (pp), one before (p), one after (n), two after (nn)
  ppw: 1, pw: 1, psh: 1, pg: 1, ptitle: 0, nw: 1, nsh: 1, ng: 1, norg1: 0, nplace: 0, nnw: 1, norg2: 0,
  // the token in its context
  'pw|w': 2, 'w|nw': 2, 'psh|sh|nsh': 3, 'ppos|pos': 2, 'pos|npos': 2, ev: 1, gp: 1, first: 0, 'first|w': 1, caps: 0,
  // the labels already given
  pt: 1, 'ppt|pt': 2, 'pt|w': 2, 'pt|sh': 2,
} as const;
type TemplateName = keyof typeof TEMPLATE_ARITY;

export const TEMPLATE_NAMES = Object.keys(TEMPLATE_ARITY) as TemplateName[];
export const templateArity = (t: number): number => TEMPLATE_ARITY[TEMPLATE_NAMES[t]!];
/** Template numbers by name. */
export const T = Object.fromEntries(TEMPLATE_NAMES.map((name, i) => [name, i])) as Record<TemplateName, number>;

export function featureName(template: number, a?: string, b?: string, c?: string): string {
  let name = TEMPLATE_NAMES[template]!;
  if (a === undefined) return name;
  name += '=' + a;
  if (b !== undefined) name += '|' + b;
  if (c !== undefined) name += '|' + c;
  return name;
}

/** Every way of cutting `value` at "|" into `n` parts: a part may itself hold "|" (the token "|"). */
function cutsOf(value: string, n: number): string[][] {
  if (n === 1) return [[value]];
  const all: string[][] = [];
  for (let k = value.indexOf('|'); k >= 0; k = value.indexOf('|', k + 1)) {
    for (const rest of cutsOf(value.slice(k + 1), n - 1)) all.push([value.slice(0, k), ...rest]);
  }
  return all;
}

/**
 * The (template, parts) that featureName joins into `name`: usually one, more when a part holds "|", none
 * for a template this code does not know. Looking a feature up by any of them is looking it up by name.
 */
export function featureCuts(name: string): Array<{ template: number; parts: string[] }> {
  const eq = name.indexOf('=');
  const template = TEMPLATE_NAMES.indexOf((eq < 0 ? name : name.slice(0, eq)) as TemplateName);
  if (template < 0) return [];
  const arity = templateArity(template);
  if (eq < 0) return arity === 0 ? [{ template, parts: [] }] : [];
  if (arity === 0) return [];
  return cutsOf(name.slice(eq + 1), arity).map((parts) => ({ template, parts }));
}

/**
 * Where features go. A part is whatever the receiver works with: the string itself (training), or the
 * model's number for that string (the tagger); `part` turns a string into one.
 */
export interface FeatureSink<P> {
  part(s: string): P;
  add(template: number, a?: P, b?: P, c?: P): void;
}

/** Collects feature names (training). */
export class FeatureList implements FeatureSink<string> {
  readonly names: string[] = [];
  part(s: string): string {
    return s;
  }
  add(template: number, a?: string, b?: string, c?: string): void {
    this.names.push(featureName(template, a, b, c));
  }
}

/**
 * The static features of every token come in three parts: those of the word alone and those a word lends its
 * neighbours (both shared by every token with the same word key, so that their weights are summed once per
 * document), and those of the token in its context.
 */
export interface StaticFeatures {
  /** Per token: number of its word key (shape, part of speech and lower-case form) in this document. */
  wordKeys: Int32Array;
  /** Per word key: a token that has it. */
  keyToken: number[];
  /** Lexicon classes of word key k's lower-case form (looked up when first asked: the tagger asks only
   * of words it has not met in an earlier document). */
  keyClasses(k: number): readonly string[];
  /** Per token: how its word is written elsewhere in the document (caseEvidence). */
  evidence: string[];
}

/**
 * Numbers for word keys (the tagger's lower-case form, shape and part of speech), in the order they are
 * added, found through the form: joining the three into one string made a new string per token, whose
 * hashing cost more than all the rest of the key's work.
 */
export class WordKeyIndex {
  /** The first key of each form; the others of the same form follow it through `sameForm`. */
  private readonly byNorm = new Map<string, number>();
  private readonly sameForm: number[] = [];
  private readonly shapes: string[] = [];
  private readonly tags: string[] = [];

  get size(): number {
    return this.shapes.length;
  }

  /** The key's number: a new one (the size before) for a key not met yet. */
  number(norm: string, shape: string, pos: string): number {
    return this.numberFrom(this.firstOf(norm), norm, shape, pos);
  }

  /** The first key of the form (the one the others of that form follow), or -1. */
  firstOf(norm: string): number {
    return this.byNorm.get(norm) ?? -1;
  }

  /** number, given firstOf(norm). */
  numberFrom(first: number, norm: string, shape: string, pos: string): number {
    let last = -1;
    for (let k = first; k >= 0; k = this.sameForm[k]!) {
      if (this.shapes[k] === shape && this.tags[k] === pos) return k;
      last = k;
    }
    const k = this.shapes.length;
    if (last < 0) this.byNorm.set(norm, k);
    else this.sameForm[last] = k;
    this.sameForm.push(-1);
    this.shapes.push(shape);
    this.tags.push(pos);
    return k;
  }

  clear(): void {
    this.byNorm.clear();
    this.sameForm.length = 0;
    this.shapes.length = 0;
    this.tags.length = 0;
  }
}

/** Where a neighbour stands relative to the token: two before, one before, one after, two after. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
const BOUNDARY_KEY = '<s>';

/** Per word of the vocabulary, twice (as written; in a headline's capitals): its first key in this document. */
const FIRST_KEY = new StampedSlots();

export function staticFeatures(table: TokenTable): StaticFeatures {
  const { tokens, ids, capsLine } = table;
  // a word key is a word of the vocabulary (its form and, with the line's capitals, its shape) with a part
  // of speech: found by the word's number, then along the word's keys of other parts of speech
  FIRST_KEY.reset(2 * VOCABULARY.size);
  const keyToken: number[] = [];
  const keyPos: string[] = [];
  const nextKey: number[] = [];
  const wordKeys = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const slot = 2 * ids[i]! + (capsLine[i] ? 1 : 0);
    const pos = table.flags[i]! & QUOTE_MARK ? 'PUNCT' : tokens[i]!.pos; // taggerPos
    let k = FIRST_KEY.get(slot, -1);
    let last = -1;
    for (; k >= 0 && keyPos[k] !== pos; k = nextKey[k]!) last = k;
    if (k < 0) {
      k = keyToken.length;
      keyToken.push(i);
      keyPos.push(pos);
      nextKey.push(-1);
      if (last < 0) FIRST_KEY.set(slot, k);
      else nextKey[last] = k;
    }
    wordKeys[i] = k;
  }
  const classes: (readonly string[] | undefined)[] = [];
  return {
    wordKeys,
    keyToken,
    keyClasses: (k) => (classes[k] ??= lexiconClasses(taggerNorm(tokens[keyToken[k]!]!))),
    evidence: caseEvidence(table),
  };
}

/** The parts a token lends its context features, in the receiver's form. */
export interface TokenParts<P> {
  norm: ArrayLike<P>;
  shape: ArrayLike<P>;
  pos: ArrayLike<P>;
  evidence: ArrayLike<P>;
  boundary: P;
  /** Per label + 1: the label's name as a part (BOUNDARY_KEY before the segment start). */
  labels: readonly P[];
}

export const labelPartNames: readonly string[] = [BOUNDARY_KEY, ...LABELS];

export function stringParts(table: TokenTable, statics: StaticFeatures): TokenParts<string> {
  return {
    norm: table.tokens.map(taggerNorm),
    shape: table.shapes,
    pos: table.tokens.map(taggerPos),
    evidence: statics.evidence,
    boundary: BOUNDARY_KEY,
    labels: labelPartNames,
  };
}

/** Features of the word at j that the token at `offset` from it sees ("the previous word is a title"). */
export function neighbourFeatures<P>(
  out: FeatureSink<P>,
  table: TokenTable,
  statics: StaticFeatures,
  parts: TokenParts<P>,
  j: number,
  segment: number,
  offset: number,
): void {
  const inside = j >= 0 && j < table.tokens.length && table.segments[j] === segment;
  const norm = inside ? table.tokens[j]!.norm : BOUNDARY_KEY;
  const word = inside ? parts.norm[j]! : parts.boundary;
  if (offset === -2) out.add(T.ppw, word);
  if (offset === 2) out.add(T.nnw, word);
  if (offset === -1 || offset === 1) {
    const before = offset === -1;
    out.add(before ? T.pw : T.nw, word);
    out.add(before ? T.psh : T.nsh, inside ? parts.shape[j]! : parts.boundary);
    if (inside) {
      const classes = statics.keyClasses(statics.wordKeys[j]!);
      for (let c = 0; c < classes.length; c++) out.add(before ? T.pg : T.ng, out.part(classes[c]!));
    }
  }
  if (offset === -1 && isTitleWord(norm)) out.add(T.ptitle);
  if (offset === 1 && isOrgWord(norm)) out.add(T.norg1);
  if (offset === 2 && isOrgWord(norm)) out.add(T.norg2);
  if (offset === 1 && isPlaceWord(norm)) out.add(T.nplace);
}

/** Features of token i in its context (neighbouring words, phrases, position, case evidence). */
export function contextFeatures<P>(out: FeatureSink<P>, table: TokenTable, parts: TokenParts<P>, i: number): void {
  neighbourPairFeatures(out, table, parts, i);
  const { segments } = table;
  const s = segments[i]!;
  const before = i > 0 && segments[i - 1] === s;
  const after = i + 1 < segments.length && segments[i + 1] === s;
  out.add(T['ppos|pos'], before ? parts.pos[i - 1]! : parts.boundary, parts.pos[i]!);
  out.add(T['pos|npos'], parts.pos[i]!, after ? parts.pos[i + 1]! : parts.boundary);
  out.add(T.ev, parts.evidence[i]!);
  positionFeatures(out, table, parts, i);
}

/**
 * contextFeatures but for those whose parts come from a few values only (the parts of speech before, of
 * and after the token, the case evidence): a scorer with fixed weights keeps their sums (context-sums.ts).
 */
export function wordContextFeatures<P>(out: FeatureSink<P>, table: TokenTable, parts: TokenParts<P>, i: number): void {
  neighbourPairFeatures(out, table, parts, i);
  positionFeatures(out, table, parts, i);
}

/** The token's word with the word before, and after; the shapes of all three. */
function neighbourPairFeatures<P>(out: FeatureSink<P>, table: TokenTable, parts: TokenParts<P>, i: number): void {
  const { segments } = table;
  const s = segments[i]!;
  const before = i > 0 && segments[i - 1] === s;
  const after = i + 1 < segments.length && segments[i + 1] === s;
  const w = parts.norm[i]!;
  out.add(T['pw|w'], before ? parts.norm[i - 1]! : parts.boundary, w);
  out.add(T['w|nw'], w, after ? parts.norm[i + 1]! : parts.boundary);
  out.add(T['psh|sh|nsh'], before ? parts.shape[i - 1]! : parts.boundary, parts.shape[i]!, after ? parts.shape[i + 1]! : parts.boundary);
}

/** The multi-word lexicon entries the token is in, the segment's first word, a line in capitals. */
function positionFeatures<P>(out: FeatureSink<P>, table: TokenTable, parts: TokenParts<P>, i: number): void {
  const phrases = table.phrases[i]!;
  for (let c = 0; c < phrases.length; c++) out.add(T.gp, out.part(phrases[c]!));
  if (table.initial[i]) {
    out.add(T.first);
    out.add(T['first|w'], parts.norm[i]!);
  }
  if (table.capsLine[i]) out.add(T.caps);
}

/** Features of the word of token i alone. */
export function wordFeatures<P>(out: FeatureSink<P>, table: TokenTable, statics: StaticFeatures, parts: TokenParts<P>, i: number): void {
  const w = taggerNorm(table.tokens[i]!);
  const sh = parts.shape[i]!;
  out.add(T.b);
  out.add(T.w, parts.norm[i]!);
  out.add(T.sh, sh);
  out.add(T.p3, out.part(w.slice(0, 3)));
  out.add(T.s2, out.part(w.slice(-2)));
  out.add(T.s3, out.part(w.slice(-3)));
  out.add(T.s4, out.part(w.slice(-4)));
  out.add(T.pos, parts.pos[i]!);
  const classes = statics.keyClasses(statics.wordKeys[i]!);
  for (let c = 0; c < classes.length; c++) {
    const cls = out.part(classes[c]!);
    out.add(T.g, cls);
    out.add(T['g|sh'], cls, sh);
  }
  if (isTitleWord(w)) out.add(T.title);
  if (isOrgWord(w)) out.add(T.org);
  if (isPlaceWord(w)) out.add(T.place);
}

/** Every static feature of token i (training). */
export function allStaticFeatures<P>(out: FeatureSink<P>, table: TokenTable, statics: StaticFeatures, parts: TokenParts<P>, i: number): void {
  wordFeatures(out, table, statics, parts, i);
  contextFeatures(out, table, parts, i);
  const segment = table.segments[i]!;
  for (const offset of NEIGHBOUR_OFFSETS) neighbourFeatures(out, table, statics, parts, i + offset, segment, offset);
}

/** Features that depend on the labels of the two previous tokens (-1 before the segment start). */
export function labelFeatures<P>(out: FeatureSink<P>, parts: TokenParts<P>, prev: number, prev2: number): void {
  out.add(T.pt, parts.labels[prev + 1]!);
  out.add(T['ppt|pt'], parts.labels[prev2 + 1]!, parts.labels[prev + 1]!);
}

/** Features of the previous label joined with the token's word and shape. */
export function labelWordFeatures<P>(out: FeatureSink<P>, parts: TokenParts<P>, prev: number, i: number): void {
  labelWordOnlyFeatures(out, parts, prev, i);
  out.add(T['pt|sh'], parts.labels[prev + 1]!, parts.shape[i]!);
}

/** labelWordFeatures but the one of the shape, whose sums a scorer with fixed weights keeps (context-sums.ts). */
export function labelWordOnlyFeatures<P>(out: FeatureSink<P>, parts: TokenParts<P>, prev: number, i: number): void {
  out.add(T['pt|w'], parts.labels[prev + 1]!, parts.norm[i]!);
}

export function dynamicFeatures<P>(out: FeatureSink<P>, parts: TokenParts<P>, prev: number, prev2: number, i: number): void {
  labelFeatures(out, parts, prev, prev2);
  labelWordFeatures(out, parts, prev, i);
}

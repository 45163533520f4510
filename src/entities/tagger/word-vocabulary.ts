// Words as numbers, from one document to the next: each written form (token text and its lower-case form)
// gets a number once, with what the token table asks of every token worked out once for it (letters,
// case, shape, the tagger's form of it). A news article repeats most of its words, and articles share
// most of theirs, so the character loops and look-ups these facts take ran thousands of times per word.
// Every fact depends on the word alone, so numbers and facts change no output: a full vocabulary starts
// afresh before a document (memory stays bounded), and within a document the numbers hold.
import { mayContinuePhrase, mayStartPhrase } from '../../lexicons/gazetteer.js';
import { QUOTE_MARKS } from '../../lexicons/quote-marks.js';
import { hasLetter, isAllCaps, isCapitalized, wordShape } from '../../text/shape.js';
import { normalizeToken } from '../../text/words.js';

/** Bits of a word's facts: shape.ts's questions of its text, whether its lower-case form starts a
 * multi-word entry of the lexicon (mayStartPhrase) or may stand later in one (mayContinuePhrase), and
 * whether it is a quotation mark (taggerMark). */
export const HAS_LETTER = 1;
export const CAPITALIZED = 2;
export const ALL_CAPS = 4;
export const STARTS_PHRASE = 8;
export const QUOTE_MARK = 16;
export const CONTINUES_PHRASE = 32;

/** Words kept before the vocabulary starts afresh (~800 news articles' worth: about 4 MB). */
const VOCABULARY_LIMIT = 32_768;

/**
 * The word as the tagger reads it: its 1996 Reuters training text wrote every quotation mark as the
 * straight `"` or `'`, so a curly mark or a guillemet ("»", "“") is read as the straight mark of its level
 * (with its part of speech) rather than as an unknown word, which made "» Ferri said" one person's name.
 */
export const taggerMark = (text: string): string | undefined => {
  if (text.length !== 1) return undefined; // every mark is one character: most tokens are out at once
  const mark = QUOTE_MARKS.get(text);
  return mark && (mark.level === 'double' ? '"' : "'");
};

function factsOf(text: string, norm: string): number {
  let flags = hasLetter(text) ? HAS_LETTER | (isCapitalized(text) ? CAPITALIZED : 0) | (isAllCaps(text) ? ALL_CAPS : 0) : isCapitalized(text) ? CAPITALIZED : 0;
  if (mayStartPhrase(norm)) flags |= STARTS_PHRASE;
  if (mayContinuePhrase(norm)) flags |= CONTINUES_PHRASE;
  if (taggerMark(text) !== undefined) flags |= QUOTE_MARK;
  return flags;
}

/** Numbers for forms (a token's text with its lower-case form) and for lower-case forms alone. */
class Vocabulary {
  private readonly byText = new Map<string, number>();
  private readonly byNorm = new Map<string, number>();
  /** Per word: its text, lower-case form and the number of that form. */
  readonly texts: string[] = [];
  readonly norms: string[] = [];
  readonly normIds: number[] = [];
  /** Per word: the bits above. */
  readonly flags: number[] = [];
  /** Per word: wordShape of the tagger's text, and of it in capitals after "C" (a headline's words). */
  readonly shapes: string[] = [];
  private readonly capsShapes: (string | undefined)[] = [];
  /** Counts the times the vocabulary started afresh: answers kept by word number hold within one count. */
  generation = 0;

  get size(): number {
    return this.texts.length;
  }

  get normCount(): number {
    return this.byNorm.size;
  }

  /** Before a document: a full vocabulary starts afresh. */
  open(): void {
    if (this.texts.length < VOCABULARY_LIMIT) return;
    this.generation++;
    this.byText.clear();
    this.byNorm.clear();
    for (const list of [this.texts, this.norms, this.normIds, this.flags, this.shapes, this.capsShapes]) list.length = 0;
  }

  /** The number of a token's word: its text, whose lower-case form is normalizeToken's (as tokenize makes
   * every token's norm). */
  idOf(text: string): number {
    return this.byText.get(text) ?? this.add(text);
  }

  capsShape(id: number): string {
    return (this.capsShapes[id] ??= 'C' + wordShape((taggerMark(this.texts[id]!) ?? this.texts[id]!).toUpperCase()));
  }

  private add(text: string): number {
    const id = this.texts.length;
    const norm = normalizeToken(text);
    this.byText.set(text, id);
    let normId = this.byNorm.get(norm);
    if (normId === undefined) this.byNorm.set(norm, (normId = this.byNorm.size));
    this.texts.push(text);
    this.norms.push(norm);
    this.normIds.push(normId);
    this.flags.push(factsOf(text, norm));
    this.shapes.push(wordShape(taggerMark(text) ?? text));
    this.capsShapes.push(undefined);
    return id;
  }
}

/** The thread's vocabulary. */
export const VOCABULARY = new Vocabulary();

// Stage "attribution": the speaker of each quote. Rules are tried in order, nearest evidence first:
// a cue after the quote ("…," X said / "…," said X), a cue before it (X said: "…" / X said that … "…"),
// "according to X", then a quote in the same paragraph, an introduction ending in a colon, and the running
// speaker of the previous paragraph. Each decision records its cue, rule and confidence.
import type { Document, Quote, Speaker, TextSpan, Token } from '../document.js';
import { textSpan } from '../document.js';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicons/speech-verbs.js';
import { buildContext, isTerminator, windowAfter, windowBefore, type AttributionContext, type Window } from '../attribution/context.js';
import { objectAfter, subjectBefore, type SpeakerRef } from '../attribution/speaker-phrase.js';
import { resolvePronoun } from '../attribution/pronouns.js';

interface Decision {
  speaker: Speaker;
  cue: TextSpan | null;
  method: string;
  confidence: number;
}

/** Words of this many or fewer, quoted mid-sentence with nobody said to speak them, are scare quotes. */
const SCARE_MAX_WORDS = 4;

export function attributeQuotes(doc: Document): void {
  const ctx = buildContext(doc);
  doc.quotes.forEach((q, qi) => {
    if (q.kind === 'scare') return;
    const decision = fromCueAfter(ctx, q) ?? fromCueBefore(ctx, q) ?? fromNeighbours(ctx, q, qi);
    if (decision) {
      Object.assign(q, decision);
    } else if (q.kind === 'partial' && wordCount(q.text) <= SCARE_MAX_WORDS) {
      q.kind = 'scare';
    } else {
      doc.messages.push({ source: 'attribution', rule: 'no-speaker', severity: 'info', reason: `quote ${q.id} at ${q.start}–${q.end} has no speaker`, start: q.start, end: q.end });
    }
  });
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function isCue(t: Token): boolean {
  if (!SPEECH_VERBS.has(t.norm)) return false;
  return t.pos === 'VERB' || t.pos === 'AUX' || !WEAK_SPEECH_VERBS.has(t.norm) && ['said', 'says', 'told', 'added', 'wrote', 'asked'].includes(t.norm);
}

/** "according to" at token i, returning the index of "to". */
const isAccordingTo = (tokens: Token[], i: number): boolean => tokens[i]?.norm === 'according' && tokens[i + 1]?.norm === 'to';

/** "…," X said / "…," said X / "…," according to X. */
function fromCueAfter(ctx: AttributionContext, q: Quote): Decision | null {
  const win = windowAfter(ctx, q);
  const { tokens } = ctx;
  for (let v = win.from; v < Math.min(win.to, win.from + 12); v++) {
    if (ctx.quoteOf[v] !== -1) break;
    if (isAccordingTo(tokens, v)) return decide(ctx, objectAfter(ctx, v + 1, win), v, v + 1, 'according-to', 0.9);
    if (!isCue(tokens[v]!)) continue;
    const inverted = tokens.slice(win.from, v).every((t) => t.pos === 'PUNCT');
    const ref = inverted ? objectAfter(ctx, v, win) : (subjectBefore(ctx, v, win) ?? objectAfter(ctx, v, win));
    return decide(ctx, ref, v, v, inverted ? 'quote-cue-speaker' : 'quote-speaker-cue', 0.95);
  }
  return null;
}

/** X said: "…" / X said "…" / X said that … "…" / according to X, "…". */
function fromCueBefore(ctx: AttributionContext, q: Quote): Decision | null {
  const win = windowBefore(ctx, q);
  const { tokens } = ctx;
  for (let v = win.to - 1; v >= win.from; v--) {
    if (ctx.quoteOf[v] !== -1) continue;
    if (isAccordingTo(tokens, v)) {
      const d = decide(ctx, objectAfter(ctx, v + 1, win), v, v + 1, 'according-to', 0.9);
      if (d) return d;
      continue;
    }
    if (!isCue(tokens[v]!)) continue;
    const method = q.kind === 'partial' ? 'speaker-cue-partial' : 'speaker-cue-quote';
    const d = decide(ctx, subjectBefore(ctx, v, win) ?? objectAfter(ctx, v, win), v, v, method, q.kind === 'partial' ? 0.8 : 0.9);
    if (d) return d;
  }
  return null;
}

/** No cue in the quote's own sentence: the same paragraph's speaker, a colon introduction, or the running speaker. */
function fromNeighbours(ctx: AttributionContext, q: Quote, qi: number): Decision | null {
  const { doc } = ctx;
  const prev = doc.quotes.slice(0, qi).reverse().find((p) => p.speaker && p.kind !== 'scare');
  if (prev && prev.paragraph === q.paragraph) return { ...carry(prev), method: 'same-paragraph', confidence: 0.8 };
  const para = doc.paragraphs[q.paragraph]!;
  if (q.start !== para.start || q.paragraph === 0) return null;
  const intro = fromColonIntro(ctx, q.paragraph - 1);
  if (intro) return intro;
  if (prev && prev.paragraph === q.paragraph - 1) return { ...carry(prev), method: 'continuation', confidence: 0.7 };
  return null;
}

const carry = (p: Quote): Pick<Decision, 'speaker' | 'cue'> => ({ speaker: p.speaker!, cue: p.cue });

/** A paragraph ending in "Cruz continued:" introduces the quote paragraph that follows. */
function fromColonIntro(ctx: AttributionContext, p: number): Decision | null {
  const { tokens } = ctx;
  const para = ctx.doc.paragraphs[p]!;
  if (!ctx.doc.text.slice(para.start, para.end).trimEnd().endsWith(':')) return null;
  let to = tokens.length;
  while (to > 0 && tokens[to - 1]!.start >= para.end) to--;
  let from = to - 1;
  while (from > 0 && tokens[from - 1]!.paragraph === p && !isTerminator(tokens[from - 1]!)) from--;
  const win: Window = { from, to };
  for (let v = to - 1; v >= from; v--) {
    if (ctx.quoteOf[v] !== -1 || !isCue(tokens[v]!)) continue;
    const d = decide(ctx, subjectBefore(ctx, v, win) ?? objectAfter(ctx, v, win), v, v, 'colon-introduction', 0.85);
    if (d) return d;
  }
  return null;
}

function decide(ctx: AttributionContext, ref: SpeakerRef | null, cueFirst: number, cueLast: number, method: string, confidence: number): Decision | null {
  if (!ref) return null;
  const speaker = toSpeaker(ctx, ref);
  if (!speaker) return null;
  const { tokens, doc } = ctx;
  const cue = textSpan(doc.text, tokens[cueFirst]!.start, tokens[cueLast]!.end);
  return { speaker, cue, method: ref.kind === 'pronoun' ? `${method}:pronoun` : method, confidence: ref.kind === 'pronoun' ? confidence - 0.1 : confidence };
}

function toSpeaker(ctx: AttributionContext, ref: SpeakerRef): Speaker | null {
  const { tokens, doc } = ctx;
  switch (ref.kind) {
    case 'person':
      return { entity: ref.ref.person.id, name: ref.ref.person.name, mention: textSpan(doc.text, ref.ref.mention.start, ref.ref.mention.end) };
    case 'pronoun': {
      const t = tokens[ref.token]!;
      const mention = textSpan(doc.text, t.start, t.end);
      const antecedent = resolvePronoun(ctx, ref.token);
      return antecedent ? { entity: antecedent.id, name: antecedent.name, mention } : { name: t.text, mention };
    }
    case 'phrase': {
      const mention = textSpan(doc.text, tokens[ref.first]!.start, tokens[ref.last]!.end);
      return { name: mention.text, mention };
    }
  }
}

// Stage "attribution": the speaker of each quote. Rules are tried in order, nearest evidence first; each
// decision records its cue, the rule that made it and a confidence. Where each pattern lives:
//   "…," X said / "…," said X / "…," according to X / “…” — X   -> attribution/cue-after.ts
//   X said: "…" / X said that … "…" / headline "X: ‘…’" -> attribution/cue-before.ts
//   same paragraph, sentence before, "X continued:", running speaker -> attribution/neighbours.ts
import { reporter, type Document } from '../document.js';
import { buildContext } from '../attribution/context.js';
import { ADJACENT, NEAR, fromAccordingToAfter, fromCueAfter, fromDashByline, fromQuoteComma } from '../attribution/cue-after.js';
import { fromClauseSubject, fromCueBefore, fromHeadlineColon } from '../attribution/cue-before.js';
import { fromNeighbours } from '../attribution/neighbours.js';
import { wordsOf } from '../text/words.js';
import { CLOSING_CLASS } from '../lexicons/quote-marks.js';

/** Words of this many or fewer, quoted mid-sentence with nobody said to speak them, are scare quotes. */
const SCARE_MAX_WORDS = 4;
/** The same for a quote that stands on its own with nobody said to speak it. */
const SCARE_MAX_WORDS_ALONE = 2;

/** Quoted words ending in a comma hand over to their source, as a statement does: “…,” X, a Y of Z, said. */
const HANDS_OVER = new RegExp(`,[${CLOSING_CLASS}]*$`);

export function attributeQuotes(doc: Document): void {
  const ctx = buildContext(doc);
  const report = reporter(doc, 'attribution');
  doc.quotes.forEach((q, qi) => {
    if (q.kind === 'scare') return;
    // a partial quote sits inside the writer's clause, so the cue that governs it stands before it
    const decision =
      q.kind === 'partial'
        ? (fromAccordingToAfter(ctx, q) ?? fromCueBefore(ctx, q) ?? fromCueAfter(ctx, q, HANDS_OVER.test(q.text) ? NEAR : ADJACENT) ?? fromHeadlineColon(ctx, q) ?? fromClauseSubject(ctx, q))
        : (fromDashByline(ctx, q) ??
          fromCueAfter(ctx, q, NEAR) ??
          fromQuoteComma(ctx, q) ??
          fromCueBefore(ctx, q) ??
          fromHeadlineColon(ctx, q) ??
          fromNeighbours(ctx, q, qi) ??
          fromClauseSubject(ctx, q));
    const words = wordsOf(q.text).length;
    // a few words carried over from an earlier paragraph's speaker are rarely a continued quote
    const carriedShort = decision?.method.startsWith('continuation') && words <= SCARE_MAX_WORDS;
    if (decision && !carriedShort) {
      Object.assign(q, decision);
    } else if (words <= (q.kind === 'partial' || carriedShort ? SCARE_MAX_WORDS : SCARE_MAX_WORDS_ALONE)) {
      q.kind = 'scare';
      q.method = 'scare:unattributed';
    } else {
      report('no-speaker', `quote ${q.id} at ${q.start}–${q.end} has no speaker`, q);
    }
  });
}


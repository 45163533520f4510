// Counts, per verb, the "VERB that CLAUSE" uses on PolNeAR train that no other rule reports
// (src/quotes/that-clauses.ts, every verb) and how many of them the corpus annotates as reported speech
// (content IoU >= 0.5, as the scorer matches): the shares that choose the verbs of that module's table.
//   npx tsx scripts/count-that-clauses.ts [--min 3] [--examples VERB]
import fs from 'node:fs';
import path from 'node:path';
import { emptyDocument, type Span } from '../src/document.js';
import { STAGES } from '../src/pipeline.js';
import { buildContext } from '../src/attribution/context.js';
import { findReportedClauses } from '../src/quotes/reported-clauses.js';
import { thatClauseCandidates } from '../src/quotes/that-clauses.js';
import { EVAL_DIR } from './conll.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const MIN = Number(option('--min') ?? '3');
const EXAMPLES = option('--examples');

interface Rec { id: string; text: string; indirectAttributions?: Span[] }

/** A span without the punctuation and quotation marks at its edges, as the scorer trims it. */
function core(text: string, sp: Span): Span {
  let { start, end } = sp;
  const edge = (c: string) => /[\s,.;:!?—–"“”„«»‘’'-]/.test(c);
  while (start < end && edge(text[start]!)) start++;
  while (end > start && edge(text[end - 1]!)) end--;
  return { start, end };
}
const iou = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

const file = path.join(EVAL_DIR, 'polnear_train.jsonl');
const counts = new Map<string, { all: number; hit: number }>();
for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line) as Rec;
  const doc = emptyDocument(rec.text);
  for (const stage of STAGES) if (stage.name !== 'reported') stage.run(doc);
  const ctx = buildContext(doc);
  const gold = (rec.indirectAttributions ?? []).map((g) => core(rec.text, g));
  for (const c of thatClauseCandidates(ctx, findReportedClauses(ctx))) {
    const verb = ctx.tokens[c.verb]!.norm + (c.object ? ' +obj' : '');
    const hit = gold.some((g) => iou(g, core(rec.text, c.content)) >= 0.5);
    const n = counts.get(verb) ?? { all: 0, hit: 0 };
    n.all++;
    if (hit) n.hit++;
    counts.set(verb, n);
    if (verb === EXAMPLES) {
      const s = ctx.doc.sentences[ctx.tokens[c.verb]!.sentence]!;
      console.log(`${hit ? '+' : '-'} ${rec.text.slice(s.start, s.end).replace(/\s+/g, ' ')}\n    ⟦${rec.text.slice(c.content.start, c.content.end)}⟧`);
    }
  }
}
const rows = [...counts].filter(([, n]) => n.all >= MIN).sort((a, b) => b[1].all - a[1].all);
for (const [verb, n] of rows) console.log(`${verb.padEnd(16)} ${String(n.hit).padStart(4)}/${String(n.all).padEnd(4)} ${((100 * n.hit) / n.all).toFixed(0)} %`);
const total = [...counts.values()].reduce((a, n) => ({ all: a.all + n.all, hit: a.hit + n.hit }), { all: 0, hit: 0 });
console.log(`all verbs: ${total.hit}/${total.all}`);

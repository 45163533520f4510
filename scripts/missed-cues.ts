// Lists, from PolNeAR train (read from ../shared/eval, never copied; nothing is written), the cue words of
// the reported attributions the current build misses (no predicted `indirect` content at IoU >= 0.5, as the
// scorer matches), ranked by count: the cues no table covers, to pick candidates for the act cues
// (src/quotes/act-cues.ts), whose shares scripts/train-act-cues.ts then counts and adopts by its rule.
//   npx tsx scripts/missed-cues.ts [--gold FILE] [--top N] [--sourceless]
// Each line: the cue's head word (lower case), misses with a source, misses without one, and the share of
// the misses with a source that no speech prediction overlaps at all. --sourceless ranks by misses without a
// source instead. Deterministic: documents in file order.
import { analyze } from '../src/index.js';
import { iou, quoteCore } from '../src/eval/metrics.js';
import { cliArgs, readGold, type Attribution } from './cue-shares.js';

interface GoldAttribution extends Attribution {
  speakerStart?: number | null;
}

const MIN_IOU = 0.5;
const at = cliArgs.indexOf('--top');
const top = at >= 0 ? Number(cliArgs[at + 1]) : 60;
const bySourceless = cliArgs.includes('--sourceless');

/** The cue's head word: the last word of a multi-word cue that is no particle ("support for" -> "support"). */
const PARTICLES = new Set(['for', 'to', 'of', 'that', 'about', 'on', 'against', 'with', 'in', 'up', 'out', 'by', 'from', 'at']);
function headWord(cue: string): string {
  const words = cue.toLowerCase().replace(/[’']/g, "'").split(/[^a-z']+/).filter(Boolean);
  const content = words.filter((w) => !PARTICLES.has(w));
  return content.at(-1) ?? words.at(-1) ?? '(none)';
}

/** head -> [missed with a source, missed without one, missed with a source and nothing overlapping] */
const counts = new Map<string, [number, number, number]>();
let total = 0;
for (const r of readGold()) {
  const doc = analyze(r.text);
  const reported = doc.quotes.filter((q) => q.kind === 'indirect').map((q) => quoteCore(r.text, q));
  const speech = doc.quotes.filter((q) => q.kind !== 'scare');
  for (const g of (r.indirectAttributions ?? []) as GoldAttribution[]) {
    const core = quoteCore(r.text, g);
    if (reported.some((p) => iou(p, core) >= MIN_IOU)) continue;
    total++;
    const cue = g.cueStart != null && g.cueEnd != null ? r.text.slice(g.cueStart, g.cueEnd) : '';
    const key = headWord(cue);
    const c = counts.get(key) ?? [0, 0, 0];
    if (g.speakerStart != null) {
      c[0]++;
      if (!speech.some((p) => p.start < g.end && g.start < p.end)) c[2]++;
    } else c[1]++;
    counts.set(key, c);
  }
}
const rows = [...counts].sort((a, b) => (bySourceless ? b[1][1] - a[1][1] : b[1][0] - a[1][0]) || (a[0] < b[0] ? -1 : 1));
console.log(`${total} reported attributions missed`);
console.log(`${'cue head'.padEnd(20)} source  none  untouched`);
for (const [k, [src, none, free]] of rows.slice(0, top)) console.log(`${k.padEnd(20)} ${String(src).padStart(6)} ${String(none).padStart(5)} ${src ? ((100 * free) / src).toFixed(0).padStart(6) + ' %' : ''}`);

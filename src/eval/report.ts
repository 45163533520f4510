// Text tables for people: one block per gold source, an optional per-document table, and the misses.
import type { MissKind } from './metrics.js';
import type { LocatedMiss, SourceResult } from './run.js';
import type { Prf } from './summary.js';

const pc = (x: number | null | undefined): string => (x == null ? '—' : (100 * x).toFixed(1));
const fig = (x: number | null | undefined): string => (x == null ? '—' : x.toFixed(1));

function prfRow(label: string, v: Prf): string {
  const cells = [pc(v.p), pc(v.r), pc(v.f1)].map((c) => c.padStart(6));
  const counts = [v.tp, v.pred, v.gold].map((n) => String(n).padStart(6));
  return `  ${label.padEnd(22)}${cells.join('')}${counts.join('')}`;
}

export function formatSource(r: SourceResult): string {
  const lines = [`${r.name}: ${r.docs} docs from ${r.path} (${r.seconds.toFixed(1)} s)`];
  lines.push(`  ${''.padEnd(22)}${['P', 'R', 'F1', 'tp', 'pred', 'gold'].map((h) => h.padStart(6)).join('')}`);
  const { people, places, placeLinks, quotes, reported, allQuotes, project } = r.scores;
  if (people) lines.push(prfRow('people (exact)', people.exact));
  if (places) lines.push(prfRow('places (exact)', places.exact));
  if (placeLinks) {
    const share = (n: number): string => pc(n / placeLinks.judged);
    lines.push(`  ${'place country right'.padEnd(22)}${share(placeLinks.right).padStart(6)}  of ${placeLinks.judged} gold place mentions with a country; ` +
      `wrong ${share(placeLinks.wrong)}, unlinked ${share(placeLinks.unlinked)}, not found ${share(placeLinks.notFound)}`);
  }
  if (quotes) {
    lines.push(prfRow('quotes (IoU>=0.5)', quotes.quotesLenient));
    lines.push(prfRow('quotes (exact core)', quotes.quotesExactCore));
    lines.push(prfRow('attributed quotes', quotes.attributedQuotes));
    lines.push(`  ${'speaker accuracy'.padEnd(22)}${pc(quotes.speakerAccuracy).padStart(6)}  of ${quotes.speakerJudged} matched quotes with a gold speaker`);
    const byType = Object.entries(quotes.recallByKind).map(([k, v]) => `${k} ${pc(v)}`).join(', ');
    if (byType) lines.push(`  ${'recall by gold type'.padEnd(22)}  ${byType}`);
  }
  if (reported) {
    lines.push(prfRow('reported (IoU>=0.5)', reported.found));
    lines.push(prfRow('reported, attributed', reported.attributed));
    lines.push(`  ${'reported speaker acc.'.padEnd(22)}${pc(reported.speakerAccuracy).padStart(6)}  of ${reported.found.tp} matched statements`);
  }
  if (allQuotes) {
    lines.push(prfRow('quoted+reported (.3)', allQuotes));
    lines.push(`  ${'  speaker match'.padEnd(22)}${pc(allQuotes.speakerAccuracy).padStart(6)}`);
  }
  if (project) {
    lines.push(`  ${'kind accuracy'.padEnd(22)}${pc(project.kindAccuracy).padStart(6)}  of ${project.kindJudged} matched quotes (direct vs partial)`);
    lines.push(`  ${'non-speech as speech'.padEnd(22)}${String(project.nonSpeech.predictedAsSpeech).padStart(6)}  of ${project.nonSpeech.gold} scare quotes, titles and terms`);
  }
  if (!people && !places && !quotes) lines.push('  (no gold people, places or quotes)');
  for (const f of r.failures) lines.push(`  PIPELINE ERROR on ${f.id}: ${f.error}`);
  for (const p of r.problems) lines.push(`  gold problem: ${p}`);
  return lines.join('\n');
}

/** Per-document figures, the columns this source can measure. */
export function formatDocs(r: SourceResult): string {
  const columns = ['peopleF1', 'placesF1', 'quotesF1', 'speakerAccuracy', 'attributedF1'].filter((c) => r.figures[c] != null);
  const width = Math.min(40, Math.max(8, ...r.perDoc.map((d) => d.id.length)));
  const head = `  ${'doc'.padEnd(width)}${columns.map((c) => c.padStart(16)).join('')}`;
  const rows = r.perDoc.map((d) => `  ${d.id.slice(0, width).padEnd(width)}${columns.map((c) => fig(d.figures[c]).padStart(16)).join('')}`);
  return [head, ...rows].join('\n');
}

const MISS_TITLES: Record<MissKind, string> = {
  'person-missed': 'people missed', 'person-extra': 'people predicted, not in gold',
  'place-missed': 'places missed', 'place-extra': 'places predicted, not in gold',
  'quote-missed': 'quotes missed', 'quote-extra': 'quotes predicted, not in gold',
  'speaker-wrong': 'wrong speaker', 'kind-wrong': 'wrong quote kind', 'nonspeech-as-speech': 'non-speech counted as speech',
  'reported-missed': 'reported speech missed', 'reported-extra': 'reported speech predicted, not in gold',
  'reported-speaker-wrong': 'reported speech, wrong speaker',
  'place-country-wrong': 'places linked to the wrong country', 'place-unlinked': 'places found but not linked',
};

/** Up to `n` misses of each kind, each in its sentence. */
export function formatMisses(misses: LocatedMiss[], n: number): string {
  const lines: string[] = [];
  for (const kind of Object.keys(MISS_TITLES) as MissKind[]) {
    const all = misses.filter((m) => m.kind === kind);
    if (!all.length) continue;
    lines.push(`  ${MISS_TITLES[kind]} (${all.length}${all.length > n ? `, first ${n}` : ''}):`);
    for (const m of all.slice(0, n)) lines.push(`    [${m.doc}] ${m.context}${m.detail ? `\n        ${m.detail}` : ''}`);
  }
  return lines.join('\n');
}

// Particles and hyphens inside names: "Mohammed bin Salman" cut in two at the particle, "van der Merwe
// wrote" found as "Merwe", and "Al-Khatib said" missed after "Rami Al-Khatib". The document's full names
// are the evidence for the short forms.
import type { TokenTable } from '../tagger/features.js';
import type { RuleContext } from './rule.js';
import { heldByLonger, RunList, type TokenRun } from '../runs.js';
import { NAME_PARTICLES } from '../../lexicons/name-particles.js';
import { isCapitalizedAt } from '../tagger/token-facts.js';
import { sameSegment } from '../tagger/features.js';

const isParticle = (table: TokenTable, t: number): boolean => {
  const tok = table.tokens[t];
  return !!tok && NAME_PARTICLES.has(tok.text);
};

export function joinNameParticles({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const same = (a: number, b: number) => sameSegment(table, a, b);
  const sorted = [...runs].sort((a, b) => a.first - b.first);
  // person + particles + person: one name
  const joined: TokenRun[] = [];
  for (const run of sorted) {
    const prev = joined[joined.length - 1];
    if (prev && prev.type === 'PER' && run.type === 'PER' && run.first > prev.end && same(prev.first, run.first)) {
      let t = prev.end;
      while (t < run.first && isParticle(table, t)) t++;
      if (t === run.first) {
        prev.end = run.end;
        continue;
      }
    }
    joined.push({ ...run });
  }
  // surnames with particles or hyphens written in full names: "van der merwe", "al - khatib"
  const key = (first: number, end: number) => tokens.slice(first, end).map((t) => t.norm).join(' ');
  const surnames = new Set<string>();
  for (const run of joined) {
    if (run.type !== 'PER' || run.end - run.first < 2) continue;
    for (let t = run.first + 1; t < run.end - 1; t++) {
      const particleStart = isParticle(table, t) && !isParticle(table, t - 1);
      const hyphenStart = tokens[t + 1]!.text === '-' && t + 2 < run.end && tokens[t]!.end === tokens[t + 1]!.start && tokens[t + 1]!.end === tokens[t + 2]!.start;
      if (particleStart || hyphenStart) surnames.add(key(t, run.end));
    }
  }
  if (surnames.size === 0) return joined;
  const result = new RunList(joined);
  const lengths = [...new Set([...surnames].map((s) => s.split(' ').length))].sort((a, b) => b - a);
  for (let t = 0; t < tokens.length; t++) {
    for (const n of lengths) {
      if (!same(t, t + n - 1) || !surnames.has(key(t, t + n))) continue;
      const span: TokenRun = { type: 'PER', first: t, end: t + n };
      const overlapping = result.overlapping(span);
      if (heldByLonger(overlapping, span)) continue;
      if (overlapping.some((r) => r.type === 'PER' && r.first === t && r.end === span.end)) continue;
      // the last word is capitalised, and a capitalised word before would make another name
      if (!isCapitalizedAt(table, t + n - 1) || (same(t, t - 1) && isCapitalizedAt(table, t - 1) && !table.initial[t - 1])) continue;
      result.replace(overlapping, span);
      t += n - 1;
      break;
    }
  }
  return result.runs();
}

// The diff for people: plain lines that read the same in a terminal and a CI log (no colour codes), one
// block per article that differs, "-" removed, "+" added, "~" changed, the quote's words under each
// quote line, and a total line at the end.
import { excerpt } from '../output/excerpt.js';
import type { ArticleDiff, EntityDiff, QuoteView, SetDiff, Totals } from './compare.js';

const words = (text: string): string => excerpt(text, 110);
const who = (speaker: string | null): string => speaker ?? 'no speaker';
const at = (q: { start: number; end: number }): string => `${q.start}-${q.end}`;

function quoteLines(d: ArticleDiff['quotes']): string[] {
  const lines: Array<{ pos: number; text: string }> = [];
  const said = (q: QuoteView): string => `      ${words(q.text)}`;
  for (const c of d.changed) {
    const parts = c.changes.map((what) =>
      what === 'speaker' ? `speaker ${who(c.old.speaker)} -> ${who(c.new.speaker)}` : what === 'kind' ? `kind ${c.old.kind} -> ${c.new.kind}` : `span ${at(c.old)} -> ${at(c.new)}`,
    );
    const id = c.new.id !== c.old.id ? `${c.old.id}/${c.new.id}` : c.old.id;
    lines.push({ pos: c.old.start, text: `  ~ quote ${id} at ${at(c.old)}: ${parts.join(', ')}\n${said(c.new)}` });
  }
  for (const q of d.removed) lines.push({ pos: q.start, text: `  - quote ${q.id} at ${at(q)} removed (${q.kind}, ${who(q.speaker)})\n${said(q)}` });
  for (const q of d.added) lines.push({ pos: q.start, text: `  + quote ${q.id} at ${at(q)} added (${q.kind}, ${who(q.speaker)})\n${said(q)}` });
  return lines.sort((a, b) => a.pos - b.pos).map((l) => l.text);
}

function entityLines(label: 'person' | 'place', d: EntityDiff): string[] {
  const count = (n: number): string => `${n} ${n === 1 ? 'mention' : 'mentions'}`;
  const mention = (m: { start: number; end: number; text: string }): string => `“${m.text}” at ${at(m)}`;
  return [
    ...d.removed.map((e) => `  - ${label} ${e.name} removed (${count(e.mentions.length)})`),
    ...d.added.map((e) => `  + ${label} ${e.name} added (${count(e.mentions.length)})`),
    ...d.mentions.map(
      (m) =>
        `  ~ ${label} ${m.name}: ${[
          ...(m.removed.length ? [`mentions removed ${m.removed.map(mention).join(', ')}`] : []),
          ...(m.added.length ? [`mentions added ${m.added.map(mention).join(', ')}`] : []),
        ].join('; ')}`,
    ),
  ];
}

export function totalLine(t: Totals): string {
  return (
    `total: ${t.articles} ${t.articles === 1 ? 'article' : 'articles'} compared, ${t.differ} differ, ${t.onlyOld} only in old, ${t.onlyNew} only in new; ` +
    `quotes ${t.quotes.added} added, ${t.quotes.removed} removed, ${t.quotes.speaker} speaker changed, ${t.quotes.kind} kind changed, ${t.quotes.span} span changed; ` +
    `people ${t.people.added} added, ${t.people.removed} removed, ${t.people.mentions} mentions changed; ` +
    `places ${t.places.added} added, ${t.places.removed} removed, ${t.places.mentions} mentions changed`
  );
}

export function formatText(diff: SetDiff, oldName: string, newName: string): string {
  const out: string[] = [`--- old: ${oldName}`, `+++ new: ${newName}`];
  for (const d of diff.articles) {
    out.push('', `${d.key}${d.textChanged ? '  (the article text differs: offsets are not comparable)' : ''}`);
    out.push(...quoteLines(d.quotes), ...entityLines('person', d.people), ...entityLines('place', d.places));
  }
  if (diff.onlyOld.length || diff.onlyNew.length) out.push('');
  for (const a of diff.onlyOld) out.push(`only in old: ${a.key} (${a.where})`);
  for (const a of diff.onlyNew) out.push(`only in new: ${a.key} (${a.where})`);
  out.push('', diff.same ? `no differences; ${totalLine(diff.totals)}` : totalLine(diff.totals));
  return out.join('\n');
}

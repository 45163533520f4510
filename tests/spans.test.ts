// Every span of every kind in the annotation of every corpus article points at exactly the text it claims:
// 0 <= start <= end <= length, source.slice(start, end) === text; quotes include their marks.
import { describe, expect, it } from 'vitest';
import { annotate, type Annotation } from '../src/index.js';
import { corpusArticles } from '../src/eval/corpus.js';
import { isQuoteMark } from '../src/lexicons/quote-marks.js';

interface Located {
  where: string;
  start: number;
  end: number;
  text?: string;
}

/** Every span in an annotation, with where it sits, so a failure names it. */
function spansOf(a: Annotation): Located[] {
  const out: Located[] = [];
  a.paragraphs.forEach((s, i) => out.push({ where: `paragraphs[${i}]`, ...s }));
  a.sentences.forEach((s, i) => out.push({ where: `sentences[${i}]`, ...s }));
  for (const p of a.people) p.mentions.forEach((m, i) => out.push({ where: `person ${p.id} mentions[${i}]`, ...m }));
  for (const p of a.places) p.mentions.forEach((m, i) => out.push({ where: `place ${p.id} mentions[${i}]`, ...m }));
  for (const q of a.quotes) {
    out.push({ where: `quote ${q.id}`, ...q });
    if (q.speaker) out.push({ where: `quote ${q.id} speaker.mention`, ...q.speaker.mention });
    if (q.cue) out.push({ where: `quote ${q.id} cue`, ...q.cue });
  }
  a.messages.forEach((m, i) => {
    if (m.start != null || m.end != null) out.push({ where: `messages[${i}] (${m.rule})`, start: m.start ?? -1, end: m.end ?? -1 });
  });
  return out;
}

/** Problems with the spans of one annotation of `source`: empty when all is well. */
function spanProblems(source: string, a: Annotation): string[] {
  const problems: string[] = [];
  if (a.source.length !== source.length) problems.push(`source.length ${a.source.length} but the text has ${source.length}`);
  for (const s of spansOf(a)) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > source.length) {
      problems.push(`${s.where}: offsets ${s.start}..${s.end} outside 0..${source.length}`);
    } else if (s.text !== undefined && source.slice(s.start, s.end) !== s.text) {
      problems.push(`${s.where}: text ${JSON.stringify(s.text)} but the source has ${JSON.stringify(source.slice(s.start, s.end))}`);
    }
  }
  // a quote may lack a closing mark only where a message says it is unbalanced (left open),
  const excused = a.messages.filter((m) => /unbalanced|unclosed|continued/.test(m.rule) && m.start != null);
  // reported speech (kind indirect) is content without quotation marks
  for (const q of a.quotes.filter((x) => x.kind !== 'indirect')) {
    if (!isQuoteMark(source[q.start])) problems.push(`quote ${q.id} at ${q.start} does not start with a quotation mark: ${JSON.stringify(q.text.slice(0, 30))}`);
    // or where the quote runs on: a segment of a group before its last
    const runsOn = q.group !== undefined && a.quotes.some((o) => o.group === q.group && o.start > q.start);
    const openEnded = runsOn || excused.some((m) => m.start! < Math.max(q.end, q.start + 1) && q.start < (m.end ?? m.start! + 1));
    if (!isQuoteMark(source[q.end - 1]) && !openEnded) problems.push(`quote ${q.id} at ${q.start}..${q.end} does not end with a quotation mark and no message says why: ${JSON.stringify(q.text.slice(-30))}`);
  }
  const ids = new Set(a.people.map((p) => p.id));
  if (ids.size !== a.people.length) problems.push('people ids are not unique');
  for (const q of a.quotes) {
    if (q.speaker?.entity !== undefined && !ids.has(q.speaker.entity)) problems.push(`quote ${q.id}: speaker.entity ${q.speaker.entity} is no people id`);
  }
  return problems;
}

describe('spans slice their source exactly', () => {
  for (const { stem, path, text } of corpusArticles('corpus')) {
    it(stem, () => {
      expect(spanProblems(text, annotate(text, { path }))).toEqual([]);
    });
  }
});

describe('the span check itself', () => {
  const text = 'Ann said “we won” today.';
  const good = annotate(text);
  it('accepts a well-formed annotation', () => {
    expect(spanProblems(text, good)).toEqual([]);
  });
  it('catches a span whose text is not its slice, one past the end, and a quote without its marks', () => {
    const bad: Annotation = structuredClone(good);
    bad.paragraphs.push({ start: 3, end: text.length + 1 });
    bad.people.push({ id: 'x1', name: 'Ann', titles: [], mentions: [{ start: 1, end: 4, text: 'Ann' }] });
    bad.quotes.push({ id: 'qx', start: 10, end: 16, text: 'we won', kind: 'direct', speaker: { entity: 'nobody', name: 'Ann', mention: { start: 0, end: 3, text: 'Ann' } }, cue: null, method: 'test', confidence: 1 });
    const problems = spanProblems(text, bad).join('\n');
    expect(problems).toMatch(/paragraphs\[\d+\]: offsets 3\.\.25 outside/);
    expect(problems).toMatch(/person x1 mentions\[0\]: text "Ann" but the source has "nn "/);
    expect(problems).toMatch(/quote qx at 10 does not start with a quotation mark/);
    expect(problems).toMatch(/quote qx at 10\.\.16 does not end with a quotation mark/);
    expect(problems).toMatch(/speaker.entity nobody is no people id/);
  });
});

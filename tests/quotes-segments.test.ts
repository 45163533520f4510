import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze, annotate } from '../src/index.js';

// A quote that runs on over paragraphs (each reopened, only the last closed) is one quote per segment,
// the segments sharing a group and a speaker. Invented sentences only.
const speechOf = (text: string) => analyze(text).quotes.filter((q) => q.kind !== 'indirect');

describe('running quotes: one quote per paragraph segment', () => {
  const paragraphs = '“The first part of it runs on.\n\n“The second part of it runs on.\n\n“The last part,” Ms Alvarez said.\n\nThen she left.';

  it('cuts at each paragraph break, each segment from its opening mark to its paragraph end', () => {
    expect(speechOf(paragraphs).map((q) => q.text)).toEqual(['“The first part of it runs on.', '“The second part of it runs on.', '“The last part,”']);
  });

  it('gives the segments one group, the id of the first, and one speaker', () => {
    const quotes = speechOf(paragraphs);
    expect(quotes.map((q) => q.group)).toEqual(['q1', 'q1', 'q1']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Alvarez', 'Alvarez', 'Alvarez']);
    expect(quotes.map((q) => q.method)).toEqual(['running-quote', 'running-quote', 'quote-speaker-cue']);
  });

  it('cuts paragraphs joined onto one line at each opening mark after a sentence end', () => {
    const joined = 'Ruth Alvarez spoke first. “The first part of it runs on. “The second part of it runs on. “The last part,” she said. Then she left.';
    const quotes = speechOf(joined);
    expect(quotes.map((q) => q.text)).toEqual(['“The first part of it runs on.', '“The second part of it runs on.', '“The last part,”']);
    expect(new Set(quotes.map((q) => q.group)).size).toBe(1);
    expect(quotes.every((q) => q.speaker?.name === 'Ruth Alvarez')).toBe(true);
  });

  it('does the same with straight marks and British single marks', () => {
    expect(speechOf('"We lost the lot.\n\n"We start again," Mr Hale said.').map((q) => q.text)).toEqual(['"We lost the lot.', '"We start again,"']);
    expect(speechOf('‘We lost the lot. ‘We start again,’ Mr Hale said.').map((q) => q.text)).toEqual(['‘We lost the lot.', '‘We start again,’']);
  });

  it('lends the speaker named before the first segment to the last', () => {
    const text = 'Tomas Vidal, the harbour master, told reporters:\n\n“The cranes are old.\n\n“The dredging stopped in May.”\n\nThe port authority did not reply.';
    const quotes = speechOf(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tomas Vidal', 'Tomas Vidal']);
  });

  it('keeps a short segment of a running quote as speech', () => {
    const quotes = speechOf('“The river has risen two metres since Sunday and the levees will not hold.\n\n“Not again.”\n\nThe mayor, Ines Duarte, said so on Monday.');
    expect(quotes[1]).toMatchObject({ text: '“Not again.”', kind: 'direct', group: 'q1' });
  });

  it('leaves a quote in one piece without a group, and an opening mark mid-sentence inside a quote alone', () => {
    const quotes = speechOf('“It was, as I said, the “best” offer,” Ms Eze said.');
    expect(quotes.map((q) => q.group)).toEqual([undefined]);
    expect(quotes).toHaveLength(1);
  });

  it('writes group in the output only on segments', () => {
    const a = annotate('“One.\n\n“Two,” Mr Hale said.\n\n“Three,” he added.');
    expect(a.quotes.map((q) => q.group)).toEqual(['q1', 'q1', undefined]);
    expect(Object.keys(a.quotes[2]!)).not.toContain('group');
  });
});

describe('running quotes of the corpus, paragraphs joined onto one line', () => {
  // the corpus articles whose quotes run on over paragraphs; joined with spaces of the same length, so
  // every offset stays put and the segments must too
  const running = ['busan-director-park-seo-yeon-profile', 'jordan-aqaba-desalination-deal', 'leeds-hospital-waiting-lists', 'mekong-delta-salinity-study', 'victoria-bushfire-inquiry'];
  const segmentsOf = (text: string) => annotate(text).quotes.filter((q) => q.group).map((q) => `${q.start}-${q.end} ${q.group}`);
  it.each(running)('%s', (stem) => {
    const text = readFileSync(new URL(`../corpus/${stem}.txt`, import.meta.url), 'utf8');
    const joined = text.replace(/\n\s*\n/g, (gap) => ' '.repeat(gap.length));
    expect(segmentsOf(text).length).toBeGreaterThan(1);
    expect(segmentsOf(joined)).toEqual(segmentsOf(text));
  });
});

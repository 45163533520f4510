import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// Lines that are page furniture, not article text: their quotes are no one's speech. Invented text only.
const quotes = (text: string) => analyze(text).quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, kind: q.kind, method: q.method }));

const story = (furniture: string) =>
  `Nurses warn of winter crisis\n\nDr Amara Okafor, who leads the ward, said: ‘We are out of beds and out of time.’\n\n${furniture}\n\nThe trust said it was recruiting.`;

describe('page furniture is not speech', () => {
  it.each([
    ['a READ MORE link', 'READ MORE: ‘I waited nine hours in a corridor’, says pensioner', 'scare:page-label'],
    ['a Watch link in any case', 'Watch: ‘We cannot go on like this’', 'scare:page-label'],
    ['a photo caption with a credit', 'Dr Okafor on the ward: ‘We are out of beds’ (Photo: Jane Rowe)', 'scare:caption'],
    ['a caption label', 'Image caption: Nurses outside the hospital, ‘tired but not beaten’', 'scare:caption'],
    ['a line asking readers to follow the writer', '"Follow Jane Rowe on Twitter @janerowe."', 'scare:page-label'],
    ['a subhead repeating a quote', '‘Out of beds and out of time’', 'scare:subhead'],
  ])('%s', (_name, line, method) => {
    const q = quotes(story(line)).find((x) => line.includes(x.text));
    expect(q).toMatchObject({ kind: 'scare', method });
  });

  it('leaves the quote it repeats as speech', () => {
    const all = quotes(story('‘Out of beds and out of time’'));
    expect(all.find((q) => q.text.startsWith('‘We are out'))).toMatchObject({ kind: 'direct' });
  });

  it('a one-line quote that repeats nothing stays speech', () => {
    const q = quotes(story('‘Nobody is listening to us.’')).find((x) => x.text.startsWith('‘Nobody'));
    expect(q?.kind).toBe('direct');
  });

  it('a quote in the headline stays speech', () => {
    const text = '‘Out of beds and out of time’\n\nDr Amara Okafor said: ‘We are out of beds and out of time.’';
    expect(quotes(text)[0]?.kind).not.toBe('scare');
  });

  it('"more" inside a sentence is no label', () => {
    const q = quotes('She wanted more: “a school, a clinic and a road,” Ms Eze said.')[0];
    expect(q?.kind).not.toBe('scare');
  });
});

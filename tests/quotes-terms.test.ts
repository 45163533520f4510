import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// Terms, nicknames and words cited as words are not speech; short words a speaker is reported to have
// said are, whatever their length. Invented sentences only.
const kindsOf = (text: string) => analyze(text).quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, kind: q.kind, method: q.method, speaker: q.speaker?.name ?? null }));

describe('not speech: terms, nicknames, words cited as words', () => {
  it.each([
    ['a name nobody is said to coin', 'The salt flats, known as the "lithium triangle", hold half the reserves.', 'scare:term'],
    ['known to someone as', 'Vasconcelos, known to supporters as ‘the Ghost’, scored twice.', 'scare:term'],
    ['a term the writer defines', 'Investors need a "priority growth zone," which is defined as a town with high unemployment.', 'scare:term'],
    ['a quoted descriptor before a name', 'The paper sent its “national affairs writer” Jane Doe to the rally.', 'scare:named-thing'],
    ['referred to as', 'The plan, referred to as "Project Dawn" inside the ministry, was dropped.', 'scare:term'],
    ['a passive naming verb', 'The bypass has been dubbed "the road to nowhere" in the town.', 'scare:term'],
    ['a naming participle after a noun', 'The district dubbed the "copper belt" is booming again.', 'scare:term'],
    ['a nickname inside a name', 'Brazil’s Cris "Cyborg" Justino won the bout in Tokyo.', 'scare:nickname'],
    ['a nickname in curly marks', 'The striker João Pedro “Pezinho” Lima scored twice.', 'scare:nickname'],
  ])('%s', (_name, text, method) => {
    expect(kindsOf(text)[0]).toMatchObject({ kind: 'scare', method });
  });

  it('a list of quoted words introduced as words', () => {
    const quotes = kindsOf('The manager, Ruth Alvarez, loves words like “synergy”, “pivot” and “leverage”.');
    expect(quotes.map((q) => q.method)).toEqual(['scare:term', 'scare:term', 'scare:term']);
  });
});

describe('speech: short words a speaker is reported to have said', () => {
  it.each([
    ['branded it', 'Senator Ruth Alvarez branded it "fantasy economics" on Monday.', 'Ruth Alvarez'],
    ['said the plan was', 'The opposition leader, Tom Hale, said the plan was "dead on arrival".', 'Tom Hale'],
    ['called it', 'Ines Duarte called the budget "a con".', 'Ines Duarte'],
    ['a passive naming verb with its agent', 'The budget was branded "a con" by Ines Duarte.', null],
  ])('%s', (_name, text, speaker) => {
    const q = kindsOf(text)[0]!;
    expect(q.kind).not.toBe('scare');
    if (speaker) expect(q.speaker).toBe(speaker);
  });

  it('capitalised words someone is said to call a person are that speaker’s words, not a title', () => {
    expect(kindsOf('Ruth Alvarez called the council leader "Mister Nobody" on Monday.')[0]).toMatchObject({ kind: 'partial', speaker: 'Ruth Alvarez' });
    expect(kindsOf('She starred in a show called “The Long Night” last year.')[0]).toMatchObject({ kind: 'scare', method: 'scare:title' });
  });

  it('quoted words before a name that do not open a noun phrase stay speech', () => {
    expect(kindsOf('Ruth Alvarez said the invitation was only "to embarrass" Tom Hale.')[0]?.kind).toBe('partial');
  });

  it('a list of words a speaker used stays speech', () => {
    const quotes = kindsOf('Ruth Alvarez said the offer was "vague", "hollow" and "late".');
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([['partial', 'Ruth Alvarez'], ['partial', 'Ruth Alvarez'], ['partial', 'Ruth Alvarez']]);
  });

  it('a word quoted right after another quote is still inside the sentence', () => {
    const quotes = kindsOf('Ruth Alvarez called the plan a "cruel joke," an "insult," "unworkable" and "late."');
    expect(quotes.map((q) => [q.text, q.kind, q.speaker])).toContainEqual(['"unworkable"', 'partial', 'Ruth Alvarez']);
  });

  it('a quoted word in a title-case headline is no nickname', () => {
    const q = kindsOf('Mayor Calls Ruth Alvarez ‘A Disgrace’ Over Budget\n\nThe row grew on Monday.')[0];
    expect(q?.method).not.toBe('scare:nickname');
  });
});

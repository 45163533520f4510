// Reported speech after speech verbs that the first rules left silent or cut wrong: participles after a
// quotation's cue and an appositive, participles the tagger took for adjectives or nouns, a participle that
// opens the sentence, subjects that end a restrictive relative clause, a cue interrupting its content with
// a hearer and a setting, and contents that open with a quantity or a time word's possessive. Invented
// sentences, each with what must not be reported beside it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const reported = (text: string) => analyze(text).quotes.filter((q) => q.kind === 'indirect');

describe('reported speech after known speech verbs: found', () => {
  it.each([
    ['a participle after a quotation, its cue and an appositive', '“The library stays open,” said Ines Campbell, head of the city council, noting that the budget had grown.', ['that the budget had grown'], 'Ines Campbell', 'noting'],
    ['a participle after a quotation and its inverted cue', '“The pumps are old,” said Tomasz Wrona, adding that two of them had failed.', ['that two of them had failed'], 'Tomasz Wrona', 'adding'],
    ['a participle the tagger takes for an adjective', 'Ines Campbell revised her plan, promising to reopen the depot by May.', ['to reopen the depot by May'], 'Ines Campbell', 'promising'],
    ['a participle the tagger takes for a noun', 'The engineer spoke to the council, warning that the dam would not hold.', ['that the dam would not hold'], 'The engineer', 'warning'],
    ['a participle after a comma reports its object, its speaker is the clause\'s subject', 'The court blocked the sale of the depot, citing a risk to public health.', ['a risk to public health'], 'The court', 'citing'],
    ['a participle opening the sentence ends at its comma', 'Claiming the inquiry was rigged, Tomasz Wrona told reporters that he would appeal.', ['the inquiry was rigged', 'that he would appeal'], 'Tomasz Wrona', null],
    ['a restrictive relative clause before the cue: its antecedent speaks', 'Residents who have lived near the depot for years say the noise is unbearable.', ['the noise is unbearable'], 'Residents', 'say'],
    ['the relative clause ends on an object pronoun', 'Unions that have backed him say the mayor should resign.', ['the mayor should resign'], 'Unions', 'say'],
    ['a cue interrupting its content with a hearer and a setting', 'The real problem, she told me on Friday, is the cost of the pumps.', ['The real problem', 'is the cost of the pumps'], 'she', 'told'],
    ['"said much of …" reports', 'Ines Campbell said much of the budget was spent on the bridge.', ['much of the budget was spent on the bridge'], 'Ines Campbell', 'said'],
    ['"said about half of …" reports', 'The budget office said about half of the shortfall came from lower taxes.', ['about half of the shortfall came from lower taxes'], 'The budget office', 'said'],
    ['a time word with a possessive opens the content', 'Ines Campbell said Monday\'s vote would decide the matter.', ['Monday\'s vote would decide the matter'], 'Ines Campbell', 'said'],
    ['a hyphenated participle in the subject', 'The self-described socialist said she would cut the fares.', ['she would cut the fares'], 'The self-described socialist', 'said'],
    ['a party label with two full stops does not end the sentence', 'The depot will close in May, Sen. Ann Lee (R-S.C.) told the council on Thursday.', ['The depot will close in May'], 'Ann Lee', 'told'],
    ['"…, The Daily Ledger reports." whose verb the tagger takes for a noun', 'Three ferries were withdrawn last year, The Daily Ledger reports.', ['Three ferries were withdrawn last year'], 'The Daily Ledger', 'reports'],
  ])('%s', (_name, text, spans, speaker, cue) => {
    const found = reported(text);
    expect(found.map((q) => q.text)).toEqual(spans);
    for (const q of found) {
      expect(q.speaker?.mention.text).toBe(speaker);
      if (cue) expect(q.cue?.text).toBe(cue);
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});

describe('reported speech after known speech verbs: not found, or not taken for another speaker', () => {
  it('a relative pronoun that is the cue\'s own subject keeps the cue\'s speaker', () => {
    const found = reported('Ines Campbell, who has repeatedly pledged to reopen the depot, spoke on Monday.');
    expect(found.map((q) => q.speaker?.name)).toEqual(['Ines Campbell']);
  });

  it('a speech verb that opens the text has no relative clause before it (found by the property test: "said a said")', () => {
    expect(() => analyze('said a said')).not.toThrow();
    expect(() => analyze('Said the mayor said.')).not.toThrow();
  });

  it('a clause compared with "than" is not a relative clause of the subject', () => {
    const found = reported('The mayor has got less credit than aides say he deserves.');
    expect(found.every((q) => q.speaker?.mention.text !== 'The mayor')).toBe(true);
  });

  it('"that" after a verb opens a clause, not a relative one', () => {
    const found = reported('Ines Campbell argued that critics who opposed the plan were wrong.');
    expect(found.map((q) => [q.text, q.speaker?.mention.text])).toEqual([['that critics who opposed the plan were wrong', 'Ines Campbell']]);
  });

  it('a participle after a comma with no quotation before its cue keeps the old reach', () => {
    const found = reported('Ines Campbell told the audience that she believes we must keep pushing policies that help the poor, saying that the gap is wide.');
    expect(found.find((q) => q.cue?.text === 'saying')?.speaker?.mention.text).toBe('Ines Campbell');
  });

  it('"said nothing" and "said little" still report nothing', () => {
    expect(reported('Ines Campbell said nothing about the depot.')).toEqual([]);
    expect(reported('Tomasz Wrona said little at the meeting.')).toEqual([]);
  });

  it('an adjective in -ing after a comma is no cue', () => {
    expect(reported('The depot was closed, pending a review of the pumps.')).toEqual([]);
  });

  it('a plural noun closing a sentence after a comma is no cue without a speech verb', () => {
    expect(reported('The council met on Monday, the minutes show nothing new, and the depot stays shut.').map((q) => q.cue?.text)).not.toContain('minutes');
  });

  it('a full stop that ends a sentence before a parenthesis elsewhere still ends it', () => {
    const doc = analyze('The depot closed. (It reopened in May.) Ines Campbell said the pumps were fixed.');
    expect(doc.sentences.length).toBe(3);
  });

  it('a name that only modifies the speaker phrase\'s head is not the speaker', () => {
    const found = reported('Ines Campbell spoke on Monday. Campbell supporters said the rally was a success.');
    expect(found.map((q) => [q.text, q.speaker?.name, q.speaker?.entity])).toEqual([['the rally was a success', 'Campbell supporters', undefined]]);
  });

  it('a name that heads the phrase is still linked, its descriptor the role', () => {
    const found = reported('Ines Campbell spoke on Monday. Local shopkeeper Ines Campbell said the rally was a success.');
    expect(found.map((q) => q.speaker?.name)).toEqual(['Ines Campbell']);
  });
});

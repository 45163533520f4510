import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, readText } from '../src/index.js';

/** The first speech quote's speaker mention, resolved name, cue and method. */
function attribution(text: string, which = 0) {
  const q = analyze(text).quotes.filter((x) => x.kind !== 'scare')[which];
  return { mention: q?.speaker?.mention.text ?? null, name: q?.speaker?.name ?? null, cue: q?.cue?.text ?? null, method: q?.method };
}

describe('attribution stage: where the cue stands', () => {
  it.each([
    ['"…," X said', '“We will appeal,” Adaeze Okonkwo said.', 'Adaeze Okonkwo', 'said'],
    ['"…," said X', '“We will appeal,” said Adaeze Okonkwo.', 'Adaeze Okonkwo', 'said'],
    ['"…," said X, an appositive', '“We will appeal,” said Folasade Ibekwe, a spokeswoman for the terminal operators.', 'Folasade Ibekwe', 'said'],
    ['X said: "…"', 'Transport Minister Adaeze Okonkwo said: “The ports are the lungs of the economy.”', 'Adaeze Okonkwo', 'said'],
    ['X said "…"', 'Deputy Mayor Katarzyna Zielinska-Wrobel said "the residents deserve better."', 'Katarzyna Zielinska-Wrobel', 'said'],
    ['according to X', 'According to Giorgi Kapanadze, “diversification is a word for big wineries.”', 'Giorgi Kapanadze', 'According to'],
    ['X, appositive, said', '“The money is gone,” Lee Ji-hoon, a spokesman for Daehan, said on Monday.', 'Lee Ji-hoon', 'said'],
    ['a time phrase between subject and verb', 'Marta Nowicka on Friday said the deal was “a gamble that paid off.”', 'Marta Nowicka', 'said'],
    ['an organisation speaker', '“Talks will resume,” the ministry said in a statement.', 'the ministry', 'said'],
    ['a noun phrase with a preposition', '“Talks will resume,” a spokesperson for the council said.', 'a spokesperson for the council', 'said'],
    ['police as speaker', '“Two people were arrested,” police said.', 'police', 'said'],
    ['a partial quote takes the cue before it', 'Nour told delegates the pledges were “a floor, not a ceiling” for next year.', 'Nour', 'told'],
    ['a quote signed on its own line', 'Readers wrote in.\n\n“He has no plan for us.” ― Mara Quintana\n“Nothing changed for me.” — Luis Ortega.', 'Mara Quintana', '―'],
    ['a signed quote with an appositive', '“Nothing changed for me.” — Luis Ortega, a retired teacher in Tucson', 'Luis Ortega', '—'],
    ['a headline names the speaker of its partial quote before a colon', 'Okafor: Ministry must ‘stop hiding the numbers’\n\nAmara Okafor, a nurse, spoke on Monday.', 'Okafor', ':'],
    ['as X put it', 'The budget was, as Ruth Alvarez put it, “a wish list with a price tag.”', 'Ruth Alvarez', 'put'],
    ['Said X: “…” opening a sentence', 'The minister left early. Said Ruth Alvarez: “We will not be moved.”', 'Ruth Alvarez', 'Said'],
    ['a participle after the quote points back to the cue before it', 'In a statement, Ruth Alvarez said: “The plant was profitable for a decade,” adding that its profits doubled last year.', 'Ruth Alvarez', 'said'],
    ['quoted words ending in a comma, then a long appositive and the cue', 'The new rules “will not end the queues, but they help,” Amara Okafor, the deputy minister for ports and inland waterways, said.', 'Amara Okafor', 'said'],
    ['a clause between the quote and a late cue', '“This ruling will matter for decades,” since so many of the big cases were decided by 5-to-4 votes in the past, said Lee Okonjo, a law professor.', 'Lee Okonjo', 'said'],
    ['a speech verb the tagger takes for a noun', 'The report notes that “most families had no warning.”', 'The report', 'notes'],
    ['a headline names its speaker after a title', 'Dr. Ruth Alvarez: the port deal is ‘a slow-motion disaster’\n\nThe row grew on Monday.', 'Ruth Alvarez', ':'],
    ['a participle hangs from its clause', 'Mr. Ackman wrote to investors, telling them the shares were “worth far more than today’s price.”', 'Mr. Ackman'.slice(4), 'telling'],
  ])('%s', (_name, text, mention, cue) => {
    const a = attribution(text);
    expect(a.mention).toBe(mention);
    expect(a.cue).toBe(cue);
  });
});

describe('attribution stage: signed quotes', () => {
  it('each quote takes the name signed after it, not the one signed before it', () => {
    const text = 'Readers wrote in.\n\n“He has no plan for us.” ― Mara Quintana\n“Nothing changed for me, and nothing will.” ― Luis Ortega.\n\nPhoto: Staff.';
    expect([attribution(text, 0).name, attribution(text, 1).name]).toEqual(['Mara Quintana', 'Luis Ortega']);
  });
  it('a dash after a quote that runs on into a sentence is no signature', () => {
    const a = attribution('Officials called it “a clear breach” — Governor Ruth Alvarez said so on Monday.');
    expect(a.method).not.toBe('dash-byline');
  });
});

describe('attribution stage: pronouns and running speakers', () => {
  it('resolves "she" to the last woman named, not the last person', () => {
    const text = 'Ngozi Eze runs a stall near the port. Her supplier, Tunde Bakare, drove up from Ibadan.\n\n“My goods are sitting in the sun,” she said.';
    expect(attribution(text)).toMatchObject({ mention: 'she', name: 'Ngozi Eze' });
  });

  it('passes over a woman named in the possessive in the pronoun\'s own sentence', () => {
    const text = 'Senator Ruth Alvarez says she admired Maria Okafor’s courage through what she calls “a long and lonely fight.”';
    expect(attribution(text)).toMatchObject({ mention: 'she', name: 'Ruth Alvarez' });
  });

  it('resolves "he" to the last man named', () => {
    const text = 'Tunde Bakare drove up from Ibadan with Ngozi Eze.\n\n“It took us two years,” he said.';
    expect(attribution(text)).toMatchObject({ mention: 'he', name: 'Tunde Bakare' });
  });

  it('carries the speaker to a second quote in the same paragraph', () => {
    const text = '“We waited nine months,” said Chukwuemeka Adebayo. “Patience does not pay school fees.”';
    expect(attribution(text, 1)).toMatchObject({ name: 'Chukwuemeka Adebayo', method: 'same-paragraph' });
  });

  it('carries the speaker to a quote paragraph with no cue', () => {
    const text = '“We waited nine months for this,” said Chukwuemeka Adebayo.\n\n“Patience does not pay school fees, and it never will.”';
    expect(attribution(text, 1)).toMatchObject({ name: 'Chukwuemeka Adebayo', method: 'continuation' });
  });

  it('takes the speaker of a paragraph that introduces the quote with a colon', () => {
    const text = 'Senator Ruth Calloway continued:\n\n“We cannot fund a bridge that nobody will cross.”';
    expect(attribution(text)).toMatchObject({ mention: 'Ruth Calloway', method: 'colon-introduction' });
  });

  it('leaves a quote nobody is said to speak unattributed, with a message', () => {
    const doc = analyze('The crowd chanted all night.\n\n“Build the bridge now and pay for it later, whatever it costs.”');
    expect(doc.quotes[0]?.speaker).toBeNull();
    expect(doc.messages.map((m) => m.rule)).toContain('no-speaker');
  });

  it('does not take a name inside another quote as the antecedent', () => {
    const text = 'Ana Lima spoke first.\n\n“I told Pedro to wait,” she said.';
    expect(attribution(text)).toMatchObject({ mention: 'she', name: 'Ana Lima' });
  });
});

describe('the seed article', () => {
  const bytes = readFileSync(new URL('../corpus/china-central-asia-summit.txt', import.meta.url));
  const read = readText(bytes);
  if (!read.ok) throw new Error(read.reason);
  const doc = analyze(read.text);
  const quote = (words: string) => doc.quotes.find((q) => q.text.includes(words));

  it.each([['The world needs a Central Asia'], ['China is ready to help Central Asian countries']])('“%s…” is a direct quote by Xi Jinping, cue "said"', (words) => {
    const q = quote(words);
    expect(q?.kind).toBe('direct');
    expect(q?.speaker?.name).toBe('Xi Jinping');
    expect(q?.speaker?.entity).toBe(doc.people.find((p) => p.name === 'Xi Jinping')?.id);
    expect(q?.cue?.text).toBe('said');
  });

  it('attributes “clear and strong support” to Xi Jinping', () => {
    expect(quote('clear and strong support')?.speaker?.name).toBe('Xi Jinping');
  });

  it('does not attribute “negative” to Xi Jinping', () => {
    expect(quote('negative')?.speaker?.name).not.toBe('Xi Jinping');
  });
});

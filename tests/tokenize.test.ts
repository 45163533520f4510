import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../src/document.js';
import { splitParagraphs, tokenize } from '../src/stages/tokenize.js';

const tokenized = (text: string) => {
  const doc = emptyDocument(text);
  tokenize(doc);
  return doc;
};
const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('tokenize stage', () => {
  it.each([
    ['one paragraph', 'One. Two.', ['One. Two.']],
    ['blank lines separate paragraphs', 'One.\n\nTwo.\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['a single line break does not', 'One\ntwo.', ['One\ntwo.']],
    ['white space on the blank line', 'One.\n  \t\nTwo.', ['One.', 'Two.']],
    ['CRLF blank lines', 'One.\r\n\r\nTwo.\r\n', ['One.', 'Two.']],
    ['leading and trailing space is trimmed', '\n\n  One.  \n\n', ['One.']],
    ['nothing but space', ' \n\n \n', []],
  ])('paragraphs: %s', (_name, text, expected) => {
    expect(slices(text, splitParagraphs(text))).toEqual(expected);
  });

  it.each([
    ['two sentences', 'Xi spoke. Putin did not.', ['Xi spoke.', 'Putin did not.']],
    ['a sentence never crosses a paragraph', 'He said\n\nno more.', ['He said', 'no more.']],
    ['an abbreviation in parentheses does not end one', 'Rep. Ann Lee (D-Mass.) said it would pass. Lee left.', ['Rep. Ann Lee (D-Mass.) said it would pass.', 'Lee left.']],
    ['nor before a comma after it', 'Rep. Ann Lee (D-Mass.), the chair, said it would pass. Lee left.', ['Rep. Ann Lee (D-Mass.), the chair, said it would pass.', 'Lee left.']],
    ['a capital after the parenthesis starts one', 'He moved to Boston (Mass.). Then he left.', ['He moved to Boston (Mass.).', 'Then he left.']],
  ])('sentences: %s', (_name, text, expected) => {
    const doc = tokenized(text);
    expect(slices(text, doc.sentences)).toEqual(expected);
  });

  it.each([
    ['curly apostrophes and quotes', 'Xi’s plan, “external interference”.'],
    ['contractions', "I can't and won't."],
    ['emoji and accents', 'São Paulo 🎉 won — again!'],
    ['tabs and CRLF', 'A\tB\r\n\r\nC'],
  ])('every token slices the source: %s', (_name, text) => {
    const doc = tokenized(text);
    expect(doc.tokens.length).toBeGreaterThan(0);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const t of doc.tokens) expect(doc.sentences[t.sentence]!.paragraph).toBe(t.paragraph);
  });

  it.each([['Gdańsk'], ['Łódź'], ['São'], ['Nguyễn'], ['Dvořák'], ['Zürich']])('keeps %s one token', (word) => {
    const doc = tokenized(`She flew to ${word} on Monday.`);
    expect(doc.tokens.map((t) => t.text)).toContain(word);
  });

  it('folds case and curly apostrophes in norm', () => {
    const doc = tokenized('Xi’s');
    expect(doc.tokens.map((t) => t.norm)).toEqual(['xi', "'s"]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// quoted spans only: reported speech (kind indirect) has a test file of its own
const quotesOf = (text: string) => analyze(text).quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ text: q.text, kind: q.kind }));
const messagesOf = (text: string) => analyze(text).messages.map((m) => m.rule);

describe('quotes stage: spans', () => {
  it.each([
    ['curly double marks', '“We will rebuild,” the mayor said.', ['“We will rebuild,”']],
    ['straight double marks', '"We will rebuild," the mayor said.', ['"We will rebuild,"']],
    ['guillemets', '«Nous restons», a dit la ministre.', ['«Nous restons»']],
    ['low-high German marks', 'Sie sagte: „Wir bleiben.“ Dann ging sie.', ['„Wir bleiben.“']],
    ['doubled apostrophes as marks', "''It's nonsense,'' Mr. Ferro said.", ["''It's nonsense,''"]],
    ['nested single quotes stay inside', '“He told me, ‘never again,’ and meant it,” she said.', ['“He told me, ‘never again,’ and meant it,”']],
    ['apostrophes are not quotes', 'Don’t touch O’Brien’s rock ’n’ roll records from the ’90s, she said.', []],
    ['British single marks as the outer quote', '‘We are out of beds,’ Dr Okafor said.', ['‘We are out of beds,’']],
    ['a plural possessive inside single marks', '‘The players’ union will decide,’ Mr Hart said.', ['‘The players’ union will decide,’']],
    ['two quotes in one sentence', '“Yes,” he said, “and no.”', ['“Yes,”', '“and no.”']],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text).map((q) => q.text)).toEqual(expected);
  });

  it('ends an unbalanced quote at its paragraph and says so', () => {
    const text = 'She said "we will not move and left.\n\nThe council met later.';
    const quotes = analyze(text).quotes;
    expect(quotes.map((q) => q.text)).toEqual(['"we will not move and left.']);
    expect(messagesOf(text)).toContain('unbalanced-quote');
  });

  it('records a closing mark with no opening one', () => {
    expect(messagesOf('The vote ended.” Nobody spoke.')).toContain('stray-closing-quote');
  });

  it('never throws on thousands of marks', () => {
    const text = '“'.repeat(3000) + ' x ' + '”"'.repeat(2000) + "'".repeat(1000);
    expect(() => analyze(text)).not.toThrow();
  });
});

describe('quotes stage: kinds', () => {
  it.each([
    ['a statement on its own is direct', '“The port will reopen on Monday,” Ms Eze said.', 'direct'],
    ['a statement after a colon is direct', 'The minister said: “The port will reopen.”', 'direct'],
    ['words inside the writer’s sentence are partial', 'The minister called the deal “a betrayal of farmers” on Friday.', 'partial'],
    ['so-called marks a scare quote', 'The so-called “experts” disagreed.', 'scare'],
    ['a title of a work is not speech', 'Her last film, “Night Harbour Blues”, ran for three hours.', 'scare'],
    ['the film before a title', 'She directed the film “Tides” in 2019.', 'scare'],
    ['a paper published under a title', 'It appears in a journal under the title “Rising seas and sinking towns”.', 'scare'],
  ])('%s', (_name, text, kind) => {
    expect(quotesOf(text)[0]?.kind).toBe(kind);
  });
  it('a statement opening a line after a signature is direct', () => {
    expect(quotesOf('“We waited.” ― Ana Ruiz\n“The buses never came, not once.” ― Tomas Vidal')[1]?.kind).toBe('direct');
  });
});

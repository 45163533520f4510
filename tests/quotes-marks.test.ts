import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

// Pairing marks: inner quotes do not end the outer one, doubled apostrophes close, a missing space before
// an opening mark still opens. Invented sentences only.
const quotesOf = (text: string) => analyze(text).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);

describe('inner quotes leave the outer quote open', () => {
  it.each([
    ['straight marks inside guillemets', '«Il m’a dit "jamais" et il est parti», a déclaré Marie Lenoir.', ['«Il m’a dit "jamais" et il est parti»']],
    ['curly marks inside guillemets', '«Le mot “crise” est trop faible», a ajouté Paul Amrani.', ['«Le mot “crise” est trop faible»']],
    ['single marks inside double ones', '“He told me ‘never again’ and meant it,” she said.', ['“He told me ‘never again’ and meant it,”']],
    ['an inner quote closed by doubled apostrophes', '“He told me ‘never again’’ and then he left the room,” Ms Eze said.', ['“He told me ‘never again’’ and then he left the room,”']],
    ['double marks inside British single ones', '‘He called me “Mrs C” and drank my tea,’ she said.', ['‘He called me “Mrs C” and drank my tea,’']],
    ['an apostrophe inside the inner quote of a British one', '‘The note said “don’t wait” and nothing else,’ Mr Hale said.', ['‘The note said “don’t wait” and nothing else,’']],
    ['a single mark that cannot close leaves the double quote alone', 'The ’90s band called it “a farewell” on Monday.', ['“a farewell”']],
    ['straight inner marks closed by two apostrophes', '"He told me \'never again\'\' and then he left the room," Ms Eze said.', ['"He told me \'never again\'\' and then he left the room,"']],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('doubled closing apostrophes close a double quote', () => {
  it.each([
    ['curly', '“The road is closed until Friday,’’ the police chief said. “Drivers should wait.”', ['“The road is closed until Friday,’’', '“Drivers should wait.”']],
    ['straight', "''The road is closed until Friday,'' the police chief said.", ["''The road is closed until Friday,''"]],
    ['after a straight opening mark', '"The road is closed until Friday,\'\' the police chief said.', ['"The road is closed until Friday,\'\'']],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('an opening mark with no space before it still opens', () => {
  it.each([
    ['straight mark after a full stop', 'She rolled up the carpet."It\'s ruined, all of it," Ana Ruiz said.', ['"It\'s ruined, all of it,"']],
    ['single mark after a full stop', 'She rolled up the carpet.‘It’s ruined, all of it,’ Ana Ruiz said.', ['‘It’s ruined, all of it,’']],
    ['after a question mark', 'Who pays?"Not us," the mayor said.', ['"Not us,"']],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it('a closing mark after a full stop still closes', () => {
    expect(quotesOf('"We are done." The talks ended.')).toEqual(['"We are done."']);
  });

  it('an apostrophe after a full stop before a lower-case letter opens nothing', () => {
    expect(quotesOf("The U.S.'s share fell, the report said.")).toEqual([]);
  });
});

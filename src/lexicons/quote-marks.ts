// Quotation marks, the one table of them. `double` marks open and close speech; `single` marks are
// nested quotes inside double ones, or the outer marks in British style. A mark that can both open and
// close (the straight ones) is decided by its neighbours. `’` doubles as the apostrophe. Every rule that
// looks for quotation marks takes them from here (the sets, the pairs, the character classes below); to
// add a quotation style, add its marks to QUOTE_MARKS.

export type QuoteLevel = 'double' | 'single';

interface QuoteMark {
  level: QuoteLevel;
  opens: boolean;
  closes: boolean;
  /** The mark that closes a quote this one opens; for German „…“ a mark that opens elsewhere. */
  closing?: string;
  /** Closed only by its own closing mark: other marks of its level inside are inner quotes (« … "…" … »). */
  strict?: boolean;
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMark> = new Map([
  ['"', { level: 'double', opens: true, closes: true, closing: '"' }],
  ['“', { level: 'double', opens: true, closes: false, closing: '”' }],
  ['”', { level: 'double', opens: false, closes: true }],
  ['„', { level: 'double', opens: true, closes: false, closing: '“' }],
  ['«', { level: 'double', opens: true, closes: false, closing: '»', strict: true }],
  ['»', { level: 'double', opens: false, closes: true, strict: true }],
  ["'", { level: 'single', opens: true, closes: true, closing: "'" }],
  ['‘', { level: 'single', opens: true, closes: false, closing: '’' }],
  ['’', { level: 'single', opens: false, closes: true }],
  ['‹', { level: 'single', opens: true, closes: false, closing: '›', strict: true }],
  ['›', { level: 'single', opens: false, closes: true, strict: true }],
]);

export const isQuoteMark = (c: string | undefined): boolean => c !== undefined && QUOTE_MARKS.has(c);

/** Every mark that can open a quote, and every mark that can close one. */
export const OPENING_MARKS: ReadonlySet<string> = new Set([...QUOTE_MARKS].filter(([, m]) => m.opens).map(([c]) => c));
export const CLOSING_MARKS: ReadonlySet<string> = new Set([...QUOTE_MARKS].filter(([, m]) => m.closes).map(([c]) => c));

/** The closing mark of each opening one: João “Pezinho” Lima, „Ted“ Smith. */
export const CLOSING_OF: ReadonlyMap<string, string> = new Map([...QUOTE_MARKS].flatMap(([c, m]) => (m.closing ? [[c, m.closing]] : [])));

/** The closing marks as the body of a regular expression's character class: `[${CLOSING_CLASS}]*$`. */
export const CLOSING_CLASS = [...CLOSING_MARKS].join('').replace(/[\]\\^-]/g, '\\$&');

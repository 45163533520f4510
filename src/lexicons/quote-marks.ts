// Quotation marks, the one table of them. `double` marks open and close speech; `single` marks are
// nested quotes inside double ones, or the outer marks in British style. A mark that can both open and
// close (the straight ones) is decided by its neighbours. `’` doubles as the apostrophe.

export type QuoteLevel = 'double' | 'single';

export interface QuoteMark {
  level: QuoteLevel;
  opens: boolean;
  closes: boolean;
  /** A mark that closes a quote this one opened although it opens elsewhere: German „…“. */
  closedBy?: string;
}

export const QUOTE_MARKS: ReadonlyMap<string, QuoteMark> = new Map([
  ['"', { level: 'double', opens: true, closes: true }],
  ['“', { level: 'double', opens: true, closes: false }],
  ['”', { level: 'double', opens: false, closes: true }],
  ['„', { level: 'double', opens: true, closes: false, closedBy: '“' }],
  ['«', { level: 'double', opens: true, closes: false }],
  ['»', { level: 'double', opens: false, closes: true }],
  ["'", { level: 'single', opens: true, closes: true }],
  ['‘', { level: 'single', opens: true, closes: false }],
  ['’', { level: 'single', opens: false, closes: true }],
  ['‹', { level: 'single', opens: true, closes: false }],
  ['›', { level: 'single', opens: false, closes: true }],
]);

export const isQuoteMark = (c: string | undefined): boolean => c !== undefined && QUOTE_MARKS.has(c);

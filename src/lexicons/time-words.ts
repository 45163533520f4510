// Words of time that sit between a subject and its verb ("Sanders on Saturday criticized", "Feinstein
// last week said") and are never speakers themselves.
export const TIME_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
   morning afternoon evening night weekend week month year day hour hours days weeks months years
   january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec decade quarter season spring summer autumn fall winter`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that open or qualify a time phrase: "last week", "on Friday", "earlier this month". */
export const TIME_MODIFIERS: ReadonlySet<string> = new Set('last this next on earlier later early late in during that past the a one two few several'.split(' '));

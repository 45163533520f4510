// Words right before a quotation that say it names a thing rather than reports speech: scare quotes
// ("so-called"), nicknames, titles of works ("the film"). "The term", "the phrase", "the slogan" are left
// out on purpose: the wording they quote is usually someone's, and news annotation counts it as speech
// (on PolNeAR train, 28 of the 32 such quotes were annotated as speech).
export const NON_SPEECH_CUES: ReadonlySet<string> = new Set(
  `so-called nicknamed title titled entitled hashtag
   film movie book novel song album single series show documentary play opera musical poem essay
   podcast programme program column headline banner operation code-named codenamed brand`
    .split(/\s+/)
    .filter(Boolean),
);

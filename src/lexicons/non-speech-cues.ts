// Words right before a quotation that say it names a thing rather than reports speech: scare quotes
// ("so-called"), titles of works ("the film"), terms ("the word", "the slogan").
export const NON_SPEECH_CUES: ReadonlySet<string> = new Set(
  `so-called dubbed nicknamed titled entitled named term word words phrase slogan motto hashtag label
   film movie book novel song album single series show documentary play opera musical poem essay report
   podcast programme program column headline banner campaign operation code-named codenamed brand`
    .split(/\s+/)
    .filter(Boolean),
);

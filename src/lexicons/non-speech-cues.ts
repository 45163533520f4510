// Words right before a quotation that say it names a thing rather than reports speech: scare quotes
// ("so-called"), nicknames, titles of works ("the film"). "The term", "the phrase", "the slogan" are left
// out on purpose: the wording they quote is usually someone's, and news annotation counts it as speech
// (on PolNeAR train, 28 of the 32 such quotes were annotated as speech).
export const NON_SPEECH_CUES: ReadonlySet<string> = new Set(
  `so-called nicknamed title titled entitled hashtag
   film movie book novel song album single series show documentary play opera musical poem essay
   podcast programme program column headline heading banner operation code-named codenamed brand`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs that give a thing its name. With nobody doing the naming (passive, "known as", a participle after a
 * noun: "a region dubbed the …") the quoted words are a term; with a subject ("she branded it …") they
 * are that speaker's words, which attribution finds.
 */
export const NAMING_VERBS: readonly string[] = 'called dubbed nicknamed termed labelled labeled branded named christened described'.split(' ');
/** Of those, the ones that after a noun name it rather than report speech: "the area dubbed the “…”". */
export const NAMING_PARTICIPLES: readonly string[] = 'dubbed nicknamed termed christened'.split(' ');

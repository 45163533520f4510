// Abbreviations whose full stop does not end a sentence ("Rep.", "Pa.", "Gov."): compromise's own list.
import nlp from 'compromise';

const model = nlp.model() as unknown as { one: { abbreviations: Record<string, unknown> } };

export const ABBREVIATIONS: ReadonlySet<string> = new Set(Object.keys(model.one.abbreviations));

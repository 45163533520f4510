// Writes src/lexicons/compromise-lexicon.json: the part of compromise's lexicon that onrecord reads (word ->
// name classes, organisation and place words, abbreviations), so that the pipeline looks words up in a
// compact table instead of loading all of compromise (about 45 MB per worker thread).
//   npx tsx scripts/build-compromise-lexicon.ts
import fs from 'node:fs';
import nlp from 'compromise';
import { NAME_CLASSES } from '../src/lexicons/name-classes.js';

type LexiconValue = string | string[];
const model = nlp.model() as unknown as {
  one: { lexicon: Record<string, LexiconValue>; abbreviations: Record<string, unknown> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
};

// entries grouped by their name classes in lexicon order ("MaleName|LastName"); "" for any other entry
const byClasses: Record<string, string[]> = {};
for (const [key, value] of Object.entries(model.one.lexicon)) {
  const classes = (Array.isArray(value) ? value : [value]).filter((t) => NAME_CLASSES.has(t)).join('|');
  (byClasses[classes] ??= []).push(key);
}
const data = {
  source: `compromise ${nlp.version}`,
  classes: Object.fromEntries(Object.entries(byClasses).map(([k, keys]) => [k, keys.join('\n')])),
  orgWords: Object.keys(model.two.orgWords).join('\n'),
  placeWords: Object.keys(model.two.placeWords).join('\n'),
  abbreviations: Object.keys(model.one.abbreviations).join('\n'),
};
fs.writeFileSync(new URL('../src/lexicons/compromise-lexicon.json', import.meta.url), JSON.stringify(data) + '\n');
console.log(`compromise-lexicon.json: ${Object.keys(model.one.lexicon).length} entries`);

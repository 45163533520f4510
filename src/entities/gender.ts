// A person's gender, only when an honorific or a given name tells it; honorifics win.
// The given name is looked up only where a Western-order name puts it, first of two or more words, and
// never for a surname-first East Asian name ("Xi Jinping", "Park Seo-yeon"), whose first word is a surname.
import type { Gender } from '../document.js';
import { GENDERED_HONORIFICS } from '../lexicons/gendered-honorifics.js';
import { isSurnameFirstName, nameWords } from './names.js';
import { firstNameGender } from '../lexicons/first-names.js';

export function inferGender(name: string, titles: readonly string[]): Gender | undefined {
  const votes = new Set<Gender>();
  for (const title of titles) {
    for (const w of nameWords(title)) {
      const g = GENDERED_HONORIFICS.get(w);
      if (g) votes.add(g);
    }
  }
  if (votes.size === 0) {
    const g = givenNameGender(name);
    if (g) votes.add(g);
  }
  return votes.size === 1 ? [...votes][0] : undefined;
}

/** Gender of the given name of a full name, where a list knows it. */
function givenNameGender(name: string): Gender | undefined {
  const words = nameWords(name);
  if (words.length < 2 || isSurnameFirstName(name)) return undefined;
  return firstNameGender(words[0]!);
}

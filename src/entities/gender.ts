// A person's gender, only when an honorific or a well-known first name tells it.
import type { Gender } from '../document.js';
import { GENDERED_HONORIFICS } from '../lexicons/gendered-honorifics.js';
import { isFemaleName, isMaleName } from './gazetteer.js';
import { nameWords } from './names.js';

export function inferGender(name: string, titles: readonly string[]): Gender | undefined {
  const votes = new Set<Gender>();
  for (const title of titles) {
    for (const w of nameWords(title)) {
      const g = GENDERED_HONORIFICS.get(w);
      if (g) votes.add(g);
    }
  }
  if (votes.size === 0) {
    const words = nameWords(name);
    const firstName = words.length >= 2 ? words[0]! : '';
    if (isMaleName(firstName)) votes.add('male');
    if (isFemaleName(firstName)) votes.add('female');
  }
  return votes.size === 1 ? [...votes][0] : undefined;
}

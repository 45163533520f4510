// Grouping mentions into entities. People: a mention joins the most recent person whose name words
// contain its own, or whose words its own contain ("Xi" -> "Xi Jinping", "Mr. Trump" -> "Donald Trump");
// the entity takes the fullest name seen. Places: mentions with the same normalised text.
import { byStart, textSpan, type Person, type PersonMention, type Place, type TextSpan } from '../document.js';
import { compatibleNames, isShouted, nameWords } from './names.js';
import { inferGender } from './gender.js';
import type { Mention } from './mentions.js';

interface PersonDraft {
  words: string[];
  name: string;
  mentions: PersonMention[];
  lastSeen: number;
}

const better = (candidate: string, current: string): boolean => {
  const a = nameWords(candidate).length;
  const b = nameWords(current).length;
  return a > b || (a === b && isShouted(current) && !isShouted(candidate));
};

export function groupPeople(text: string, mentions: readonly Mention[]): Person[] {
  const drafts: PersonDraft[] = [];
  [...mentions].sort(byStartStop).forEach((m, order) => {
    const span: PersonMention = textSpan(text, m.start, m.stop);
    if (m.title) span.title = m.title;
    const words = nameWords(span.text);
    if (words.length === 0) return;
    let target: PersonDraft | undefined;
    for (const d of drafts) if (compatibleNames(words, d.words) && (!target || d.lastSeen > target.lastSeen)) target = d;
    if (!target) {
      drafts.push({ words, name: span.text, mentions: [span], lastSeen: order });
      return;
    }
    target.mentions.push(span);
    target.lastSeen = order;
    if (words.length > target.words.length) target.words = words;
    if (better(span.text, target.name)) target.name = span.text;
  });
  return drafts.map((d, i) => {
    const mentions = d.mentions.sort(byStart);
    const titles = [...new Set(mentions.flatMap((m) => (m.title ? [m.title] : [])))];
    const person: Person = { id: `p${i + 1}`, name: d.name, mentions, titles };
    const gender = inferGender(d.name, titles);
    if (gender) person.gender = gender;
    return person;
  });
}

const byStartStop = (a: Mention, b: Mention): number => a.start - b.start || a.stop - b.stop;

/** "U.S." and "US", "LONDON" and "London" are one place. */
const placeKey = (s: string): string => nameWords(s.replace(/\./g, '')).join(' ');

export function groupPlaces(text: string, mentions: readonly Mention[]): Place[] {
  const byKey = new Map<string, { name: string; mentions: TextSpan[] }>();
  for (const m of [...mentions].sort(byStartStop)) {
    const span = textSpan(text, m.start, m.stop);
    const key = placeKey(span.text) || span.text;
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { name: span.text, mentions: [span] });
    else {
      entry.mentions.push(span);
      if (isShouted(entry.name) && !isShouted(span.text)) entry.name = span.text;
    }
  }
  return [...byKey.values()].map((e, i) => ({ id: `l${i + 1}`, name: e.name, mentions: e.mentions }));
}

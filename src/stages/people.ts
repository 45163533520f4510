// Stage "people": person mentions (tagger + title and possessive rules) grouped into entities.
import type { Document } from '../document.js';
import { documentMentions } from '../entities/mentions.js';
import { groupPeople } from '../entities/grouping.js';

export function findPeople(doc: Document): void {
  doc.people = groupPeople(doc.text, documentMentions(doc).people);
}

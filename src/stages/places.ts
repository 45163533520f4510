// Stage "places": place mentions grouped by their normalised name.
import type { Document } from '../document.js';
import { documentMentions } from '../entities/mentions.js';
import { groupPlaces } from '../entities/grouping.js';

export function findPlaces(doc: Document): void {
  doc.places = groupPlaces(doc.text, documentMentions(doc).places);
}

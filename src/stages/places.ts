import type { Document } from '../document.js';

export function findPlaces(doc: Document): void {
  void doc;
}

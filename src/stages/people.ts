import type { Document } from '../document.js';

export function findPeople(doc: Document): void {
  void doc;
}

import type { Document } from '../document.js';

export function findQuotes(doc: Document): void {
  void doc;
}

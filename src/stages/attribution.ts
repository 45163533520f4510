import type { Document } from '../document.js';

export function attributeQuotes(doc: Document): void {
  void doc;
}

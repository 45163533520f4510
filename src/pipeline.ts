// The order of the stages, in one place. Each stage adds its layer to the Document and may add messages.
import type { Document } from './document.js';
import { tokenize } from './stages/tokenize.js';
import { findEntities } from './stages/entities.js';
import { linkPlaces } from './stages/link-places.js';
import { findQuotes } from './stages/quotes.js';
import { attributeQuotes } from './stages/attribution.js';

export interface Stage {
  name: string;
  run: (doc: Document) => void;
}

export const STAGES: readonly Stage[] = [
  { name: 'tokenize', run: tokenize },
  { name: 'entities', run: findEntities },
  { name: 'link-places', run: linkPlaces },
  { name: 'quotes', run: findQuotes },
  { name: 'attribution', run: attributeQuotes },
];

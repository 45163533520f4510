// Stage "entities": people and places. The tagger labels the tokens, the document-level rules of
// ENTITY_RULES correct its runs in order, and the person and place mentions are grouped into entities.
import type { Document } from '../document.js';
import { buildTokenTable } from '../entities/tagger/features.js';
import { tagRuns } from '../entities/tagger/tag.js';
import { ENTITY_RULES } from '../entities/rules/index.js';
import { NO_NAMES, type RuleContext } from '../entities/rules/rule.js';
import { findMentions } from '../entities/mentions.js';
import { groupPeople, groupPlaces } from '../entities/grouping.js';

export function findEntities(doc: Document): void {
  const table = buildTokenTable(doc);
  const ctx: RuleContext = { table, names: NO_NAMES };
  const runs = ENTITY_RULES.reduce((runs, rule) => rule(ctx, runs), tagRuns(table)).sort((a, b) => a.first - b.first);
  const { people, places } = findMentions(doc, runs);
  doc.people = groupPeople(doc.text, people);
  doc.places = groupPlaces(doc.text, places);
}

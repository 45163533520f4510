// The tag set of the entity tagger: BIO over CoNLL's four entity types. ORG and MISC are learned so that
// the tagger knows what is not a person or a place.
import type { TokenRun } from '../runs.js';

const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const OUTSIDE = 0;

const typeOf = (label: number): string => (label === OUTSIDE ? '' : LABELS[label]!.slice(2));
const isInside = (label: number): boolean => LABELS[label]!.startsWith('I-');

/** An I- label may only continue an entity of its own type. */
export const allowedAfter = (previous: number, label: number): boolean =>
  !isInside(label) || (previous !== OUTSIDE && typeOf(previous) === typeOf(label));

/** Per label: its entity type, and whether it is an I- label (runsFromLabels reads every token's). */
const TYPE_OF = LABELS.map((_, l) => typeOf(l));
const INSIDE = LABELS.map((_, l) => isInside(l));

/** Entity runs from a label sequence. */
export function runsFromLabels(labels: ArrayLike<number>): TokenRun[] {
  const runs: TokenRun[] = [];
  let open: TokenRun | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (open && INSIDE[label] && TYPE_OF[label] === open.type) {
      open.end = i + 1;
      continue;
    }
    open = null;
    if (label !== OUTSIDE) {
      open = { type: TYPE_OF[label] as EntityType, first: i, end: i + 1 };
      runs.push(open);
    }
  }
  return runs;
}

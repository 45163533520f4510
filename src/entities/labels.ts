// The tag set of the entity tagger: BIO over CoNLL's four entity types. ORG and MISC are learned so that
// the tagger knows what is not a person or a place.
export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const OUTSIDE = 0;

const typeOf = (label: number): string => (label === OUTSIDE ? '' : LABELS[label]!.slice(2));
export const isInside = (label: number): boolean => LABELS[label]!.startsWith('I-');

/** An I- label may only continue an entity of its own type. */
export const allowedAfter = (previous: number, label: number): boolean =>
  !isInside(label) || (previous !== OUTSIDE && typeOf(previous) === typeOf(label));

export interface TokenRun {
  type: EntityType;
  /** Tokens [first, end). */
  first: number;
  end: number;
}

/** Tokens [first, end) of a run of any kind. */
type Span = Pick<TokenRun, 'first' | 'end'>;

/** The runs of `runs` that share a token with `run`. */
export const overlappingRuns = (runs: readonly TokenRun[], run: Span): TokenRun[] => runs.filter((r) => r.first < run.end && run.first < r.end);

/** Whether one of `overlapping` reaches beyond `run`: a longer name that holds its words. */
export const heldByLonger = (overlapping: readonly TokenRun[], run: Span): boolean => overlapping.some((r) => r.first < run.first || r.end > run.end);

/** `runs` with the `overlapping` ones replaced by `run`. */
export const replaceRuns = (runs: readonly TokenRun[], overlapping: readonly TokenRun[], run: TokenRun): TokenRun[] => [
  ...runs.filter((r) => !overlapping.includes(r)),
  run,
];

/** Entity runs from a label sequence. */
export function runsFromLabels(labels: ArrayLike<number>): TokenRun[] {
  const runs: TokenRun[] = [];
  let open: TokenRun | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (open && isInside(label) && typeOf(label) === open.type) {
      open.end = i + 1;
      continue;
    }
    open = null;
    if (label !== OUTSIDE) {
      open = { type: typeOf(label) as EntityType, first: i, end: i + 1 };
      runs.push(open);
    }
  }
  return runs;
}

// "…, but declined to name them": after a comma and "and"/"but", these verbs open a predicate of the
// speaker's own (a refusal, reported by src/quotes/act-cues.ts), which ends a reported content before it.
export const REFUSALS: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses']);

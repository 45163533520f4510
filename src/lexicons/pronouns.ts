// Personal pronouns that can be the subject of a speech verb, with the gender they imply.
import type { Gender } from '../document.js';

export const SPEAKER_PRONOUNS: ReadonlyMap<string, Gender | 'any'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'any'],
  ['we', 'any'],
  ['i', 'any'],
  ['it', 'any'],
]);

/** Personal pronouns as objects: "told him", "urged them to", "denied her entry". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

/** Possessive pronouns that name the holder of what was said ("his claim", "her criticism of …"), with the
 * gender they imply: resolved to a person as the subject pronouns are. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, Gender | 'any'> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);

// Honorifics and titles that tell a person's gender. Lower case, no full stop.
import type { Gender } from '../document.js';

export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'], ['monsieur', 'male'], ['herr', 'male'],
  ['senor', 'male'], ['señor', 'male'], ['king', 'male'], ['prince', 'male'], ['emperor', 'male'],
  ['congressman', 'male'], ['councilman', 'male'], ['chairman', 'male'], ['spokesman', 'male'],
  ['father', 'male'], ['brother', 'male'], ['sheikh', 'male'], ['sultan', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['madame', 'female'],
  ['mme', 'female'], ['mlle', 'female'], ['frau', 'female'], ['senora', 'female'], ['señora', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['empress', 'female'],
  ['congresswoman', 'female'], ['councilwoman', 'female'], ['chairwoman', 'female'],
  ['spokeswoman', 'female'], ['sister', 'female'],
]);

// A question of a word's lower-case form, answered once per word of the vocabulary (word-vocabulary.ts)
// and read by the word's number: the rules ask the lexicons of every capitalised word ("a town?", "a
// country?"), and each look-up by the string, even a remembered one, hashed a string. The answer depends
// on the lower-case form alone, so reading it by number changes nothing.
import type { TokenFacts } from './token-facts.js';
import { VOCABULARY } from './word-vocabulary.js';

const UNASKED = 0;
const YES = 1;
const NO = 2;

export class WordQuestion {
  /** Per word number: UNASKED, YES or NO. */
  private answers = new Uint8Array(0);
  private generation = -1;

  constructor(private readonly ask: (norm: string) => boolean) {}

  /** The answer for token t's word (t inside the document). */
  at(facts: TokenFacts, t: number): boolean {
    const id = facts.ids[t]!;
    if (this.generation !== VOCABULARY.generation) {
      this.answers.fill(UNASKED);
      this.generation = VOCABULARY.generation;
    }
    if (id >= this.answers.length) {
      const answers = new Uint8Array(Math.max(VOCABULARY.size, 2 * this.answers.length));
      answers.set(this.answers);
      this.answers = answers;
    }
    let answer = this.answers[id]!;
    if (answer === UNASKED) this.answers[id] = answer = this.ask(VOCABULARY.norms[id]!) ? YES : NO;
    return answer === YES;
  }
}

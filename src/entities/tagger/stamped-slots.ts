// Numbers kept per word of the vocabulary for one document at a time, without clearing: each slot holds
// the stamp of the document that wrote it, and a slot of an older stamp reads as empty. Clearing (or
// allocating) arrays as long as the vocabulary for every document would cost more than the document's
// own tokens.
export class StampedSlots {
  private stamp = 0;
  private stamps = new Int32Array(0);
  private values = new Int32Array(0);

  /** Every slot empty; room for `size` slots. */
  reset(size: number): void {
    if (size > this.stamps.length) {
      const length = Math.max(size, 2 * this.stamps.length);
      this.stamps = new Int32Array(length);
      this.values = new Int32Array(length);
      this.stamp = 0;
    }
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** The slot's value, or `empty` when this document has not set it. */
  get(slot: number, empty: number): number {
    return this.stamps[slot] === this.stamp ? this.values[slot]! : empty;
  }

  set(slot: number, value: number): void {
    this.stamps[slot] = this.stamp;
    this.values[slot] = value;
  }
}

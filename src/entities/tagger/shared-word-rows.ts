// One table of the tagger's word sums for a whole process (issue 16, memory per worker): each worker thread
// used to fill a table of its own (WordScores in decode.ts, up to 11.8 MB), the same rows in every thread.
// A worker pool makes one SharedArrayBuffer (createSharedWordRows) and hands it to its workers; each wraps
// it in a SharedWordRows and gives it to its model's WordScores (share). A row is found by its word key's
// text, compared exactly (the hash only says where to start looking): the three strings' UTF-16 code
// units and lengths. Rows are only ever added, never changed or removed: a thread that meets a key first
// claims a row (Atomics.compareExchange on the index slot, after writing the key), fills its sums and
// publishes it (Atomics.store of its flag); a thread that finds a row not yet published works its sums
// out itself, which gives the same numbers (they depend on the key alone). Past its rows (or its room for
// key text) the table takes no more keys, and a thread keeps the sums of later ones in a small table of
// its own. Nothing here is global: without a buffer (one thread, the browser, annotate called directly)
// WordScores works alone, as it did.
import { LABELS } from './labels.js';

/** Keys the process's table holds (as many as one thread's table held: 32,768 keys, 11.8 MB of sums). */
export const SHARED_WORD_ROWS = 32_768;
/** Float64 sums per key: the word's own row and one per neighbour offset (decode.ts: ROWS × WIDTH). */
export const WORD_ROW_LENGTH = 5 * LABELS.length;
/** Room for key text, in UTF-16 code units per row on average (news keys average ~14). */
const UNITS_PER_ROW = 32;
/** A longer key (a URL, a run of symbols) is not shared: the thread keeps its sums itself. */
const MAX_KEY_UNITS = 96;

// Header (Int32 slots).
const MAGIC = 0;
const ROWS = 1;
const ROW_LENGTH = 2;
const UNITS = 3;
const SLOTS = 4;
const NEXT_ROW = 5;
const NEXT_UNIT = 6;
const HEADER = 8;
const MAGIC_NUMBER = 0x5753_0001;
/** Per row in `meta`: where its key's code units start, the lengths of its form, shape and part of speech. */
const META = 4;

/** A lookup's answer when the key is not to be had from the table (no room, or its row not yet
 * published): the caller works the sums out itself. */
export const NOT_SHARED = -1;

interface Layout {
  sums: number;
  index: number;
  published: number;
  meta: number;
  units: number;
  bytes: number;
}

function layoutOf(rows: number, rowLength: number, slots: number): Layout {
  const sums = HEADER * 4;
  const index = sums + rows * rowLength * 8;
  const published = index + slots * 4;
  const meta = published + rows * 4;
  const units = meta + rows * META * 4;
  return { sums, index, published, meta, units, bytes: units + rows * UNITS_PER_ROW * 2 };
}

/** The buffer a pool hands its workers: zero pages, resident only as rows are written. */
export function createSharedWordRows(rows = SHARED_WORD_ROWS, rowLength = WORD_ROW_LENGTH): SharedArrayBuffer {
  let slots = 1;
  while (slots < 2 * rows) slots *= 2;
  const buffer = new SharedArrayBuffer(layoutOf(rows, rowLength, slots).bytes);
  const header = new Int32Array(buffer, 0, HEADER);
  header[ROWS] = rows;
  header[ROW_LENGTH] = rowLength;
  header[UNITS] = rows * UNITS_PER_ROW;
  header[SLOTS] = slots;
  Atomics.store(header, MAGIC, MAGIC_NUMBER);
  return buffer;
}

/** One thread's view of the process's table. */
export class SharedWordRows {
  /** Row r's sums: [r × rowLength, (r + 1) × rowLength). Read a row only once `find` has returned it. */
  readonly sums: Float64Array;
  readonly rowLength: number;
  private readonly header: Int32Array;
  private readonly index: Int32Array;
  private readonly published: Int32Array;
  private readonly meta: Int32Array;
  private readonly units: Uint16Array;
  private readonly rows: number;
  private readonly mask: number;

  constructor(buffer: SharedArrayBuffer) {
    const header = new Int32Array(buffer, 0, HEADER);
    if (Atomics.load(header, MAGIC) !== MAGIC_NUMBER) throw new Error('onrecord: not a shared word-sum table');
    const rows = header[ROWS]!;
    const rowLength = header[ROW_LENGTH]!;
    const slots = header[SLOTS]!;
    const at = layoutOf(rows, rowLength, slots);
    this.header = header;
    this.rows = rows;
    this.rowLength = rowLength;
    this.mask = slots - 1;
    this.sums = new Float64Array(buffer, at.sums, rows * rowLength);
    this.index = new Int32Array(buffer, at.index, slots);
    this.published = new Int32Array(buffer, at.published, rows);
    this.meta = new Int32Array(buffer, at.meta, rows * META);
    this.units = new Uint16Array(buffer, at.units, header[UNITS]!);
  }

  /**
   * The row of the word key (form, shape, part of speech): r >= 0, a published row whose sums are read;
   * -2 - r, row r newly claimed for the key, which the caller fills and then publishes (publish); or
   * NOT_SHARED.
   */
  find(norm: string, shape: string, pos: string): number {
    const length = norm.length + shape.length + pos.length;
    if (length > MAX_KEY_UNITS) return NOT_SHARED;
    const { index, mask } = this;
    let mine = -1; // a row claimed for this key, its key written, not yet in the index
    for (let slot = keyHash(norm, shape, pos) & mask; ; slot = (slot + 1) & mask) {
      let v = Atomics.load(index, slot);
      if (v === 0) {
        if (mine < 0 && (mine = this.claim(norm, shape, pos, length)) < 0) return NOT_SHARED;
        v = Atomics.compareExchange(index, slot, 0, mine + 1);
        if (v === 0) return -2 - mine;
        // another thread filled the slot first: v is its row, perhaps of this same key
      }
      const row = v - 1;
      if (this.holds(row, norm, shape, pos)) return Atomics.load(this.published, row) === 1 ? row : NOT_SHARED;
    }
  }

  /** Row r (claimed by find) is filled: other threads may read it from now on. */
  publish(row: number): void {
    Atomics.store(this.published, row, 1);
  }

  /** Rows taken so far (some may be claimed and lost to a race: they hold no key of the index). */
  get size(): number {
    return Math.min(Atomics.load(this.header, NEXT_ROW), this.rows);
  }

  /** A fresh row with the key written in, or -1 when the table has no room left. */
  private claim(norm: string, shape: string, pos: string, length: number): number {
    const { header } = this;
    if (Atomics.load(header, NEXT_ROW) >= this.rows || Atomics.load(header, NEXT_UNIT) + length > this.units.length) return -1;
    const row = Atomics.add(header, NEXT_ROW, 1);
    if (row >= this.rows) return -1;
    const start = Atomics.add(header, NEXT_UNIT, length);
    if (start + length > this.units.length) return -1; // the row is lost: no key points to it
    const { units, meta } = this;
    let u = start;
    for (let k = 0; k < norm.length; k++) units[u++] = norm.charCodeAt(k);
    for (let k = 0; k < shape.length; k++) units[u++] = shape.charCodeAt(k);
    for (let k = 0; k < pos.length; k++) units[u++] = pos.charCodeAt(k);
    meta[row * META] = start;
    meta[row * META + 1] = norm.length;
    meta[row * META + 2] = shape.length;
    meta[row * META + 3] = pos.length;
    return row;
  }

  /** Whether row r's key is exactly (norm, shape, pos). */
  private holds(row: number, norm: string, shape: string, pos: string): boolean {
    const { meta, units } = this;
    const at = row * META;
    if (meta[at + 1] !== norm.length || meta[at + 2] !== shape.length || meta[at + 3] !== pos.length) return false;
    let u = meta[at]!;
    for (let k = 0; k < norm.length; k++) if (units[u++] !== norm.charCodeAt(k)) return false;
    for (let k = 0; k < shape.length; k++) if (units[u++] !== shape.charCodeAt(k)) return false;
    for (let k = 0; k < pos.length; k++) if (units[u++] !== pos.charCodeAt(k)) return false;
    return true;
  }
}

/** FNV-1a over the three strings' code units, each ended by its length (where to start looking only). */
function keyHash(norm: string, shape: string, pos: string): number {
  const h = hashOn(hashOn(hashOn(0x811c9dc5, norm), shape), pos);
  return (h ^ (h >>> 15)) >>> 0;
}

function hashOn(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return Math.imul(h ^ (0x10000 + s.length), 0x01000193);
}

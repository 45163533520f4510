// RunList (src/entities/runs.ts) must give exactly what the plain array operations it replaced gave:
// the overlapping runs in array order, and after each replacement the kept runs in order, then the new one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RunList, type TokenRun } from '../src/entities/runs.js';

type Span = { first: number; end: number };
const overlapsOf = (runs: readonly TokenRun[], s: Span): TokenRun[] => runs.filter((r) => r.first < s.end && s.first < r.end);
const TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
const run = fc.record({ type: fc.constantFrom(...TYPES), first: fc.integer({ min: 0, max: 30 }), width: fc.integer({ min: 0, max: 4 }) }).map(({ type, first, width }): TokenRun => ({ type, first, end: first + width }));
const op = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), run }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('look' as const), first: fc.integer({ min: -1, max: 32 }), width: fc.integer({ min: 0, max: 3 }) }),
);

describe('RunList', () => {
  it('matches filtering and appending an array, operation for operation', () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 25 }), fc.array(op, { maxLength: 40 }), (start, ops) => {
        let plain: TokenRun[] = [...start];
        const list = new RunList(start);
        for (const o of ops) {
          if (o.kind === 'replace') {
            const over = overlapsOf(plain, o.run);
            expect(list.overlapping(o.run)).toEqual(over);
            plain = [...plain.filter((r) => !over.includes(r)), o.run];
            list.replace(list.overlapping(o.run), o.run);
          } else if (o.kind === 'remove') {
            if (plain.length === 0) continue;
            const gone = plain[o.pick % plain.length]!;
            plain = plain.filter((r) => r !== gone);
            list.remove(gone);
          } else {
            const span = { first: o.first, end: o.first + o.width };
            expect(list.overlapping(span)).toEqual(overlapsOf(plain, span));
          }
          expect(list.runs()).toEqual(plain);
        }
      }),
      { numRuns: 500 },
    );
  });
});

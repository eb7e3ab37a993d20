import fc from "fast-check";
import { boundedDivisorMethod } from "../../../src/engine/rounding/boundedDivisor";
import { divisorMethod } from "../../../src/engine/rounding/divisorMethod";

type Method = "dhondt" | "sainte-lague";

/** Unit by unit, the textbook way: each receiver from its minimum, each unit to the highest quotient below a maximum. */
function naive(
  method: Method,
  seats: bigint,
  votes: bigint[],
  min: (bigint | undefined)[],
  max: (bigint | undefined)[],
): bigint[] {
  const parts = votes.map((_, i) => min[i] ?? 0n);
  const divisor = (held: bigint) => (method === "dhondt" ? held + 1n : 2n * held + 1n);
  const open = (i: number) => max[i] === undefined || (parts[i] ?? 0n) < (max[i] ?? 0n);
  for (let s = parts.reduce((t, p) => t + p, 0n); s < seats; s++) {
    let best = -1;
    for (let i = 0; i < votes.length; i++) {
      if (!open(i)) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const left = (votes[i] ?? 0n) * divisor(parts[best] ?? 0n);
      const right = (votes[best] ?? 0n) * divisor(parts[i] ?? 0n);
      if (left > right || (left === right && (votes[i] ?? 0n) > (votes[best] ?? 0n))) best = i;
    }
    parts[best] = (parts[best] ?? 0n) + 1n;
  }
  return parts;
}

const input = (units: bigint, votes: bigint[]) => ({
  units,
  numerators: votes,
  denominator: 1n,
  shares: votes,
  positions: votes.map((_, i) => i),
});

/** Votes that add up to the seats (as a level's exact amounts do), with bounds around them. */
const drawn = fc
  .record({
    method: fc.constantFrom<Method>("dhondt", "sainte-lague"),
    votes: fc.array(fc.bigInt({ min: 0n, max: 60n }), { minLength: 1, maxLength: 8 }),
    below: fc.array(fc.option(fc.bigInt({ min: 0n, max: 5n }), { nil: undefined }), {
      minLength: 8,
      maxLength: 8,
    }),
    above: fc.array(fc.option(fc.bigInt({ min: 0n, max: 5n }), { nil: undefined }), {
      minLength: 8,
      maxLength: 8,
    }),
  })
  .map(({ method, votes, below, above }) => {
    const min = votes.map((v, i) => (below[i] === undefined ? undefined : atLeast0(v - (below[i] ?? 0n))));
    const max = votes.map((v, i) => (above[i] === undefined ? undefined : v + (above[i] ?? 0n)));
    return { method, votes, min, max, seats: votes.reduce((s, v) => s + v, 0n) };
  });

function atLeast0(value: bigint): bigint {
  return value > 0n ? value : 0n;
}

describe("a divisor method within bounds", () => {
  it("gives D'Hondt's parts when no bound binds", () => {
    const votes = [340n, 280n, 160n, 60n, 15n];
    expect(boundedDivisorMethod("dhondt", input(7n, votes), { min: [], max: [undefined, 5n] }).parts).toEqual(
      [3n, 3n, 1n, 0n, 0n],
    );
  });

  it("holds a receiver at its maximum and gives the unit to the next quotient", () => {
    // D'Hondt on 5, 2.5, 2.5 (×2 here) gives the first a sixth unit; its maximum is 5.
    const parts = boundedDivisorMethod("dhondt", input(10n, [10n, 5n, 5n]), { min: [], max: [5n] }).parts;
    expect(parts).toEqual([5n, 3n, 2n]);
  });

  it("starts a receiver at its minimum", () => {
    const parts = boundedDivisorMethod("sainte-lague", input(7n, [1n, 30n, 30n]), {
      min: [2n],
      max: [],
    }).parts;
    expect(parts).toEqual([2n, 3n, 2n]);
  });

  it("mirrors a negative amount, its bounds mirrored with it", () => {
    const parts = boundedDivisorMethod("dhondt", input(-10n, [-10n, -5n, -5n]), {
      min: [-5n],
      max: [],
    }).parts;
    expect(parts).toEqual([-5n, -3n, -2n]);
  });

  it("hands out millions of units without doing it one by one", () => {
    const votes = [5146n, 6035n, 15680n, 11023n, 12693n, 7108n, 10175n, 64979n];
    const total = votes.reduce((s, v) => s + v, 0n);
    const parts = boundedDivisorMethod(
      "sainte-lague",
      input(
        4_000_000n * total,
        votes.map((v) => v * 4_000_000n),
      ),
      {
        min: [],
        max: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, 200_000_000_000n],
      },
    ).parts;
    expect([parts.reduce((s, p) => s + p, 0n), parts[7]]).toEqual([4_000_000n * total, 200_000_000_000n]);
  });

  it("gives what the textbook gives, unit by unit from the minimums, within every bound", () => {
    fc.assert(
      fc.property(drawn, ({ method, votes, min, max, seats }) => {
        const parts = boundedDivisorMethod(method, input(seats, votes), { min, max }).parts;
        expect(parts).toEqual(naive(method, seats, votes, min, max));
      }),
    );
  });

  it("gives the plain method's parts when there are no bounds", () => {
    fc.assert(
      fc.property(drawn, ({ method, votes, seats }) => {
        const parts = boundedDivisorMethod(method, input(seats, votes), { min: [], max: [] }).parts;
        expect(parts).toEqual(divisorMethod(method, input(seats, votes)).parts);
      }),
    );
  });
});

import fc from "fast-check";
import { allocate } from "../../../src/engine";

/** Seat by seat, the textbook way: each unit to the highest quotient, ties to the larger vote, then the earlier receiver. */
function naive(method: "dhondt" | "sainte-lague", seats: bigint, votes: bigint[]): bigint[] {
  const parts = votes.map(() => 0n);
  const divisor = (held: bigint) => (method === "dhondt" ? held + 1n : 2n * held + 1n);
  for (let s = 0n; s < seats; s++) {
    let best = 0;
    for (let i = 1; i < votes.length; i++) {
      const left = (votes[i] ?? 0n) * divisor(parts[best] ?? 0n);
      const right = (votes[best] ?? 0n) * divisor(parts[i] ?? 0n);
      if (left > right || (left === right && (votes[i] ?? 0n) > (votes[best] ?? 0n))) best = i;
    }
    parts[best] = (parts[best] ?? 0n) + 1n;
  }
  return parts;
}

describe("divisor methods", () => {
  it("D'Hondt gives 3, 3, 1, 0, 0 seats for 340, 280, 160, 60, 15 votes and 7 seats", () => {
    expect(allocate(7n, [340n, 280n, 160n, 60n, 15n], "dhondt")).toEqual([3n, 3n, 1n, 0n, 0n]);
  });

  it("Sainte-Laguë gives 3, 2, 1, 1, 0 seats for the same votes", () => {
    expect(allocate(7n, [340n, 280n, 160n, 60n, 15n], "sainte-lague")).toEqual([3n, 2n, 1n, 1n, 0n]);
  });

  it("breaks a tie by the earlier receiver when votes are equal", () => {
    expect(allocate(1n, [5n, 5n], "dhondt")).toEqual([1n, 0n]);
  });

  it("mirrors a negative total", () => {
    expect(allocate(-7n, [340n, 280n, 160n, 60n, 15n], "dhondt")).toEqual([-3n, -3n, -1n, -0n, -0n]);
  });

  it("splits millions of units without handing them out one by one", () => {
    const parts = allocate(
      4_000_000n,
      [5146n, 6035n, 15680n, 11023n, 12693n, 7108n, 10175n, 64979n],
      "sainte-lague",
    );
    expect(parts.reduce((s, p) => s + p, 0n)).toBe(4_000_000n);
  });

  const votes = fc
    .array(fc.bigInt({ min: 0n, max: 500n }), { minLength: 1, maxLength: 8 })
    .filter((v) => v.some((x) => x > 0n));
  const seats = fc.bigInt({ min: 0n, max: 60n });

  it.each(["dhondt", "sainte-lague"] as const)(
    "%s agrees with the seat-by-seat method (property)",
    (method) => {
      fc.assert(
        fc.property(seats, votes, (s, v) => {
          expect(allocate(s, v, method)).toEqual(naive(method, s, v));
        }),
      );
    },
  );

  it.each(["dhondt", "sainte-lague"] as const)(
    "%s agrees with the seat-by-seat method for many receivers and seats (property)",
    (method) => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 400n }),
          fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 40 }),
          (s, v) => {
            fc.pre(v.some((x) => x > 0n));
            expect(allocate(s, v, method)).toEqual(naive(method, s, v));
          },
        ),
        { numRuns: 200 },
      );
    },
  );

  /** The highest-averages condition: no receiver's next quotient beats another's last awarded one. */
  function isHighestAverages(method: "dhondt" | "sainte-lague", votes: bigint[], parts: bigint[]): boolean {
    const divisor = (held: bigint) => (method === "dhondt" ? held + 1n : 2n * held + 1n);
    return votes.every((va, a) =>
      votes.every(
        (vb, b) =>
          (parts[b] ?? 0n) === 0n || va * divisor((parts[b] ?? 0n) - 1n) <= vb * divisor(parts[a] ?? 0n),
      ),
    );
  }

  it.each(["dhondt", "sainte-lague"] as const)("%s splits 10^12 units among 1, 2 and 4", (method) => {
    const votes = [1n, 2n, 4n];
    const parts = allocate(10n ** 12n, votes, method);
    expect([parts.reduce((s, p) => s + p, 0n), isHighestAverages(method, votes, parts)]).toEqual([
      10n ** 12n,
      true,
    ]);
  });

  it("splits 10^30 units among 2 000 receivers by Sainte-Laguë", () => {
    const votes = Array.from({ length: 2000 }, (_, i) => BigInt(i * 7919 + 1));
    const parts = allocate(10n ** 30n, votes, "sainte-lague");
    expect([
      parts.reduce((s, p) => s + p, 0n),
      isHighestAverages("sainte-lague", votes.slice(0, 50), parts.slice(0, 50)),
    ]).toEqual([10n ** 30n, true]);
  });
});

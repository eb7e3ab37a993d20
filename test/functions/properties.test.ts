import fc from "fast-check";
import { evaluateModel, parseModel, Rational } from "../../src/engine";
import { PLAN, SEATS, SPLIT, WEIGHTED } from "../../src/functions";

const flat = (grid: number[][]) => grid.flat();
const keysArb = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 });
const positiveKeys = keysArb.filter((keys) => keys.some((k) => k > 0));
const amountArb = fc.integer({ min: -1_000_000, max: 1_000_000 });

/** An independent count of a highest-averages method: one seat at a time to the largest quotient. */
function bruteForce(seats: number, votes: readonly number[], step: 1 | 2): number[] {
  const held = votes.map(() => 0);
  for (let s = 0; s < seats; s++) {
    let best = 0;
    for (let i = 1; i < votes.length; i++) {
      // v_i / d_i > v_b / d_b, exactly in integers; ties to the larger vote, then the earlier one
      const di = BigInt(step * (held[i] ?? 0) + 1);
      const db = BigInt(step * (held[best] ?? 0) + 1);
      const left = BigInt(votes[i] ?? 0) * db;
      const right = BigInt(votes[best] ?? 0) * di;
      if (left > right || (left === right && (votes[i] ?? 0) > (votes[best] ?? 0))) best = i;
    }
    held[best] = (held[best] ?? 0) + 1;
  }
  return held;
}

describe("worksheet functions: properties", () => {
  it("SPLIT's parts add up to the amount", () => {
    fc.assert(
      fc.property(amountArb, positiveKeys, (amount, keys) => {
        const parts = flat(
          SPLIT(
            amount,
            keys.map((k) => [k]),
          ),
        );
        expect(parts.reduce((s, p) => s + p, 0)).toBe(amount);
      }),
    );
  });

  it("SPLIT's parts in öre add up to the amount in öre", () => {
    fc.assert(
      fc.property(amountArb, positiveKeys, (ore, keys) => {
        const parts = flat(SPLIT(ore / 100, [keys], 0.01));
        expect(parts.reduce((s, p) => s + Math.round(p * 100), 0)).toBe(ore);
      }),
    );
  });

  it("each part of SPLIT is the floor or the ceiling of its exact quota", () => {
    fc.assert(
      fc.property(amountArb, positiveKeys, (amount, keys) => {
        const parts = flat(
          SPLIT(
            amount,
            keys.map((k) => [k]),
          ),
        );
        const total = BigInt(keys.reduce((s, k) => s + k, 0));
        parts.forEach((part, i) => {
          const exact = Rational.of(BigInt(amount) * BigInt(keys[i] ?? 0), total);
          expect([exact.floor(), exact.ceil()]).toContain(BigInt(part));
        });
      }),
    );
  });

  it("a zero key gives zero, whatever the method", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        positiveKeys,
        fc.constantFrom("largest-remainder", "sainte-lague", "dhondt"),
        (amount, keys, method) => {
          const withZero = [...keys, 0];
          expect(
            flat(
              SPLIT(
                amount,
                withZero.map((k) => [k]),
                undefined,
                method,
              ),
            ).at(-1),
          ).toBe(0);
        },
      ),
    );
  });

  it("SEATS by D'Hondt matches a seat-by-seat count on small inputs", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 30 }),
        fc.array(fc.nat({ max: 200 }), { minLength: 1, maxLength: 6 }),
        (seats, votes) => {
          fc.pre(votes.some((v) => v > 0));
          expect(
            flat(
              SEATS(
                seats,
                votes.map((v) => [v]),
                "dhondt",
              ),
            ),
          ).toEqual(bruteForce(seats, votes, 1));
        },
      ),
    );
  });

  it("SEATS by Sainte-Laguë matches a seat-by-seat count on small inputs", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 30 }),
        fc.array(fc.nat({ max: 200 }), { minLength: 1, maxLength: 6 }),
        (seats, votes) => {
          fc.pre(votes.some((v) => v > 0));
          expect(flat(SEATS(seats, [votes]))).toEqual(bruteForce(seats, votes, 2));
        },
      ),
    );
  });

  it("WEIGHTED's parts add up and each is within one unit of its exact composite share", () => {
    const rows = fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 })), {
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        rows,
        fc.integer({ min: 0, max: 100 }),
        (amount, keys, percent) => {
          fc.pre(keys.some(([, b]) => b > 0));
          const parts = flat(WEIGHTED(amount, keys, [[`${percent}%`, `${100 - percent}%`]]));
          expect(parts.reduce((s, p) => s + p, 0)).toBe(amount);
          const sumA = keys.reduce((s, [a]) => s + a, 0);
          const sumB = keys.reduce((s, [, b]) => s + b, 0);
          parts.forEach((part, i) => {
            const [a = 0, b = 0] = keys[i] ?? [];
            const exact = Rational.of(
              BigInt(percent * a * sumB + (100 - percent) * b * sumA) * BigInt(amount),
              BigInt(100 * sumA * sumB),
            );
            expect([exact.floor(), exact.ceil()]).toContain(BigInt(part));
          });
        },
      ),
    );
  });

  it("PLAN foots both ways: rows exactly, each period within one unit of its exact sum", () => {
    const periods = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(amountArb, { minLength: 1, maxLength: 15 }), periods, (totals, weights) => {
        const sum = weights.reduce((s, w) => s + w, 0);
        const table = PLAN(
          totals.map((t) => [t]),
          [weights.map((w) => `${w}/${sum}`)],
        );
        table.forEach((row, i) => expect(row.reduce((s, c) => s + c, 0)).toBe(totals[i]));
        const grand = BigInt(totals.reduce((s, t) => s + t, 0));
        weights.forEach((w, p) => {
          const exact = Rational.of(grand * BigInt(w), BigInt(sum));
          const column = table.reduce((s, row) => s + (row[p] ?? 0), 0);
          expect([exact.floor(), exact.ceil()]).toContain(BigInt(column));
        });
      }),
    );
  });

  it("PLAN gives the engine's payment schedule for the same totals and weights", () => {
    const weightsArb = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 8 }),
        weightsArb,
        (totals, w) => {
          const sum = w.reduce((s, x) => s + x, 0);
          const shares = w.map((x) => `${x}/${sum}`);
          const ids = totals.map((_, i) => `p${i}`);
          const model = parseModel({
            format: "fordela/1",
            name: "plan",
            parties: ids.map((id) => ({ id, name: id })),
            lines: {
              x: {
                label: "x",
                split: {
                  by: "fixed",
                  amounts: Object.fromEntries(ids.map((id, i) => [id, String(totals[i])])),
                },
              },
            },
            schedule: {
              periods: w.map((_, p) => ({ label: `P${p}`, due: `2025-0${p + 1}-01` })),
              weights: shares,
            },
          });
          const engine = evaluateModel(model).plan;
          const table = PLAN(
            totals.map((t) => [t]),
            [shares],
          );
          expect(table).toEqual(ids.map((id) => (engine?.parts.get(id) ?? []).map(Number)));
        },
      ),
    );
  });
});

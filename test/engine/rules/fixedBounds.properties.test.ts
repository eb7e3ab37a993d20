import fc from "fast-check";
import { evaluateModel, parseModel, Rational, type PartyLine } from "../../../src/engine";

const ids = ["a", "b", "c", "d", "e"];

/**
 * One party: its key value, fixed amount, and bounds on its whole amount
 * given as what they add to the fixed amount (so that every drawn model can
 * hold its bounds). `e` always has a share and never a maximum; `d` may stand
 * outside the rest, with bounds around its fixed amount.
 */
const partyArb = fc.record({
  value: fc.integer({ min: 0, max: 1000 }),
  fixed: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  low: fc.constantFrom("none", "min", "maxDecrease"),
  above: fc.integer({ min: -1000, max: 1000 }),
  high: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
});

const caseArb = fc.record({
  parties: fc.array(partyArb, { minLength: 5, maxLength: 5 }),
  rest: fc.integer({ min: 0, max: 100_000 }),
  dOutside: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

interface Drawn {
  document: Record<string, unknown>;
  amount: number;
  fixed: number[];
  inRest: boolean[];
  min: (number | undefined)[];
  max: (number | undefined)[];
}

/** A model whose bounds can all hold, and the whole-amount bounds it was drawn with. */
function draw(c: Case): Drawn {
  const inRest = ids.map((id, i) => !(id === "d" && c.dOutside && c.parties[i]?.fixed !== undefined));
  const fixed = c.parties.map((p) => p.fixed ?? 0);
  // Each rest minimum is at most a fifth of the rest, so that they fit in it together.
  const lift = c.parties.map((p) => Math.min(p.above, Math.floor(c.rest / 5)));
  const min = c.parties.map((p, i) => {
    if (!inRest[i]) return p.low === "none" ? undefined : fixed[i];
    return p.low === "none" ? undefined : Math.max(0, (fixed[i] ?? 0) + (lift[i] ?? 0));
  });
  const max = c.parties.map((p, i) => {
    if (ids[i] === "e" || p.high === undefined) return undefined;
    return (fixed[i] ?? 0) + (inRest[i] ? Math.max(0, lift[i] ?? 0) + p.high : 0);
  });
  const values = c.parties.map((p, i) => (ids[i] === "e" ? Math.max(1, p.value) : p.value));
  const pick = (list: (number | undefined)[], only: (i: number) => boolean) =>
    Object.fromEntries(
      ids.flatMap((id, i) => (list[i] === undefined || !only(i) ? [] : [[id, String(list[i])]])),
    );
  const ownMin = pick(min, (i) => c.parties[i]?.low === "min");
  // With 20 %, a floor of m needs last year's amount m × 5 / 4 (exact in decimals): ⌈0.8 × 1.25 m⌉ = m.
  const fjol = ids.map((_, i) => (c.parties[i]?.low === "maxDecrease" ? ((min[i] ?? 0) * 5) / 4 : 0));
  const amount = fixed.reduce((s, f) => s + f, 0) + c.rest;
  const document = {
    format: "fordela/1",
    name: "p",
    parties: ids.map((id) => ({ id, name: id })),
    keys: {
      k: { values: Object.fromEntries(ids.map((id, i) => [id, values[i]])) },
      fjol: { values: Object.fromEntries(ids.map((id, i) => [id, String(fjol[i])])) },
    },
    lines: {
      x: {
        label: "X",
        amount: String(amount),
        split: {
          by: "fixed",
          amounts: pick(
            c.parties.map((p) => p.fixed),
            () => true,
          ),
          rest: { by: "key", key: "k", among: ids.filter((_, i) => inRest[i]) },
          min: ownMin,
          max: pick(max, () => true),
          maxDecrease: { from: "fjol", percent: "20%" },
        },
      },
    },
  };
  return { document, amount, fixed, inRest, min, max };
}

function allocation(document: unknown): Map<string, PartyLine> {
  return evaluateModel(parseModel(document)).lines.get("x")?.allocation ?? new Map();
}

describe("bounds on a fixed rule with a rest: properties", () => {
  it("every party's whole amount is within its bounds after rounding", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const drawn = draw(c);
        const parts = allocation(drawn.document);
        ids.forEach((id, i) => {
          const amount = Number(parts.get(id)?.units ?? 0n);
          expect(amount).toBeGreaterThanOrEqual(drawn.min[i] ?? -Infinity);
          expect(amount).toBeLessThanOrEqual(drawn.max[i] ?? Infinity);
        });
      }),
    );
  });

  it("the line adds up exactly, rounded and unrounded", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const drawn = draw(c);
        const parts = [...allocation(drawn.document).values()];
        expect(parts.reduce((s, p) => s + p.units, 0n)).toBe(BigInt(drawn.amount));
        expect(
          parts.reduce((s, p) => s.add(p.ideal), Rational.ZERO).equals(Rational.of(BigInt(drawn.amount))),
        ).toBe(true);
      }),
    );
  });

  it("parties not held at a bound keep the rest rule's proportions exactly; held ones sit on their bound", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const drawn = draw(c);
        const parts = allocation(drawn.document);
        const shareOf = (i: number) =>
          ids[i] === "e" ? Math.max(1, c.parties[i]?.value ?? 0) : (c.parties[i]?.value ?? 0);
        const fromRest = (i: number, whole: Rational) => whole.sub(Rational.of(BigInt(drawn.fixed[i] ?? 0)));
        const perShare = (i: number, whole: Rational) =>
          fromRest(i, whole).div(Rational.of(BigInt(shareOf(i))));
        const free = ids.flatMap((id, i) => {
          const part = parts.get(id);
          return part?.held === undefined && drawn.inRest[i] && shareOf(i) > 0
            ? [perShare(i, part?.ideal ?? Rational.ZERO)]
            : [];
        });
        const rate = free[0];
        expect(free.every((r) => r.equals(rate as Rational))).toBe(true);
        const restShares = ids.reduce((s, _, i) => s + (drawn.inRest[i] ? shareOf(i) : 0), 0);
        ids.forEach((id, i) => {
          const held = parts.get(id)?.held;
          if (drawn.min[i] === undefined && drawn.max[i] === undefined) expect(held).toBeUndefined();
          if (held === undefined) return;
          expect(parts.get(id)?.ideal.equals(Rational.of(held.bound))).toBe(true);
          // What it was held from is what the rest rule gives with no bounds at all.
          expect(
            fromRest(i, held.free).equals(Rational.of(BigInt(c.rest * shareOf(i)), BigInt(restShares))),
          ).toBe(true);
          // At the rate the free parties got, it would have passed its bound.
          if (rate === undefined) return;
          const wanted = rate
            .mul(Rational.of(BigInt(shareOf(i))))
            .add(Rational.of(BigInt(drawn.fixed[i] ?? 0)));
          expect(wanted.compare(Rational.of(held.bound))).toBe(held.side === "min" ? -1 : 1);
        });
      }),
    );
  });
});

/** Fixed amounts, a rest by key over every party, and minimums on whole amounts for some parties. */
const minimumsArb = fc.record({
  fixed: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 5, maxLength: 5 }),
  values: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
  mins: fc.array(fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }), {
    minLength: 5,
    maxLength: 5,
  }),
  rest: fc.integer({ min: 0, max: 2000 }),
});

describe("bounds on a fixed rule with a rest: minimums that cannot all hold", () => {
  it("refuses the minimums exactly when what they ask of the rest, max(0, min − f), adds up to more than it", () => {
    fc.assert(
      fc.property(minimumsArb, ({ fixed, values, mins, rest }) => {
        const amount = fixed.reduce((s, f) => s + f, 0) + rest;
        const document = {
          format: "fordela/1",
          name: "p",
          parties: ids.map((id) => ({ id, name: id })),
          keys: { k: { values: Object.fromEntries(ids.map((id, i) => [id, i === 4 ? 1 : values[i]])) } },
          lines: {
            x: {
              label: "X",
              amount: String(amount),
              split: {
                by: "fixed",
                amounts: Object.fromEntries(ids.map((id, i) => [id, String(fixed[i])])),
                rest: { by: "key", key: "k" },
                min: Object.fromEntries(
                  ids.flatMap((id, i) => (mins[i] === undefined ? [] : [[id, String(mins[i])]])),
                ),
              },
            },
          },
        };
        const asked = ids.reduce((s, _, i) => s + Math.max(0, (mins[i] ?? 0) - (fixed[i] ?? 0)), 0);
        if (asked > rest) {
          expect(() => allocation(document)).toThrow(expect.objectContaining({ path: "lines.x.split.min" }));
          return;
        }
        const parts = allocation(document);
        ids.forEach((id, i) =>
          expect(Number(parts.get(id)?.units ?? 0n)).toBeGreaterThanOrEqual(mins[i] ?? 0),
        );
      }),
    );
  });
});

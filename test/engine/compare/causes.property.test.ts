import fc from "fast-check";
import { CAUSES, compareScenarios, Rational, type PartyComparison } from "../../../src/engine";

const PARTIES = ["a", "b", "c", "d", "e"];

const values = fc.tuple(...PARTIES.map(() => fc.integer({ min: 1, max: 100_000 })));
const rule = fc.constantFrom<Record<string, unknown>>(
  { by: "key", key: "k1" },
  { by: "key", key: "k2" },
  { by: "equal" },
  { by: "weights", weights: { equal: "1/3", k1: "2/3" } },
  { by: "key", key: "k1", min: "50" },
);
const amount = fc.integer({ min: 1_000, max: 5_000_000 }); // room for the minimum of 50 each
const version = fc.record({ v1: values, v2: values, amount, rule, second: amount });

type Version = typeof version extends fc.Arbitrary<infer T> ? T : never;

function document(base: Version, other: Version) {
  const keys = (v: typeof base) => ({
    k1: { values: Object.fromEntries(PARTIES.map((p, i) => [p, v.v1[i]])) },
    k2: { values: Object.fromEntries(PARTIES.map((p, i) => [p, v.v2[i]])) },
  });
  const lines = (v: typeof base) => ({
    x: { label: "X", amount: String(v.amount), split: v.rule },
    y: { label: "Y", amount: String(v.second), split: { by: "key", key: "k2" } },
  });
  return {
    format: "fordela/1",
    name: "P",
    parties: PARTIES.map((id) => ({ id, name: id })),
    keys: keys(base),
    lines: lines(base),
    scenarios: [{ name: "B", patch: { keys: keys(other), lines: replacing(lines(base), lines(other)) } }],
  };
}

/** A merge patch that turns each line's rule into the other's, clearing fields the other lacks. */
function replacing(from: Record<string, { split: object }>, to: Record<string, { split: object }>) {
  return Object.fromEntries(
    Object.entries(to).map(([id, line]) => {
      const cleared = Object.fromEntries(Object.keys(from[id]?.split ?? {}).map((k) => [k, null]));
      return [id, { ...line, split: { ...cleared, ...line.split } }];
    }),
  );
}

const causesOf = (p: PartyComparison, pick: "causes" | "rounded") =>
  CAUSES.reduce((s, c) => s.add(p[pick][c]), Rational.ZERO);

describe("the causes of a difference (property)", () => {
  it("add up exactly to each party's difference, measured exactly", () => {
    fc.assert(
      fc.property(version, version, (base, other) =>
        compareScenarios(document(base, other), null, "B").parties.every((p) =>
          causesOf(p, "causes").equals(p.difference),
        ),
      ),
      { numRuns: 60 },
    );
  });

  it("add up exactly to each party's difference in whole units, each the floor or ceiling of its exact value", () => {
    fc.assert(
      fc.property(version, version, (base, other) =>
        compareScenarios(document(base, other), null, "B").parties.every(
          (p) =>
            causesOf(p, "rounded").equals(p.difference) &&
            CAUSES.every((c) => {
              const [exact, whole] = [p.causes[c], p.rounded[c]];
              return whole.equals(Rational.of(exact.floor())) || whole.equals(Rational.of(exact.ceil()));
            }),
        ),
      ),
      { numRuns: 60 },
    );
  });

  it("add up over the parties to the difference of the totals", () => {
    fc.assert(
      fc.property(version, version, (base, other) => {
        const comparison = compareScenarios(document(base, other), null, "B");
        const total = comparison.parties.reduce((s, p) => s.add(p.difference), Rational.ZERO);
        return (
          total.equals(comparison.total.difference) && causesOf(comparison.total, "causes").equals(total)
        );
      }),
      { numRuns: 60 },
    );
  });

  it("are all zero when nothing changed", () => {
    fc.assert(
      fc.property(version, (base) =>
        compareScenarios(document(base, base), null, "B").parties.every((p) =>
          CAUSES.every((c) => p.causes[c].sign() === 0),
        ),
      ),
      { numRuns: 30 },
    );
  });
});

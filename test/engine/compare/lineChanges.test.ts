import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  causeLadder,
  compareEvaluations,
  evaluateModel,
  evaluateScenarios,
  parseModel,
  Rational,
  type Evaluation,
} from "../../../src/engine";
import { lineChanges, roundedTotals, roundingChanges } from "../../../src/engine/compare/lineChanges";
import { readModelFile } from "../../../src/cli/readModelFile";
import { nationalModel } from "../../../bench/nationalModel";
import { EXAMPLES } from "../../helpers/cli";

// A comparison's causes are sums over the lines one step of the cause ladder
// changed, and its steps take over what they share with the step before and
// with B. These tests hold that to sums over every line of evaluations made
// afresh, one addition at a time in lowest terms.

/** Party id → Σ over every line of `pick`, in currency, one addition at a time. */
function slowSums(evaluation: Evaluation, pick: (units: bigint, ideal: Rational) => Rational) {
  const sums = new Map<string, Rational>();
  for (const line of evaluation.lines.values())
    for (const [party, part] of line.allocation)
      sums.set(
        party,
        (sums.get(party) ?? Rational.ZERO).add(pick(part.units, part.ideal).mul(evaluation.model.unit)),
      );
  return sums;
}

const exact = (_: bigint, ideal: Rational) => ideal;
const adjustment = (units: bigint, ideal: Rational) => Rational.of(units).sub(ideal);
const lowest = (r: Rational | undefined) =>
  r === undefined ? "0/1" : `${r.reduced().num}/${r.reduced().den}`;

/** Each party's change from `a` to `b` by the slow sums, for every party either has. */
function slowChanges(a: Evaluation, b: Evaluation, pick: typeof exact) {
  const [before, after] = [slowSums(a, pick), slowSums(b, pick)];
  const parties = new Set([...before.keys(), ...after.keys()]);
  return new Map(
    [...parties].map((p) => [p, lowest((after.get(p) ?? Rational.ZERO).sub(before.get(p) ?? Rational.ZERO))]),
  );
}

function expectChanges(a: Evaluation, b: Evaluation): void {
  for (const [measure, pick] of [
    ["exact", exact],
    ["adjustment", adjustment],
  ] as const) {
    const changes = lineChanges(a, b, measure);
    const expected = slowChanges(a, b, pick);
    for (const [party, change] of expected)
      expect([party, lowest(changes.each.get(party))]).toEqual([party, change]);
    for (const [party, change] of changes.each)
      expect([party, `${change.num}/${change.den}`]).toEqual([party, expected.get(party) ?? "0/1"]);
    const all = [...expected.values()].reduce((s, r) => {
      const [num, den] = r.split("/");
      return s.add(Rational.of(BigInt(num ?? "0"), BigInt(den ?? "1")));
    }, Rational.ZERO);
    expect(`${changes.all.num}/${changes.all.den}`).toBe(lowest(all));
  }
}

describe("lineChanges", () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));

  it.each(examples)("gives each change between any two evaluations of %s as the slow sums do", (name) => {
    const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, name))).map((e) => e.evaluation);
    for (const a of evaluations) for (const b of evaluations) expectChanges(a, b);
  });

  it("gives nothing, for no party, from an evaluation to itself", () => {
    const evaluation = evaluateScenarios(readModelFile(path.join(EXAMPLES, "turism.json")))[0]!.evaluation;
    const changes = lineChanges(evaluation, evaluation, "exact");
    expect([changes.each.size, changes.all.sign()]).toEqual([0, 0]);
  });

  it("gives each party's rounded total and their sum, zero for a party with no part", () => {
    const evaluation = evaluateScenarios(readModelFile(path.join(EXAMPLES, "turism.json")))[0]!.evaluation;
    const totals = roundedTotals(evaluation);
    const slow = slowSums(evaluation, (units) => Rational.of(units));
    for (const party of evaluation.model.parties)
      expect(lowest(totals.each.get(party.id))).toBe(lowest(slow.get(party.id) ?? Rational.ZERO));
    expect(lowest(totals.all)).toBe(lowest([...slow.values()].reduce((s, r) => s.add(r), Rational.ZERO)));
  });
});

describe("roundingChanges", () => {
  /** The rounding changes from a to b, as written, against lineChanges' adjustments in lowest terms. */
  function expectRounding(a: Evaluation, b: Evaluation): void {
    const [s0, s1, s2, s3] = causeLadder(a, b).steps;
    const exact = [lineChanges(s0, s1, "exact"), lineChanges(s1, s2, "exact"), lineChanges(s2, s3, "exact")];
    const rounding = roundingChanges(a, b, exact, [roundedTotals(a), roundedTotals(b)]);
    const expected = lineChanges(a, b, "adjustment");
    const parties = new Set([...rounding.each.keys(), ...expected.each.keys()]);
    for (const party of parties) {
      const r = rounding.each.get(party);
      expect([party, r === undefined ? "0/1" : `${r.num}/${r.den}`]).toEqual([
        party,
        lowest(expected.each.get(party)),
      ]);
    }
    expect(`${rounding.all.num}/${rounding.all.den}`).toBe(lowest(expected.all));
  }

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith(".json")))(
    "gives the change in rounding adjustments, in lowest terms, between any two evaluations of %s",
    (name) => {
      const evaluations = evaluateScenarios(readModelFile(path.join(EXAMPLES, name))).map(
        (e) => e.evaluation,
      );
      for (const a of evaluations) for (const b of evaluations) expectRounding(a, b);
    },
  );

  it("gives it for national scenarios that change key values, a rule and a line's amount", () => {
    const evaluations = evaluateScenarios(nationalModel()).map((e) => e.evaluation);
    for (const b of evaluations.slice(1, 4)) expectRounding(evaluations[0]!, b);
    expectRounding(evaluations[1]!, evaluations[3]!);
  });
});

describe("the cause ladder's steps", () => {
  const evaluations = evaluateScenarios(nationalModel()).map((e) => e.evaluation);
  const base = evaluations[0]!;
  const sameLines = (x: Evaluation, y: Evaluation) =>
    [...y.lines].filter(([id, line]) => x.lines.get(id) === line).map(([id]) => id);

  it("take over as the very same objects the lines a step leaves alone", () => {
    // National scenario 2 changes only a rule's weights: no amounts, no key values.
    const [a, amounts, keys] = causeLadder(base, evaluations[2]!).steps;
    expect(sameLines(a, amounts)).toHaveLength(a.lines.size);
    expect(sameLines(a, keys)).toHaveLength(a.lines.size);
  });

  it("take from B the lines a step has as B has them", () => {
    // National scenario 1 changes key values only: with them, the step is B.
    const b = evaluations[1]!;
    const [, , keys] = causeLadder(base, b).steps;
    expect(sameLines(b, keys)).toHaveLength(b.lines.size);
    // National scenario 3 changes line 2's amount only: with it, line 2 is B's.
    const c = evaluations[3]!;
    const [, amounts] = causeLadder(base, c).steps;
    expect(amounts.lines.get("line2")).toBe(c.lines.get("line2"));
    expect(sameLines(base, amounts)).toHaveLength(base.lines.size - 1);
  });

  it("split as a step read and split afresh does", () => {
    const parts = (e: Evaluation) =>
      [...e.lines].flatMap(([id, line]) =>
        [...line.allocation].map(([party, part]) => `${id} ${party} ${part.units} ${lowest(part.ideal)}`),
      );
    for (const b of evaluations.slice(1, 4)) {
      const [, amounts, keys] = causeLadder(base, b).steps;
      for (const step of [amounts, keys])
        expect(parts(step)).toEqual(parts(evaluateModel(parseModel(step.model.document))));
    }
  });
});

describe("a comparison's causes (property)", () => {
  const PARTIES = ["a", "b", "c", "d"];
  const values = fc.tuple(...PARTIES.map(() => fc.integer({ min: 1, max: 100_000 })));
  const rule = fc.constantFrom<Record<string, unknown>>(
    { by: "key", key: "k" },
    { by: "equal" },
    { by: "shares", shares: { a: "1/3", g: { share: "2/3", split: { by: "key", key: "k" } } } },
    { by: "key", key: "k", min: "40" },
  );
  const version = fc.record({ values, amount: fc.integer({ min: 500, max: 1_000_000 }), rule });
  type Version = typeof version extends fc.Arbitrary<infer T> ? T : never;
  const model = (v: Version) => ({
    format: "fordela/1",
    name: "P",
    parties: PARTIES.map((id) => ({ id, name: id })),
    groups: { g: ["b", "c", "d"] },
    keys: { k: { values: Object.fromEntries(PARTIES.map((p, i) => [p, v.values[i]])) } },
    lines: {
      x: { label: "X", amount: String(v.amount), split: v.rule },
      y: { label: "Y", amount: "1000", split: { by: "key", key: "k" } },
    },
  });

  it("are each step's change as the slow sums over fresh steps give it", () => {
    fc.assert(
      fc.property(version, version, (one, other) => {
        const [a, b] = [evaluateModel(parseModel(model(one))), evaluateModel(parseModel(model(other)))];
        const comparison = compareEvaluations(a, b);
        const steps = causeLadder(a, b).steps.map((s) => evaluateModel(parseModel(s.model.document)));
        const causes = ["amounts", "keys", "other"] as const;
        causes.forEach((cause, i) => {
          const expected = slowChanges(steps[i]!, steps[i + 1]!, exact);
          for (const party of comparison.parties)
            expect(lowest(party.causes[cause])).toBe(expected.get(party.id) ?? "0/1");
        });
        const rounding = slowChanges(a, b, adjustment);
        for (const party of comparison.parties)
          expect(lowest(party.causes.rounding)).toBe(rounding.get(party.id) ?? "0/1");
      }),
      { numRuns: 60 },
    );
  });
});

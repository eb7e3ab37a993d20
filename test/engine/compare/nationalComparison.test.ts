import {
  causeLadder,
  compareEvaluations,
  evaluateModel,
  evaluateScenarios,
  parseModel,
  Rational,
  sum,
  type Evaluation,
} from "../../../src/engine";
import { nationalModel } from "../../../bench/nationalModel";

// The comparison adds each party's parts per denominator and reduces once,
// and takes over unchanged lines in its in-between evaluations. This test
// holds it to a slow, independent reference on the national model: every
// step evaluated afresh (no reuse), every sum added one part at a time in
// lowest terms, every total the sum of the parties' figures.

const evaluations = evaluateScenarios(nationalModel());
const base = evaluations[0]!.evaluation;

/** Party id → the sum of `pick` over every line, one addition at a time, in currency. */
function slowTotals(evaluation: Evaluation, pick: (units: bigint, ideal: Rational) => Rational) {
  const totals = new Map<string, Rational>(evaluation.model.parties.map((p) => [p.id, Rational.ZERO]));
  for (const line of evaluation.lines.values())
    for (const [party, part] of line.allocation)
      totals.set(party, totals.get(party)!.add(pick(part.units, part.ideal).mul(evaluation.model.unit)));
  return totals;
}

/** The ladder's steps evaluated again from their documents, without taking any line over. */
function freshSteps(a: Evaluation, b: Evaluation): Evaluation[] {
  const [, amounts, keys] = causeLadder(a, b).steps;
  const fresh = (e: Evaluation) => (e === a || e === b ? e : evaluateModel(parseModel(e.model.document)));
  return [a, fresh(amounts), fresh(keys), b];
}

function same(actual: Rational | undefined, expected: Rational | undefined): void {
  expect(actual === undefined ? "none" : `${actual.num}/${actual.den}`).toBe(
    expected === undefined ? "none" : `${expected.reduced().num}/${expected.reduced().den}`,
  );
}

// Scenarios 1, 2 and 3 patch key values, a rule's weights and a line's amount.
describe.each([1, 2, 3])("the comparison of national scenario %i with the base model", (index) => {
  const b = evaluations[index]!.evaluation;
  const comparison = compareEvaluations(base, b);
  const steps = freshSteps(base, b).map((step) => slowTotals(step, (_, ideal) => ideal));
  const [roundedA, roundedB] = [base, b].map((e) => slowTotals(e, (units) => Rational.of(units)));

  it("gives every party the reference's amounts, difference and causes, in lowest terms", () => {
    expect(comparison.parties).toHaveLength(290);
    for (const party of comparison.parties) {
      const [e0, e1, e2, e3] = steps.map((totals) => totals.get(party.id) ?? Rational.ZERO);
      const a = roundedA!.get(party.id)!;
      const bAmount = roundedB!.get(party.id)!;
      same(party.a, a);
      same(party.b, bAmount);
      same(party.difference, bAmount.sub(a));
      same(party.causes.amounts, e1!.sub(e0!));
      same(party.causes.keys, e2!.sub(e1!));
      same(party.causes.other, e3!.sub(e2!));
      same(party.causes.rounding, bAmount.sub(e3!).sub(a.sub(e0!)));
    }
  });

  it("gives a total that is the sum of the parties' figures", () => {
    const { total, parties } = comparison;
    same(total.a, sum(parties.map((p) => p.a)));
    same(total.b, sum(parties.map((p) => p.b)));
    same(total.difference, sum(parties.map((p) => p.difference)));
    for (const cause of ["amounts", "keys", "other", "rounding"] as const)
      same(total.causes[cause], sum(parties.map((p) => p.causes[cause])));
    same(total.percent, total.difference.mul(Rational.of(100n)).div(total.a));
  });

  it("rounds every party's causes to whole units that add up to its difference", () => {
    for (const party of [...comparison.parties, comparison.total]) {
      const rounded = sum(Object.values(party.rounded));
      same(rounded, party.difference);
    }
  });
});

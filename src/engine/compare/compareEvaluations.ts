import { commonForm } from "../exact/commonForm";
import { DenominatorSums } from "../exact/denominatorSums";
import { gcd, Rational } from "../exact/rational";
import { populationKey } from "../model/populationKey";
import { largestRemainder } from "../rounding/largestRemainder";
import type { Evaluation, PartyLine } from "../rules/types";
import { CAUSES, causeLadder, type Cause, type MergedCause } from "./causeLadder";

/** Amounts in currency (not units), per cause. */
export type CauseAmounts = Readonly<Record<Cause, Rational>>;

/** One party in a comparison of B against A; amounts in currency. */
export interface PartyComparison {
  readonly id: string;
  readonly name: string;
  readonly a: Rational;
  readonly b: Rational;
  readonly difference: Rational;
  /** The difference in per cent of A's amount; none when A's amount is zero. */
  readonly percent?: Rational;
  /** The difference per inhabitant, where the model has a population key with a value for the party. */
  readonly perInhabitant?: Rational;
  /** Each cause measured exactly; they add up exactly to the difference. */
  readonly causes: CauseAmounts;
  /** The causes in whole units of `unit`, adding up exactly to the difference too. */
  readonly rounded: CauseAmounts;
}

/** Scenario B against scenario A, party by party, with the causes of each difference. */
export interface Comparison {
  readonly a: Evaluation;
  readonly b: Evaluation;
  /** The unit the rounded causes are in: the larger unit both models' amounts are whole multiples of. */
  readonly unit: Rational;
  readonly parties: readonly PartyComparison[];
  readonly total: PartyComparison;
  readonly merged: readonly MergedCause[];
}

/**
 * Compares two evaluated models: for each party the difference B − A in
 * currency, in per cent and per inhabitant, split into causes measured on
 * exact amounts and applied in order (line amounts, key values, everything
 * else), plus rounding (the change in the party's rounding adjustment). The
 * causes add up exactly to the difference.
 *
 * @example
 * const c = compareEvaluations(base, scenario);
 * c.parties[0]?.difference.equals(sum(Object.values(c.parties[0].causes))); // true
 */
export function compareEvaluations(a: Evaluation, b: Evaluation): Comparison {
  const ladder = causeLadder(a, b);
  const unit = commonUnit(a.model.unit, b.model.unit);
  const exact = ladder.steps.map(exactTotals);
  const [amountsA, amountsB] = [roundedTotals(a), roundedTotals(b)];
  const people = populationKey(b.model) ?? populationKey(a.model);
  const compare = (id: string, name: string): PartyComparison =>
    partyComparison(
      { id, name, a: amountsA.each.get(id), b: amountsB.each.get(id) },
      exact.map((totals) => totals.each.get(id) ?? Rational.ZERO),
      unit,
      people?.values.get(id),
    );
  const parties = partiesOf(a, b).map((p) => compare(p.id, p.name));
  const total = partyComparison(
    { id: "", name: "", a: amountsA.all, b: amountsB.all },
    exact.map((totals) => totals.all),
    unit,
    undefined,
  );
  return { a, b, unit, parties, total, merged: ladder.merged };
}

function partiesOf(a: Evaluation, b: Evaluation): { id: string; name: string }[] {
  const known = new Set(b.model.parties.map((p) => p.id));
  return [...b.model.parties, ...a.model.parties.filter((p) => !known.has(p.id))];
}

interface Amounts {
  readonly id: string;
  readonly name: string;
  readonly a: Rational | undefined;
  readonly b: Rational | undefined;
}

function partyComparison(
  amounts: Amounts,
  exact: readonly Rational[],
  unit: Rational,
  population: Rational | undefined,
): PartyComparison {
  const a = amounts.a ?? Rational.ZERO;
  const b = amounts.b ?? Rational.ZERO;
  const [e0, e1, e2, e3] = exact as [Rational, Rational, Rational, Rational];
  const causes: CauseAmounts = {
    amounts: e1.sub(e0),
    keys: e2.sub(e1),
    other: e3.sub(e2),
    rounding: b.sub(e3).sub(a.sub(e0)),
  };
  return withFigures(amounts.id, amounts.name, a, b, causes, unit, population);
}

function withFigures(
  id: string,
  name: string,
  a: Rational,
  b: Rational,
  causes: CauseAmounts,
  unit: Rational,
  population: Rational | undefined,
): PartyComparison {
  const difference = b.sub(a);
  const percent = a.sign() === 0 ? undefined : difference.mul(Rational.of(100n)).div(a);
  const perInhabitant =
    population === undefined || population.sign() === 0 ? undefined : difference.div(population);
  return {
    id,
    name,
    a,
    b,
    difference,
    ...(percent === undefined ? {} : { percent }),
    ...(perInhabitant === undefined ? {} : { perInhabitant }),
    causes,
    rounded: roundCauses(causes, difference, unit),
  };
}

/**
 * The causes in whole units that add up exactly to the difference: each the
 * floor or the ceiling of its exact value, by largest remainder (ties in the
 * order of the causes).
 */
function roundCauses(causes: CauseAmounts, difference: Rational, unit: Rational): CauseAmounts {
  const inUnits = CAUSES.map((c) => causes[c].div(unit));
  const { numerators, denominator } = commonForm(inUnits);
  const units = difference.div(unit).floor();
  const { parts } = largestRemainder({
    units,
    numerators,
    denominator,
    shares: numerators.map((n) => (n < 0n ? -n : n)),
    positions: CAUSES.map((_, i) => i),
  });
  return Object.fromEntries(CAUSES.map((c, i) => [c, Rational.of(parts[i] ?? 0n).mul(unit)])) as CauseAmounts;
}

/** Each party's total in currency before any rounding, and their sum. */
function exactTotals(evaluation: Evaluation): Totals {
  return totalsOf(evaluation, (part) => part.ideal);
}

/** Each party's rounded total in currency, and their sum. */
function roundedTotals(evaluation: Evaluation): Totals {
  return totalsOf(evaluation, (part) => Rational.unreduced(part.units, 1n));
}

/** Party id → total, and the total over every party the evaluation has. */
interface Totals {
  readonly each: Map<string, Rational>;
  readonly all: Rational;
}

/**
 * Each party's sum over the lines of `units` (in rounding units), in
 * currency; zero for a party with no part. The parts are added per
 * denominator and reduced once (see DenominatorSums), so the cost grows with
 * the number of parts, not with the size of the running sums.
 */
function totalsOf(evaluation: Evaluation, units: (part: PartyLine) => Rational): Totals {
  const { model } = evaluation;
  const sums = new DenominatorSums<string>();
  for (const party of model.parties) sums.zero(party.id);
  for (const line of evaluation.lines.values())
    for (const [party, part] of line.allocation) sums.add(party, units(part));
  return sums.totals(model.unit);
}

/** The largest unit that both units are whole multiples of. */
function commonUnit(a: Rational, b: Rational): Rational {
  const den = a.den * b.den;
  return Rational.of(gcd(a.num * b.den, b.num * a.den), den);
}

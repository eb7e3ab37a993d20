import type { CommonForm } from "../exact/commonForm";
import { gcd, Rational } from "../exact/rational";
import { populationKey } from "../model/populationKey";
import { largestRemainder } from "../rounding/largestRemainder";
import type { Evaluation } from "../rules/types";
import { CAUSES, causeLadder, type Cause, type MergedCause } from "./causeLadder";
import { lineChanges, roundedTotals, roundingChanges, type Totals } from "./lineChanges";

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
  const [s0, s1, s2, s3] = ladder.steps;
  // Each cause is the change over the lines one step of the ladder changed, not a difference of whole totals.
  const exact = [lineChanges(s0, s1, "exact"), lineChanges(s1, s2, "exact"), lineChanges(s2, s3, "exact")];
  const [amountsA, amountsB] = [roundedTotals(a), roundedTotals(b)];
  const [amounts, keys, other] = exact as [Totals, Totals, Totals];
  const rounding = roundingChanges(a, b, exact, [amountsA, amountsB]);
  const changes: Readonly<Record<Cause, Totals>> = { amounts, keys, other, rounding };
  const people = populationKey(b.model) ?? populationKey(a.model);
  const causesOf = (pick: (totals: Totals) => Rational | undefined) =>
    Object.fromEntries(CAUSES.map((c) => [c, pick(changes[c]) ?? Rational.ZERO])) as CauseAmounts;
  const parties = partiesOf(a, b).map(({ id, name }) =>
    withFigures(
      { id, name, a: amountsA.each.get(id), b: amountsB.each.get(id) },
      causesOf((totals) => totals.each.get(id)),
      unit,
      people?.values.get(id),
    ),
  );
  const total = withFigures(
    { id: "", name: "", a: amountsA.all, b: amountsB.all },
    causesOf((totals) => totals.all),
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

/** A party's comparison: the difference in currency, per cent and per inhabitant, and its causes, exact and in whole units. */
function withFigures(
  amounts: Amounts,
  causes: CauseAmounts,
  unit: Rational,
  population: Rational | undefined,
): PartyComparison {
  const { id, name } = amounts;
  const a = amounts.a ?? Rational.ZERO;
  const b = amounts.b ?? Rational.ZERO;
  const difference = b.sub(a);
  // difference · 100 / a brought to lowest terms once, not after the product and again after the quotient.
  const percent =
    a.sign() === 0 ? undefined : Rational.of(difference.num * 100n * a.den, difference.den * a.num);
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
  const { numerators, denominator } = inUnits(
    CAUSES.map((c) => causes[c]),
    unit,
  );
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

/**
 * Amounts in units of `unit`, over one denominator that is a multiple of
 * each one's, not their least: largest remainder reads only the values, and
 * a common multiple by products costs no greatest common divisor (the
 * causes' denominators run to hundreds of bits on large models).
 */
function inUnits(amounts: readonly Rational[], unit: Rational): CommonForm {
  let denominator = 1n;
  for (const amount of amounts) {
    const den = amount.den * unit.num;
    if (denominator % den !== 0n) denominator *= den;
  }
  const numerators = amounts.map((a) => a.num * unit.den * (denominator / (a.den * unit.num)));
  return { numerators, denominator };
}

/** The largest unit that both units are whole multiples of. */
function commonUnit(a: Rational, b: Rational): Rational {
  const den = a.den * b.den;
  return Rational.of(gcd(a.num * b.den, b.num * a.den), den);
}

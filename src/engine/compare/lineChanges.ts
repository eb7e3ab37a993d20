import { DenominatorSums } from "../exact/denominatorSums";
import { Rational } from "../exact/rational";
import type { Evaluation, PartyLine } from "../rules/types";

/** Party id → a figure in currency, and the figure over every party. */
export interface Totals {
  readonly each: ReadonlyMap<string, Rational>;
  readonly all: Rational;
}

/** What is summed of each part: its exact amount, or its rounding adjustment (rounded minus exact). */
export type Measure = "exact" | "adjustment";

/**
 * Each party's change in a figure summed over the lines, from one
 * evaluation to another, in currency and in lowest terms: the sum over the
 * lines of `to` less the sum over the lines of `from`. Only lines that
 * differ count: a line both hold as the very same object (a scenario or a
 * step of the cause ladder takes unchanged lines over) changes nothing, so
 * the sums, and the numbers reduced at the end, stay as small as the change.
 * The parts are added per denominator and reduced once (DenominatorSums).
 *
 * @example
 * lineChanges(base, scenario, "exact").each.get("2303")?.toString(); // "-812"
 */
export function lineChanges(from: Evaluation, to: Evaluation, measure: Measure): Totals {
  const sums = new DenominatorSums<string>();
  const sameUnit = from.model.unit.equals(to.model.unit);
  for (const [id, line] of to.lines) {
    const before = from.lines.get(id);
    if (sameUnit && before === line) continue;
    addParts(sums, line.allocation, to.model.unit, measure, 1n);
    if (before !== undefined) addParts(sums, before.allocation, from.model.unit, measure, -1n);
  }
  for (const [id, line] of from.lines)
    if (!to.lines.has(id)) addParts(sums, line.allocation, from.model.unit, measure, -1n);
  const { each, all } = sums.totals();
  return { each, all };
}

/** Adds `sign` times each part's measure, in currency, to its party's sum. */
function addParts(
  sums: DenominatorSums<string>,
  allocation: ReadonlyMap<string, PartyLine>,
  unit: Rational,
  measure: Measure,
  sign: bigint,
): void {
  const whole = unit.num === 1n && unit.den === 1n;
  for (const [party, { units, ideal }] of allocation) {
    let num = measure === "exact" ? ideal.num : units * ideal.den - ideal.num;
    let den = ideal.den;
    if (!whole) [num, den] = [num * unit.num, den * unit.den];
    sums.addFraction(party, sign < 0n ? -num : num, den);
  }
}

/**
 * Each party's change in rounding adjustments from `a` to `b`, as
 * `lineChanges(a, b, "adjustment")` gives it: the change in its rounded
 * total less its exact change, which is the sum of the exact causes
 * (`exact`, the changes along the cause ladder from `a` to `b`). Where the
 * rounded totals are whole and at most one cause is not zero, that is an
 * integer less a number in lowest terms, in lowest terms as it stands, with
 * no divisor to find; otherwise it is summed over the changed lines.
 *
 * @example
 * roundingChanges(a, b, [amounts, keys, other], [roundedTotals(a), roundedTotals(b)]).each.get("2303");
 */
export function roundingChanges(
  a: Evaluation,
  b: Evaluation,
  exact: readonly Totals[],
  rounded: readonly [Totals, Totals],
): Totals {
  const parties = new Set([...rounded[0].each.keys(), ...rounded[1].each.keys()]);
  for (const totals of exact) for (const party of totals.each.keys()) parties.add(party);
  const each = new Map<string, Rational>();
  for (const party of parties) {
    const change = wholeLessCause(exact, rounded, (totals) => totals.each.get(party));
    if (change === undefined) return lineChanges(a, b, "adjustment");
    each.set(party, change);
  }
  const all = wholeLessCause(exact, rounded, (totals) => totals.all);
  return all === undefined ? lineChanges(a, b, "adjustment") : { each, all };
}

/** B's rounded figure less A's, less the one exact cause not zero; undefined where that takes a divisor. */
function wholeLessCause(
  exact: readonly Totals[],
  rounded: readonly [Totals, Totals],
  pick: (totals: Totals) => Rational | undefined,
): Rational | undefined {
  const [before, after] = [pick(rounded[0]) ?? Rational.ZERO, pick(rounded[1]) ?? Rational.ZERO];
  if (before.den !== 1n || after.den !== 1n) return undefined;
  const causes = exact.map(pick).filter((c): c is Rational => c !== undefined && c.sign() !== 0);
  if (causes.length > 1) return undefined;
  const change = after.num - before.num;
  const cause = causes[0] ?? Rational.ZERO;
  // gcd(change · d − n, d) = gcd(n, d) = 1: the difference is in lowest terms.
  return Rational.unreduced(change * cause.den - cause.num, cause.den);
}

/**
 * Each party's rounded total in currency, and their sum: zero for a party of
 * the model with no part.
 *
 * @example
 * roundedTotals(evaluation).each.get("2303")?.toString(); // "599216"
 */
export function roundedTotals(evaluation: Evaluation): Totals {
  const { model } = evaluation;
  const units = new Map<string, bigint>(model.parties.map((party) => [party.id, 0n]));
  let all = 0n;
  for (const line of evaluation.lines.values())
    for (const [party, part] of line.allocation) {
      units.set(party, (units.get(party) ?? 0n) + part.units);
      all += part.units;
    }
  const money = (n: bigint) => Rational.of(n * model.unit.num, model.unit.den);
  const each = new Map<string, Rational>();
  for (const [party, n] of units) each.set(party, money(n));
  return { each, all: money(all) };
}

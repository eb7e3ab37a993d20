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
  for (const [party, { units, ideal }] of allocation) {
    const num = measure === "exact" ? ideal.num : units * ideal.den - ideal.num;
    sums.addFraction(party, sign * num * unit.num, ideal.den * unit.den);
  }
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

import { Rational } from "../exact/rational";
import type { Model, SchedulePeriod } from "../model/types";
import { controlledRounding } from "../rounding/controlledRounding";
import type { Evaluation } from "../rules/types";

/** Each party's total split over the schedule's periods, in rounding units. */
export interface PaymentPlan {
  readonly periods: readonly SchedulePeriod[];
  /** Party id → its amount per period; they add up to the party's total. */
  readonly parts: ReadonlyMap<string, readonly bigint[]>;
  /** What all parties pay per period: rounded, and exact. */
  readonly totals: readonly bigint[];
  readonly exactTotals: readonly Rational[];
}

/**
 * The payment plan of a model with a `schedule`: every party's total over
 * the periods by controlled rounding, so each party's periods add up to its
 * total and each period's sum is within one unit of its exact value.
 * Undefined when the model has no schedule.
 *
 * @example
 * paymentPlan(model, evaluation.lines)?.parts.get("2380"); // [16245n, 16245n, 16245n, 16245n]
 */
export function paymentPlan(model: Model, lines: Evaluation["lines"]): PaymentPlan | undefined {
  const { schedule } = model;
  if (schedule === undefined) return undefined;
  const totals = model.parties.map((party) => {
    let units = 0n;
    for (const line of lines.values()) units += line.allocation.get(party.id)?.units ?? 0n;
    return units;
  });
  const table = controlledRounding(totals, schedule.weights);
  const grand = Rational.of(totals.reduce((s, t) => s + t, 0n));
  return {
    periods: schedule.periods,
    parts: new Map(model.parties.map((party, i) => [party.id, table[i] ?? []])),
    totals: schedule.weights.map((_, p) => table.reduce((s, row) => s + (row[p] ?? 0n), 0n)),
    exactTotals: schedule.weights.map((w) => grand.mul(w)),
  };
}
